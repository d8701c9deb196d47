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

from minasidor_spec.pages.consent_banner import banner_note
from minasidor_spec.pages.deviations import (
    DRIFT,
    HelpWordMissing,
    LedNowhere,
    NoAnswerSeen,
    PageUnavailable,
    RuleBroken,
)
from minasidor_spec.pages.feedback import what_is_shown

from .collector import EXPLANATION, PREFLIGHT_KNOWN, REFERENCE_NOTE
from .rule_gate import rules_decided
from .rules import RULES_ATTRIBUTE
from .scenario_items import template
from .target import checks_reference
from .verdicts import REFERENCE_TAG
from .wording import first_line, in_swedish

EXPLAINED = (HelpWordMissing, RuleBroken, PageUnavailable, NoAnswerSeen, LedNowhere)
# A help-page word missing or doing nothing, or a page missing, is never a reference decision.
ALWAYS_FAILS = (HelpWordMissing, PageUnavailable, NoAnswerSeen)


def always_fails(error: BaseException) -> bool:
    return isinstance(error, ALWAYS_FAILS) or (isinstance(error, LedNowhere) and error.word is not None)


def explanation(error: BaseException | None) -> str | None:
    return str(error) if isinstance(error, EXPLAINED) else None


def reference_difference(error: BaseException) -> str:
    """What differed, in Swedish, without calling it drift from the help page."""
    return error.what if isinstance(error, RuleBroken) else first_line(error)


def used_fixture(item: pytest.Item, name: str):
    """A fixture's value the scenario has made (its steps ask for them as they go), else None."""
    request = getattr(item, "_request", None)
    made = getattr(request, "_fixture_defs", {}).get(name) if request is not None else None
    cached = getattr(made, "cached_result", None)
    return cached[0] if cached and cached[2] is None else None


FAILED_STEP = pytest.StashKey[tuple]()  # (the step as the feature says it, the rules it serves)


@pytest.hookimpl
def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    request.node.stash[FAILED_STEP] = (f"{step.keyword} {step.name}", getattr(step_func, RULES_ATTRIBUTE, ()))


def generic_explanation(item: pytest.Item, error: BaseException) -> str:
    """For a failure no page object or step explained: the rule (the failing step's, else the
    scenario's), the step as the feature words it, what went wrong, and what the page shows."""
    step, served = item.stash.get(FAILED_STEP, ("", ()))
    rules = served or rules_decided({mark.name for mark in item.iter_markers()})
    kind = "Referensportalens beslut bryts" if item.get_closest_marker(REFERENCE_TAG) else DRIFT
    page = used_fixture(item, "page")
    shown = what_is_shown(page) if page is not None and not page.is_closed() else ""
    where = f" i steget ”{step}”" if step else ""
    said = in_swedish(error, "det steget väntade på syntes inte i tid").rstrip(".")
    return f"{kind} ({', '.join(rules)}){where}: {said}." + (
        f" {shown}" if shown and shown.rstrip(".") not in said else ""
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed or call.excinfo is None:
        return
    error = call.excinfo.value
    if item.get_closest_marker(REFERENCE_TAG) and not checks_reference(item.config) and not always_fails(error):
        differs = f"Referensbeslut: avviker – {reference_difference(error)}"
        report.outcome, report.wasxfail = "skipped", differs
        report.user_properties.append((REFERENCE_NOTE, differs))
        return
    if isinstance(error, HelpWordMissing) and error.known:
        report.user_properties.append((PREFLIGHT_KNOWN, True))
    swedish = explanation(error)
    if swedish is None and template(item) is not None:
        swedish = generic_explanation(item, error)
    profile = getattr(item.config, "target_profile", None)
    if swedish and not (profile is not None and profile.consent_button):  # a banner nobody clicks away
        swedish += banner_note(
            used_fixture(item, "page"), getattr(used_fixture(item, "site_map"), "covering_banner", None)
        )
    if swedish:
        report.longrepr = f"{swedish}\n\n{report.longreprtext}"
        report.user_properties.append((EXPLANATION, swedish))
