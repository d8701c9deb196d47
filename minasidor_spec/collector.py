"""What cucumber JSON does not carry, collected for the product owner's report: per
scenario the end-state screenshot and, on failure, the Playwright trace (pytest-playwright's
--screenshot/--tracing artefacts), the reason a scenario was skipped, and the Swedish
explanation of a failure. Written to --report-extras (JSON, read by minasidor_spec.report)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .a11y_watch import A11Y_KEY
from .scenario_items import scenario_key, template
from .verdicts import REFERENCE_DIFFERS, to_json
from .wording import ACCESSIBILITY, DIFFERS, UNCHECKED

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
EXPLANATION = "explanation"  # a failure's Swedish explanation (set by minasidor_spec.drift)
REFERENCE_NOTE = "reference_differs"  # a @referensbeslut scenario's failure on a foreign target (drift.py)
PREFLIGHT_KNOWN = "preflight_known"  # failed on a word the pre-flight missed: the same every time (drift.py)
# The run's verdicts (minasidor_spec.rule_gate): proofs per rule, the rules judged, the profile's scope.
VERDICTS_KEY = pytest.StashKey[dict]()


def skip_reason(report: pytest.TestReport) -> str | None:
    """A skip's reason as the scenario gave it (without pytest's "Skipped: ")."""
    if report.skipped and isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    return None


def advisory_failure(report: pytest.TestReport) -> bool:
    """A scenario marked as advisory (xfail) that failed: shown as failed, not failing the run."""
    return report.skipped and report.when == "call" and hasattr(report, "wasxfail")


class Collector:
    def __init__(self, config: pytest.Config, path: str):
        self.config = config
        self.path = Path(path)
        self.extras: dict[str, dict] = {}  # item name (cucumber JSON's element id) -> extras

    @pytest.hookimpl
    def pytest_collection_finish(self, session: pytest.Session):
        """Names and tags of every scenario that will run, also those skipped before their
        first step (cucumber JSON leaves those out; the report must not)."""
        for item in session.items:
            scenario = template(item)
            if scenario is not None:
                tags = sorted({mark.name for mark in item.iter_markers()} - {"usefixtures", "parametrize"})
                self.extras.setdefault(item.name, {}).update(
                    feature=scenario.feature.name, scenario=scenario.name, tags=tags, template=scenario_key(scenario)
                )

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport):
        entry = self.extras.setdefault(report.nodeid.rsplit("::", 1)[-1], {})
        if (reason := skip_reason(report)) is not None:
            entry["skip_reason"] = reason
        differs = next((value for key, value in report.user_properties if key == REFERENCE_NOTE), None)
        if differs is not None:  # a @referensbeslut scenario that failed on a foreign target (drift.py)
            entry.update(outcome=REFERENCE_DIFFERS, reference_differs=differs)
            return
        if advisory_failure(report):  # an xfail'd keyboard scenario that failed (see plugin.ADVISORY)
            crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
            entry.update(outcome="failed", advisory=True, failure=(crash or str(report.longrepr))[:2000])
            return
        if report.failed and report.when == "call":
            crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
            entry["failure"] = (crash or report.longreprtext.split("\n\n", 1)[0])[:2000]
            entry["explanation"] = next((value for key, value in report.user_properties if key == EXPLANATION), None)
        for key, value in report.user_properties:
            if key in ("playwright_screenshot", "playwright_trace"):
                entry.setdefault(key.removeprefix("playwright_") + "s", []).append(str(Path(value).resolve()))
            elif key in NOTES and value not in entry.setdefault(NOTES[key], []):
                entry[NOTES[key]].append(value)
        if (report.when == "call" or not report.passed) and entry.get("outcome") != "failed":
            entry["outcome"] = report.outcome

    def retraced(self, name: str, outcome: str, traces: list[str]) -> None:
        """A failed scenario ran once more with a trace (minasidor_spec.retrace)."""
        entry = self.extras.setdefault(name, {})
        entry["traces"] = [str(Path(trace).resolve()) for trace in traces]
        entry["run_again"] = outcome

    def pytest_sessionfinish(self, session):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        judged = self.config.stash.get(VERDICTS_KEY, None)
        rules = (
            {
                "proofs": to_json(judged["proofs"]),
                "judged": sorted(judged["judged"]),
                "scope": judged["scope"],
                "sharded": judged["sharded"],
            }
            if judged
            else {}
        )
        run = {
            "rules": rules,
            "target": self.config.stash.get(TARGET_KEY, ""),
            "target_name": self.config.stash.get(TARGET_NAME_KEY, ""),
            "preflight": self.config.stash.get(PREFLIGHT_KEY, {}),
            "accessibility": self.config.stash.get(A11Y_KEY, []),
            "device": self.config.stash.get(DEVICE_KEY, ""),
            "scenarios": self.extras,
        }
        self.path.write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
