"""The Swedish explanations of a deviation: from what the page objects and steps looked for,
never from Playwright's error text, and a missing page never taken for drift."""

import pytest

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.deviations import HelpWordMissing, PageUnavailable, RuleBroken
from minasidor_spec.pages.documents import unavailable
from minasidor_spec.run.failure_text import explanation


def test_a_missing_word_names_its_rules_the_word_and_the_page():
    text = explanation(HelpWordMissing(words.LOGIN_BUTTON, "http://staging.example.se/kund/in?flik=1"))
    assert text.startswith('Avvikelse från hjälpsidan (H5): hittade inte knappen "Logga in" på sidan /kund/in?flik=1.')


def test_a_broken_rule_is_named_with_what_happened():
    assert explanation(RuleBroken("H7", "företaget loggades in utan 16 före organisationsnumret")) == (
        "Avvikelse från hjälpsidan (H7): företaget loggades in utan 16 före organisationsnumret."
    )


@pytest.mark.parametrize(
    ("status", "said"), [(404, "finns inte (404)"), (500, "gav ett serverfel (500)"), (405, "svarade 405")]
)
def test_a_page_the_target_cannot_show_is_no_drift(status, said):
    text = explanation(PageUnavailable("http://staging.example.se/x", status))
    assert text.startswith(f"Sidan /x {said}.") and "inte en avvikelse från hjälpsidan" in text


def test_other_failures_keep_pytests_report():
    assert explanation(AssertionError("Locator expected to be visible")) is None
    assert explanation(None) is None


@pytest.mark.parametrize(
    ("status", "missing"),
    [
        (200, False),
        (302, False),
        (401, False),
        (409, False),
        (410, False),
        (429, False),
        (503, False),
        (404, True),
        (500, True),
        (502, True),
    ],
)
def test_which_answers_mean_the_page_is_not_there(status, missing):
    assert unavailable(status) is missing
