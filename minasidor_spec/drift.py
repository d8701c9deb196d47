"""When a scenario fails because the target deviates from the help page, say so first, in
Swedish: which rule (H-number) and which word is missing, or which rule is broken although
its words are there. A page the target cannot show (404, server error) is said as such and
never taken for drift.

A scenario tagged @referensbeslut checks a decision of our reference portal where the help page
is silent: on another target its failure (unless a help-page word is missing or a page cannot be
shown) is reported as "referensbeslut: avviker", as an expected failure that decides no rule.

The explanation comes from the page objects and steps that know what they looked for
(pages.deviations); other failures keep pytest's own report."""

from __future__ import annotations

import pytest

from pages.deviations import HelpWordMissing, PageUnavailable, RuleBroken

from .collector import EXPLANATION, REFERENCE_NOTE
from .target import checks_reference
from .verdicts import REFERENCE_TAG

EXPLAINED = (HelpWordMissing, RuleBroken, PageUnavailable)
ALWAYS_FAILS = (HelpWordMissing, PageUnavailable)  # a missing word or page is never a reference decision


def explanation(error: BaseException | None) -> str | None:
    return str(error) if isinstance(error, EXPLAINED) else None


def reference_difference(error: BaseException) -> str:
    """What differed, in Swedish, without calling it drift from the help page."""
    if isinstance(error, RuleBroken):
        return error.what
    lines = [line for line in str(error).splitlines() if line.strip()]
    return lines[0].strip() if lines else type(error).__name__


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed or call.excinfo is None:
        return
    error = call.excinfo.value
    if item.get_closest_marker(REFERENCE_TAG) and not checks_reference(item.config) \
            and not isinstance(error, ALWAYS_FAILS):
        differs = f"Referensbeslut: avviker – {reference_difference(error)}"
        report.outcome, report.wasxfail = "skipped", differs
        report.user_properties.append((REFERENCE_NOTE, differs))
        return
    swedish = explanation(error)
    if swedish:
        report.longrepr = f"{swedish}\n\n{report.longreprtext}"
        report.user_properties.append((EXPLANATION, swedish))
