"""The run record as the run goes (minasidor_spec.judging.run_record says what it holds): per scenario its
kind, rules, steps (each with its status and the rules it serves), attempts and their causes, the
skip reason, screenshots and traces. The rule gate judges it at the end of the run; with
--report-extras it is written as JSON for the report, JUnit, the history, compare and merge."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytest_bdd.scenario import get_step_function

from minasidor_spec.common.rules import RULES_ATTRIBUTE, rules_of, rules_per_step
from minasidor_spec.common.scenario_items import example_of, scenario_key, template
from minasidor_spec.judging.causes import SUITE
from minasidor_spec.judging.run_record import FORMAT, KIND_TAGS, NOT_RUN, VERSION, kind_of, save
from minasidor_spec.judging.stops import STOPPED_KEY, note_stop
from minasidor_spec.judging.verdicts import FAILED, PASSED, REFERENCE_DIFFERS, SKIPPED
from minasidor_spec.run.a11y_watch import A11Y_KEY
from minasidor_spec.run.wording import ACCESSIBILITY, DIFFERS, UNCHECKED

# Where the scenarios ran ("Referensmiljön (...) – http://..."), set by the target fixture.
TARGET_KEY = pytest.StashKey[str]()
# The target's name alone (the profile's `name`): the same from run to run, where its address may
# not be (the embedded stack's port); the history and the comparison go by it.
TARGET_NAME_KEY = pytest.StashKey[str]()
# The device the run emulated, described ("Pixel 7 (412×915, pekskärm, mobil)"); "" for a desktop.
DEVICE_KEY = pytest.StashKey[str]()
# The pre-flight's table of the help page's words on the target, and the pages it could not show.
PREFLIGHT_KEY = pytest.StashKey[dict]()
NOTES = {UNCHECKED: "unchecked", ACCESSIBILITY: "accessibility", DIFFERS: "decisions"}
EXPLANATION = "explanation"  # a failure's Swedish explanation (set by minasidor_spec.run.drift)
CAUSE = "cause"  # a failure's cause as data (causes.Cause.to_dict(), set by minasidor_spec.run.drift)
REFERENCE_NOTE = "reference_differs"  # a @referensbeslut scenario's failure on a foreign target (drift.py)
PREFLIGHT_KNOWN = "preflight_known"  # failed on a word the pre-flight missed: the same every time (drift.py)
# The run's verdicts (minasidor_spec.run.rule_gate): proofs per rule, the rules judged, the profile's scope.
VERDICTS_KEY = pytest.StashKey[dict]()
# Per scenario item: the rules each of its steps serves (rules.rules_per_step), and the failed step's index.
STEP_RULES = pytest.StashKey[list]()
FAILED_STEP_INDEX = pytest.StashKey[int]()


def skip_reason(report: pytest.TestReport) -> str | None:
    """A skip's reason as the scenario gave it (without pytest's "Skipped: ")."""
    if report.skipped and isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    return None


def advisory_failure(report: pytest.TestReport) -> bool:
    """A scenario marked as advisory (xfail) that failed: shown as failed, not failing the run."""
    return report.skipped and report.when == "call" and hasattr(report, "wasxfail")


def property_of(report: pytest.TestReport, name: str):
    return next((value for key, value in report.user_properties if key == name), None)


class Collector:
    def __init__(self, config: pytest.Config, path: str | None):
        self.config = config
        self.path = Path(path) if path else None
        self.extras: dict[str, dict] = {}  # item name (cucumber JSON's element id) -> the scenario's entry
        self.other_failures = 0  # failed tests that are no scenario (a unit test in the same run)
        self.started = datetime.now().isoformat(timespec="seconds")

    # -- what will run --------------------------------------------------------------------------

    @pytest.hookimpl
    def pytest_collectreport(self, report: pytest.CollectReport):
        """A feature or step module that cannot be read is the suite's own error: no rule is judged."""
        if report.failed:
            text = report.longreprtext.strip().splitlines()
            note_stop(
                self.config,
                SUITE,
                f"Sviten kunde inte läsa {report.nodeid or 'featurefilerna'}: {text[-1] if text else 'okänt fel'}",
            )

    @pytest.hookimpl
    def pytest_collection_finish(self, session: pytest.Session):
        """Names, tags, kind and rules of every scenario that will run, also those skipped before
        their first step (cucumber JSON leaves those out; the record must not)."""
        for item in session.items:
            scenario = template(item)
            if scenario is None:
                continue
            tags = sorted({mark.name for mark in item.iter_markers()} - {"usefixtures", "parametrize"})
            self.extras.setdefault(item.name, {}).update(
                id=item.name,
                feature=scenario.feature.name,
                scenario=scenario.name,
                example=example_of(item),
                tags=tags,
                template=scenario_key(scenario),
                kind=kind_of(tags),
                rules=[] if KIND_TAGS["tillganglighet"] in tags else rules_of(tags),
                steps=[
                    {"keyword": step.keyword, "name": step.name, "rules": [], "status": NOT_RUN}
                    for step in scenario.steps
                ],
                attempts=[],
                outcome=NOT_RUN,
            )

    # -- each attempt's steps -------------------------------------------------------------------

    def _entry(self, request) -> dict | None:
        return self.extras.get(request.node.name)

    @pytest.hookimpl
    def pytest_bdd_before_scenario(self, request, feature, scenario):
        entry = self._entry(request)
        if entry is None:
            return
        declared = []
        for step in scenario.steps:
            context = get_step_function(request, step)
            declared.append(tuple(getattr(context.step_func, RULES_ATTRIBUTE, ())) if context is not None else ())
        served = rules_per_step(tuple(entry["rules"]), declared)
        request.node.stash[STEP_RULES] = served
        entry["steps"] = [
            {"keyword": step.keyword, "name": step.name, "rules": list(rules), "status": NOT_RUN}
            for step, rules in zip(scenario.steps, served, strict=True)
        ]

    def _step_done(self, request, scenario, step, status: str) -> None:
        entry = self._entry(request)
        if entry is None:
            return
        for index, candidate in enumerate(scenario.steps):
            if candidate is step:
                entry["steps"][index]["status"] = status
                if status == FAILED:
                    request.node.stash[FAILED_STEP_INDEX] = index
                return

    @pytest.hookimpl
    def pytest_bdd_after_step(self, request, feature, scenario, step, step_func, step_func_args):
        self._step_done(request, scenario, step, PASSED)

    @pytest.hookimpl
    def pytest_bdd_step_error(self, request, feature, scenario, step, step_func, step_func_args, exception):
        skipped = isinstance(exception, pytest.skip.Exception)
        self._step_done(request, scenario, step, SKIPPED if skipped else FAILED)

    @pytest.hookimpl
    def pytest_bdd_step_func_lookup_error(self, request, feature, scenario, step, exception):
        self._step_done(request, scenario, step, "undefined")

    # -- each attempt's outcome -----------------------------------------------------------------

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport):
        name = report.nodeid.rsplit("::", 1)[-1]
        entry = self.extras.get(name)
        if entry is None:
            if report.failed:
                self.other_failures += 1
            return
        attempt = entry.setdefault("_attempt", {"outcome": PASSED, "duration": 0.0})
        attempt["duration"] += report.duration
        for key, value in report.user_properties:
            if key in ("playwright_screenshot", "playwright_trace"):
                entry.setdefault(key.removeprefix("playwright_") + "s", []).append(str(Path(value).resolve()))
            elif key in NOTES and value not in entry.setdefault(NOTES[key], []):
                entry[NOTES[key]].append(value)
        self._outcome_of(report, entry, attempt)
        if report.when == "teardown":
            self._attempt_done(entry, entry.pop("_attempt"))

    def _outcome_of(self, report: pytest.TestReport, entry: dict, attempt: dict) -> None:
        if attempt["outcome"] in (FAILED, REFERENCE_DIFFERS, "advisory"):
            return  # the attempt's outcome is known; teardown keeps it
        if (reason := skip_reason(report)) is not None:
            entry["skip_reason"] = reason
        differs = property_of(report, REFERENCE_NOTE)
        if differs is not None:  # a @referensbeslut scenario that failed on a foreign target (drift.py)
            entry["reference_differs"] = differs
            attempt["outcome"] = REFERENCE_DIFFERS
        elif advisory_failure(report):  # an xfail'd keyboard scenario that failed (see plugin.ADVISORY)
            crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
            entry.update(advisory=True, failure=(crash or str(report.longrepr))[:2000])
            attempt["outcome"] = "advisory"
        elif report.failed or report.outcome == "rerun":
            crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
            attempt.update(
                outcome=FAILED,
                failure=(crash or report.longreprtext.split("\n\n", 1)[0])[:2000],
                explanation=property_of(report, EXPLANATION),
                cause=property_of(report, CAUSE),
                when=report.when,
            )
        elif report.skipped and attempt["outcome"] == PASSED:
            attempt["outcome"] = SKIPPED

    def _attempt_done(self, entry: dict, attempt: dict) -> None:
        entry["attempts"].append(attempt)
        entry["outcome"] = attempt["outcome"]
        entry["duration"] = round(sum(a["duration"] for a in entry["attempts"]), 3)
        entry["flaky"] = attempt["outcome"] == PASSED and any(a["outcome"] == FAILED for a in entry["attempts"])
        for key in ("failure", "explanation", "cause"):
            if attempt.get(key) is not None:
                entry[key] = attempt[key]
            elif attempt["outcome"] == PASSED:
                entry.pop(key, None)

    def retraced(self, name: str, outcome: str, traces: list[str]) -> None:
        """A failed scenario ran once more with a trace (minasidor_spec.run.retrace)."""
        entry = self.extras.setdefault(name, {})
        entry["traces"] = [str(Path(trace).resolve()) for trace in traces]
        entry["run_again"] = outcome

    # -- the record -----------------------------------------------------------------------------

    def record(self, rules: dict | None = None) -> dict:
        """The run record (run_record.FORMAT, VERSION) as it stands."""
        stopped = self.config.stash.get(STOPPED_KEY, None)
        for entry in self.extras.values():
            entry.pop("_attempt", None)
        return {
            "format": FORMAT,
            "version": VERSION,
            "started": self.started,
            "finished": datetime.now().isoformat(timespec="seconds"),
            "rules": rules if rules is not None else self._rules(),
            "target": self.config.stash.get(TARGET_KEY, ""),
            "target_name": self.config.stash.get(TARGET_NAME_KEY, ""),
            "preflight": self.config.stash.get(PREFLIGHT_KEY, {}),
            "accessibility": self.config.stash.get(A11Y_KEY, []),
            "device": self.config.stash.get(DEVICE_KEY, ""),
            "stopped": stopped,
            "options": {
                "fail_on_flaky": bool(self.config.getoption("fail_on_flaky", False)),
                "reruns": int(self.config.getoption("reruns", 0) or 0),
            },
            "other_failures": self.other_failures,
            "scenarios": self.extras,
        }

    def _rules(self) -> dict:
        judged = self.config.stash.get(VERDICTS_KEY, None)
        return judged["record_rules"] if judged else {}

    def pytest_sessionfinish(self, session):
        if self.path is None:
            return
        save(self.record(), self.path)
