"""`make bench`: time the acceptance suite against one embedded stack, and the floor in the
same run (a bare new context + page + one navigation to the same server), with the ratio."""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict

import pytest
from playwright.sync_api import sync_playwright

from reference_app.embedded import EmbeddedStack

from .browser import launch_overrides

FLOOR_SAMPLES = 30


class ScenarioTimer:
    """pytest plugin: wall time per scenario (setup + call + teardown)."""

    def __init__(self):
        self.durations: dict[str, float] = defaultdict(float)
        self.outcomes: dict[str, str] = {}

    def pytest_runtest_logreport(self, report):
        self.durations[report.nodeid] += report.duration
        if report.when == "call" or report.outcome != "passed":
            self.outcomes.setdefault(report.nodeid, report.outcome)
        if report.when == "call":
            self.outcomes[report.nodeid] = report.outcome


def measure_floor(base_url: str) -> list[float]:
    samples = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_overrides("chromium", playwright.chromium.executable_path))
        for _ in range(FLOOR_SAMPLES):
            start = time.perf_counter()
            context = browser.new_context(base_url=base_url)
            page = context.new_page()
            page.goto("/logga-in")
            context.close()
            samples.append(time.perf_counter() - start)
        browser.close()
    return samples


def main() -> int:
    with EmbeddedStack() as stack:
        timer = ScenarioTimer()
        print(f"==> Mäter specifikationen mot {stack.portal_url}", flush=True)
        start = time.perf_counter()
        exit_code = pytest.main(["tests/acceptance", "-q", "--base-url", stack.portal_url], plugins=[timer])
        wall = time.perf_counter() - start
        print(f"==> Mäter golvet ({FLOOR_SAMPLES} gånger ny kontext + sida + en navigering)", flush=True)
        floor = measure_floor(stack.portal_url)

    per_scenario = list(timer.durations.values())
    failed = sum(1 for outcome in timer.outcomes.values() if outcome == "failed")
    median_scenario = statistics.median(per_scenario) if per_scenario else 0.0
    median_floor = statistics.median(floor)
    print()
    print(f"Scenarier:                       {len(per_scenario)} ({failed} misslyckade)")
    print(f"Svitens väggtid:                 {wall:.1f} s")
    print(f"Median per scenario:             {median_scenario * 1000:.0f} ms")
    print(f"Golv (kontext + sida + 1 nav.):  {median_floor * 1000:.0f} ms (median av {FLOOR_SAMPLES})")
    print(f"Kvot median scenario / golv:     {median_scenario / median_floor:.1f}")
    return int(exit_code)


if __name__ == "__main__":
    sys.exit(main())
