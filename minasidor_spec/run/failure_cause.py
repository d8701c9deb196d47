"""What caused a failed scenario, as data (judging.causes.Cause): a deviation from the help page
blamed on its rules (a missing word's, a broken rule's, or those the failed step serves), a
reference decision, accessibility, the test data, or the suite itself."""

from __future__ import annotations

import pytest
from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.judging.causes import ACCESS, DEVIATION, REFERENCE, SUITE, TEST_DATA, Cause
from minasidor_spec.judging.run_record import ACCESSIBILITY
from minasidor_spec.judging.verdicts import REFERENCE_TAG
from minasidor_spec.pages.deviations import (
    BankIDTextBroken,
    HelpWordMissing,
    LedNowhere,
    NoAnswerSeen,
    PageUnavailable,
    RuleBroken,
)
from minasidor_spec.run.collector import FAILED_STEP_INDEX, STEP_RULES
from minasidor_spec.run.rule_gate import rules_decided
from minasidor_spec.run.wording import first_line
from minasidor_spec.target.test_data import ProvisioningError

# A help-page word missing or doing nothing, a page missing, or BankID's text for another state
# (BankID's rule for every relying party, also in a scenario that tests a decision) is never a
# reference decision.
ALWAYS_FAILS = (HelpWordMissing, PageUnavailable, NoAnswerSeen, BankIDTextBroken)


FAILED_STEP = pytest.StashKey[str]()  # the failed step as the feature says it


def always_fails(error: BaseException) -> bool:
    return isinstance(error, ALWAYS_FAILS) or (isinstance(error, LedNowhere) and error.word is not None)


def used_fixture(item: pytest.Item, name: str):
    """A fixture's value the scenario has made (its steps ask for them as they go), else None."""
    request = getattr(item, "_request", None)
    made = getattr(request, "_fixture_defs", {}).get(name) if request is not None else None
    cached = getattr(made, "cached_result", None)
    return cached[0] if cached and cached[2] is None else None


def scenario_rules(item: pytest.Item) -> tuple[str, ...]:
    return rules_decided({mark.name for mark in item.iter_markers()})


def step_rules(item: pytest.Item) -> tuple[str, ...]:
    """The rules the failed step serves (collector: rules.rules_per_step), else the scenario's."""
    served, index = item.stash.get(STEP_RULES, None), item.stash.get(FAILED_STEP_INDEX, None)
    if served is not None and index is not None and served[index]:
        return tuple(served[index])
    return scenario_rules(item)


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
