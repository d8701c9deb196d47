"""Progress lines in place of pytest's dots: each scenario's name as it ends, with a skip's
reason or the Swedish drift explanation of a failure (--scenario-progress)."""

from __future__ import annotations

import pytest

from minasidor_spec.common.scenario_items import example_of, template
from minasidor_spec.run.collector import EXPLANATION, REFERENCE_NOTE, advisory_failure, skip_reason

MARKS = {"passed": "✔", "failed": "✘", "skipped": "–", "rerun": "↻"}


class Progress:
    def __init__(self, config: pytest.Config):
        self.config = config
        self.names: dict[str, str] = {}  # node id -> "Feature: Scenario [example]"
        self.done = 0

    @pytest.hookimpl
    def pytest_collection_finish(self, session: pytest.Session):
        for item in session.items:
            scenario = template(item)
            if scenario is not None:
                example = f" [{example_of(item)}]" if example_of(item) else ""
                self.names[item.nodeid] = f"{scenario.feature.name}: {scenario.name}{example}"

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport):
        if report.when == "call" or (report.when == "setup" and not report.passed):
            self._print(report)

    @pytest.hookimpl(tryfirst=True)
    def pytest_report_teststatus(self, report: pytest.TestReport, config: pytest.Config):
        """With progress lines, pytest's own dots would only interleave with them."""
        if report.when == "call" and hasattr(report, "wasxfail"):  # an advisory scenario (plugin.ADVISORY)
            return ("xfailed", "", "XFAIL") if report.skipped else ("xpassed", "", "XPASS")
        if report.when == "call":
            return report.outcome, "", report.outcome.upper()
        if report.skipped:
            return "skipped", "", "SKIPPED"
        if report.failed:
            return "error", "", "ERROR"
        return "", "", ""

    def _print(self, report: pytest.TestReport) -> None:
        self.done += 1
        name = self.names.get(report.nodeid, report.nodeid.rsplit("::", 1)[-1])
        line = f"  {MARKS.get(report.outcome, '?')} {self.done}. {name}"
        differs = next((value for key, value in report.user_properties if key == REFERENCE_NOTE), None)
        if differs is not None:
            line = f"  ↷ {self.done}. {name}\n      {differs} (avgör ingen regel)"
        elif advisory_failure(report):
            line = f"  ! {self.done}. {name}  (misslyckades; {report.wasxfail})"
        elif (reason := skip_reason(report)) is not None:
            line += f"  ({reason})"
        elif report.outcome == "rerun":
            self.done -= 1  # the same scenario again: its number comes with its last attempt
            line = f"  ↻ {self.done + 1}. {name}  (misslyckades, körs igen)"
        for key, value in report.user_properties:
            if key == EXPLANATION:
                line += "\n      " + value
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(line)
