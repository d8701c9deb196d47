"""What cucumber JSON does not carry, collected for the product owner's report: per
scenario the end-state screenshot and, on failure, the Playwright trace (pytest-playwright's
--screenshot/--tracing artefacts), the reason a scenario was skipped, and the Swedish
explanation of a failure. Also prints progress: each scenario's name as it ends.

Options: --report-extras FILE (JSON, read by tests.tooling.report) and --scenario-progress."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from pytest_bdd.feature import get_features

# Where the scenarios ran ("Referensmiljön (...) – http://..."), set by the target fixture.
TARGET_KEY = pytest.StashKey[str]()
MARKS = {"passed": "✔", "failed": "✘", "skipped": "–"}


def pytest_addoption(parser):
    group = parser.getgroup("minasidor-rapport")
    group.addoption("--report-extras", metavar="FIL", default=None,
                    help="skriv skärmbilder, spår och skäl per scenario hit (JSON) för rapporten")
    group.addoption("--scenario-progress", action="store_true", default=False,
                    help="skriv varje scenarios namn när det är klart")


class Collector:
    def __init__(self, config: pytest.Config):
        self.config = config
        self.extras_path = config.getoption("report_extras")
        self.progress = config.getoption("scenario_progress")
        self.names: dict[str, tuple[str, str]] = {}  # item name -> (feature, scenario)
        self.extras: dict[str, dict] = {}
        self.done = 0

    @pytest.hookimpl
    def pytest_collection_finish(self, session):
        """Names and tags of every scenario that will run, also those skipped before their
        first step (cucumber JSON leaves those out; the report must not)."""
        for item in session.items:
            doc = getattr(getattr(item, "obj", None), "__doc__", None) or ""  # pytest-bdd: "Feature: Scenario"
            feature_file, _, scenario = doc.partition(": ")
            if item.nodeid.startswith("tests/acceptance/") and scenario:
                self.names[item.name] = (self._feature_name(feature_file), scenario)
                tags = sorted({mark.name for mark in item.iter_markers()} - {"usefixtures", "parametrize"})
                self.extras.setdefault(item.name, {})["tags"] = tags

    @functools.cache
    def _feature_name(self, path: str) -> str:
        """The feature's own name ("Logga ut") for the file pytest-bdd names."""
        try:
            return get_features([path])[0].name
        except (OSError, IndexError, ValueError):
            return Path(path).stem

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport):
        name = report.nodeid.rsplit("::", 1)[-1]
        entry = self.extras.setdefault(name, {})
        if report.skipped and isinstance(report.longrepr, tuple):
            entry["skip_reason"] = report.longrepr[2].removeprefix("Skipped: ")
        if report.failed and report.when == "call":
            entry["failure"] = report.longreprtext.split("\n\n", 1)[0][:2000]
        for key, value in report.user_properties:
            if key in ("playwright_screenshot", "playwright_trace"):
                entry.setdefault(key.removeprefix("playwright_") + "s", []).append(str(Path(value).resolve()))
        if (report.when == "call" or not report.passed) and entry.get("outcome") != "failed":
            entry["outcome"] = report.outcome
        if report.when == "call" or (report.when == "setup" and not report.passed):
            self._print(name, report)

    @pytest.hookimpl(tryfirst=True)
    def pytest_report_teststatus(self, report: pytest.TestReport, config: pytest.Config):
        """With progress lines, pytest's own dots would only interleave with them."""
        if not self.progress:
            return None
        if report.when == "call":
            return report.outcome, "", report.outcome.upper()
        if report.skipped:
            return "skipped", "", "SKIPPED"
        if report.failed:
            return "error", "", "ERROR"
        return "", "", ""

    def _print(self, name: str, report: pytest.TestReport) -> None:
        if not self.progress:
            return
        self.done += 1
        feature, scenario = self.names.get(name, ("", name))
        example = f" [{name.split('[', 1)[1]}" if "[" in name else ""
        line = f"  {MARKS.get(report.outcome, '?')} {self.done}. {feature}: {scenario}{example}"
        if report.skipped and isinstance(report.longrepr, tuple):
            line += f"  ({report.longrepr[2].removeprefix('Skipped: ')})"
        if report.failed and report.longreprtext.startswith("Avvikelse"):
            line += "\n      " + report.longreprtext.split("\n", 1)[0]
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(line)

    def pytest_sessionfinish(self, session):
        if not self.extras_path:
            return
        for name, (feature, scenario) in self.names.items():
            self.extras.setdefault(name, {}).update(feature=feature, scenario=scenario)
        path = Path(self.extras_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        run = {"target": self.config.stash.get(TARGET_KEY, ""), "scenarios": self.extras}
        path.write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")


def pytest_configure(config: pytest.Config):
    if config.getoption("report_extras") or config.getoption("scenario_progress"):
        config.pluginmanager.register(Collector(config), "minasidor-report-collector")
