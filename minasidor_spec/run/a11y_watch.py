"""Scans every page state the scenarios reach, once per run, with axe-core: for the report's
"Tillgänglighet" section, on any target. It never turns a help-page rule red; with
--a11y-strict a serious or critical violation fails the run (for teams that want that gate)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.run.accessibility import scan, state_of

A11Y_KEY = pytest.StashKey[list]()
# A path segment that is an identifier or token (a password link's, an order's) is one page.
TOKEN_SEGMENT = re.compile(r"/[A-Za-z0-9_-]{16,}(?=/|$| )")


def page_key(state: str) -> str:
    return TOKEN_SEGMENT.sub("/{id}", state)


class AccessibilityWatch:
    def __init__(self, config: pytest.Config, strict: bool):
        self.config, self.strict = config, strict
        self.pages: dict[str, dict] = {}
        config.stash[A11Y_KEY] = []

    @pytest.hookimpl
    def pytest_bdd_after_step(self, request, feature, scenario, step, step_func, step_func_args):
        if "page" not in request.fixturenames:
            return
        page = request.getfixturevalue("page")
        if page.is_closed() or not page.url.startswith(("http://", "https://")):
            return
        try:
            key = page_key(state_of(page))
            if key in self.pages:
                return
            violations = scan(page)
        except PlaywrightError:  # the page went on while it was read: the next step sees it
            return
        self.pages[key] = {
            "url": page.url,
            "title": page.title(),
            "scenario": scenario.name,
            "violations": [v.as_dict() | {"impact_sv": v.impact_sv} for v in violations],
        }

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session):
        scans = list(self.pages.values())
        self.config.stash[A11Y_KEY] = scans
        blocking = [(s, v) for s in scans for v in s["violations"] if v["impact"] in ("critical", "serious")]
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None and scans:
            reporter.ensure_newline()
            reporter.write_line(
                f"Tillgänglighet (axe-core, WCAG 2.1 A/AA): {len(scans)} sidor, "
                f"{sum(len(s['violations']) for s in scans)} avvikelser, "
                f"{len(blocking)} allvarliga eller kritiska."
            )
        if self.strict and blocking:
            for scanned, violation in blocking:
                if reporter is not None:
                    reporter.write_line(
                        f"  ✘ {scanned['url']}: {violation['rule']} ({violation['impact_sv']}): "
                        f"{violation['description']}"
                    )
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
