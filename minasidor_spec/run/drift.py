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
from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.common.scenario_items import template
from minasidor_spec.judging.causes import ACCESS, DEVIATION, HEADINGS, REFERENCE, SUITE, TEST_DATA, UNREACHABLE, Cause
from minasidor_spec.judging.run_record import ACCESSIBILITY
from minasidor_spec.judging.stops import note_stop
from minasidor_spec.judging.verdicts import REFERENCE_TAG
from minasidor_spec.pages.consent_banner import banner_note
from minasidor_spec.pages.deviations import (
    DRIFT,
    BankIDTextBroken,
    HelpWordMissing,
    LedNowhere,
    NoAnswerSeen,
    PageUnavailable,
    RuleBroken,
)
from minasidor_spec.pages.feedback import what_is_shown
from minasidor_spec.run.collector import (
    CAUSE,
    EXPLANATION,
    FAILED_STEP_INDEX,
    PREFLIGHT_KNOWN,
    REFERENCE_NOTE,
    STEP_RULES,
)
from minasidor_spec.run.outage import RUNNING_TARGET, first_unanswered
from minasidor_spec.run.rule_gate import rules_decided
from minasidor_spec.run.target_choice import checks_reference
from minasidor_spec.run.wording import first_line, in_swedish
from minasidor_spec.target.test_data import ProvisioningError

REFERENCE_BROKEN = HEADINGS[REFERENCE]
EXPLAINED = (HelpWordMissing, RuleBroken, PageUnavailable, NoAnswerSeen, LedNowhere)
# A help-page word missing or doing nothing, a page missing, or BankID's text for another state
# (BankID's rule for every relying party, also in a scenario that tests a decision) is never a
# reference decision.
ALWAYS_FAILS = (HelpWordMissing, PageUnavailable, NoAnswerSeen, BankIDTextBroken)


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


FAILED_STEP = pytest.StashKey[str]()  # the failed step as the feature says it


@pytest.hookimpl
def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    request.node.stash[FAILED_STEP] = f"{step.keyword} {step.name}"


def scenario_rules(item: pytest.Item) -> tuple[str, ...]:
    return rules_decided({mark.name for mark in item.iter_markers()})


def step_rules(item: pytest.Item) -> tuple[str, ...]:
    """The rules the failed step serves (collector: rules.rules_per_step), else the scenario's."""
    served, index = item.stash.get(STEP_RULES, None), item.stash.get(FAILED_STEP_INDEX, None)
    if served is not None and index is not None and served[index]:
        return tuple(served[index])
    return scenario_rules(item)


def generic_explanation(item: pytest.Item, error: BaseException) -> str:
    """For a failure no page object or step explained: the rule (the failing step's, else the
    scenario's), the step as the feature words it, what went wrong, and what the page shows."""
    step, rules = item.stash.get(FAILED_STEP, ""), step_rules(item)
    kind = REFERENCE_BROKEN if item.get_closest_marker(REFERENCE_TAG) else DRIFT
    page = used_fixture(item, "page")
    shown = what_is_shown(page) if page is not None and not page.is_closed() else ""
    where = f" i steget ”{step}”" if step else ""
    said = in_swedish(error, "det steget väntade på syntes inte i tid").rstrip(".")
    return f"{kind} ({', '.join(rules)}){where}: {said}." + (
        f" {shown}" if shown and shown.rstrip(".") not in said else ""
    )


def blamed(item: pytest.Item, error: BaseException) -> tuple[str, ...]:
    """The rules a failure is blamed on: a missing word's own rules (those the scenario proves, else
    all the word's: a proof of H4 that misses "Skapa lösenord" fails H11), a broken rule, or the
    rules the failed step serves."""
    if isinstance(error, RuleBroken):
        return tuple(error.rule.split(", "))
    word = getattr(error, "word", None)
    if word is not None:
        own = tuple(rule for rule in word.rules if rule in scenario_rules(item))
        return own or tuple(word.rules)
    return step_rules(item)


def cause_of(item: pytest.Item, error: BaseException, explained: str | None) -> Cause:
    text = explained or first_line(error)
    step = item.stash.get(FAILED_STEP, "")
    if item.get_closest_marker(ACCESSIBILITY) or item.get_closest_marker("tangentbord"):
        return Cause(ACCESS, (), text, step=step)
    if item.get_closest_marker(REFERENCE_TAG) and not always_fails(error):
        return Cause(REFERENCE, scenario_rules(item), text, step=step)
    if isinstance(error, ProvisioningError):  # no test customer to be had: the data, not the target
        return Cause(TEST_DATA, (), text or first_line(error), step=step)
    if not isinstance(error, AssertionError | PlaywrightError | pytest.fail.Exception):
        return Cause(SUITE, (), f"{type(error).__name__}: {first_line(error)}", step=step)
    if isinstance(error, HelpWordMissing):
        return Cause(DEVIATION, blamed(item, error), text, error.word.description, error.where, error.instead, step)
    return Cause(DEVIATION, blamed(item, error), text, step=step)


def outage_of(item: pytest.Item) -> Cause | None:
    """When a scenario fails, is the target still there? If a part of it does not answer, the run
    stops here: an outage, not a verdict."""
    running = item.config.stash.get(RUNNING_TARGET, None)
    unanswered = first_unanswered(running) if running is not None else None
    if unanswered is None:
        return None
    note_stop(item.config, UNREACHABLE, unanswered.text, unanswered.part.what, unanswered.part.url)
    item.session.shouldstop = unanswered.text
    return Cause(UNREACHABLE, (), unanswered.text, where=unanswered.part.url)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not report.failed or call.excinfo is None or template(item) is None or report.when == "teardown":
        return
    error = call.excinfo.value
    down = outage_of(item)
    if down is not None:
        report.longrepr = f"{down.text}\n\n{report.longreprtext}"
        report.user_properties += [(EXPLANATION, down.text), (CAUSE, down.to_dict())]
        return
    if report.when != "call":
        report.user_properties.append((CAUSE, cause_of(item, error, None).to_dict()))
        return
    if item.get_closest_marker(REFERENCE_TAG) and not checks_reference(item.config) and not always_fails(error):
        differs = f"Referensbeslut: avviker – {reference_difference(error)}"
        report.outcome, report.wasxfail = "skipped", differs
        report.user_properties.append((REFERENCE_NOTE, differs))
        return
    if isinstance(error, HelpWordMissing) and error.known:
        report.user_properties.append((PREFLIGHT_KNOWN, True))
    swedish = explanation(error)
    if isinstance(error, RuleBroken) and item.get_closest_marker(REFERENCE_TAG) and not always_fails(error):
        # our portal's own decision, broken on our portal: no deviation from the help page
        swedish = f"{REFERENCE_BROKEN} ({error.rule}): {reference_difference(error)}"
    if swedish is None and template(item) is not None:
        swedish = generic_explanation(item, error)
    profile = getattr(item.config, "target_profile", None)
    if swedish and not (profile is not None and profile.portal.consent_button):  # a banner nobody clicks away
        swedish += banner_note(
            used_fixture(item, "page"), getattr(used_fixture(item, "site_map"), "covering_banner", None)
        )
    if swedish:
        report.longrepr = f"{swedish}\n\n{report.longreprtext}"
        report.user_properties.append((EXPLANATION, swedish))
    report.user_properties.append((CAUSE, cause_of(item, error, swedish).to_dict()))
