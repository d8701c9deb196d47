"""A failed scenario's Playwright trace, without tracing every scenario that passes.

A trace records the DOM before and after every browser call: tracing each scenario costs a
report run much of its CPU, for traces kept only of failures. With
--failure-traces=again (what `make spec` asks for), the scenarios run untraced; once all have
run, each one that failed runs once more with the trace on, as Playwright Test's
`trace: "on-first-retry"` does. The verdict stays the first run's. The report gets the second
run's trace and says whether that run failed again or passed (a failure that comes and goes).

Where failed scenarios run again anyway (--reruns, on another target by default), the second
attempt is traced instead, and the verdict is the last attempt's: nothing runs a third time."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.runner import runtestprotocol

from minasidor_spec.run.collector import PREFLIGHT_KNOWN

AGAIN_FAILED, AGAIN_PASSED = "failed", "passed"
AGAIN_FOLDER = "en-gang-till"


class Retrace:
    def __init__(self, config: pytest.Config):
        self.config = config
        self.items: dict[str, pytest.Item] = {}
        self.failed: list[pytest.Item] = []
        self.kept: tuple | None = None  # the options a traced rerun changed, to put back

    @pytest.hookimpl
    def pytest_collection_finish(self, session: pytest.Session):
        self.items = {item.nodeid: item for item in session.items}

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item):
        """A rerun (pytest-rerunfailures' second attempt) records the trace."""
        if getattr(item, "execution_count", 1) == 2 and self.config.getoption("--tracing") == "off":
            option = self.config.option
            self.kept = option.tracing, option.screenshot, option.output
            option.tracing, option.screenshot = "on", "off"
            option.output = str(Path(option.output) / AGAIN_FOLDER)

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_teardown(self, item: pytest.Item):
        if getattr(self, "kept", None) is not None:
            option = self.config.option
            option.tracing, option.screenshot, option.output = self.kept
            self.kept = None

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport):
        """A failure the pre-flight explains (a word it found missing) is not run again: its
        trace would show only what the table already says. Nor is one that ran again already."""
        item = self.items.get(report.nodeid)
        known = any(key == PREFLIGHT_KNOWN for key, _ in report.user_properties)
        rerun = report.outcome == "rerun" or getattr(item, "execution_count", 1) > 1
        if report.failed and not known and not rerun and item is not None and item not in self.failed:
            self.failed.append(item)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtestloop(self, session: pytest.Session):
        result = yield
        if (
            self.failed
            and not (session.shouldstop or session.shouldfail)
            and self.config.getoption("--tracing") == "off"
        ):
            self._run_again(self.failed)
        return result

    def _run_again(self, items: list[pytest.Item]) -> None:
        self._say(
            f"Kör {len(items)} misslyckade scenarier en gång till med Playwright-spår "
            "(utslaget är den första körningens):"
        )
        option = self.config.option
        kept = option.tracing, option.screenshot, option.output
        option.tracing, option.screenshot = "on", "off"  # the first run's screenshot shows its failure
        # A folder of their own: pytest-playwright empties --output when its session starts again.
        option.output = str(Path(option.output) / AGAIN_FOLDER)
        try:
            for index, item in enumerate(items):
                later = items[index + 1] if index + 1 < len(items) else None
                reports = runtestprotocol(item, nextitem=later, log=False)
                again = AGAIN_FAILED if any(report.failed for report in reports) else AGAIN_PASSED
                traces = [
                    value for report in reports for key, value in report.user_properties if key == "playwright_trace"
                ]
                collector = self.config.pluginmanager.get_plugin("minasidor-report-collector")
                if collector is not None:
                    collector.retraced(item.name, again, traces)
                self._say(f"  {'✘ misslyckades igen' if again == AGAIN_FAILED else '✔ gick igenom nu'}: {item.name}")
        finally:
            option.tracing, option.screenshot, option.output = kept

    def _say(self, line: str) -> None:
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(line)
