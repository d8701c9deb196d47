"""When a scenario fails because the target deviates from the help page, say so first, in
Swedish: which rule (H-number) and which word is missing, or which rule is broken although
its words are there. A page the target cannot show (404, server error) is said as such and
never taken for drift.

The explanation comes from the page objects and steps that know what they looked for
(pages.deviations); other failures keep pytest's own report."""

from __future__ import annotations

import pytest

from pages.deviations import HelpWordMissing, PageUnavailable, RuleBroken

from .collector import EXPLANATION

EXPLAINED = (HelpWordMissing, RuleBroken, PageUnavailable)


def explanation(error: BaseException | None) -> str | None:
    return str(error) if isinstance(error, EXPLAINED) else None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed or call.excinfo is None:
        return
    swedish = explanation(call.excinfo.value)
    if swedish:
        report.longrepr = f"{swedish}\n\n{report.longreprtext}"
        report.user_properties.append((EXPLANATION, swedish))
