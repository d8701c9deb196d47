"""Swedish explanations when a label from the help page is missing on the target."""

import pytest

from minasidor_spec.drift import describe_missing, explanation

CLICK_TIMEOUT = ('Locator.click: Timeout 10000ms exceeded.\nCall log:\n'
                 '  - waiting for get_by_role("banner").get_by_role("tab", name="Kundnummer", exact=True)\n')
EXPECT_NOT_FOUND = ('Locator expected to be visible\nActual value: None\nError: element(s) not found \n'
                    'Call log:\n  - Expect "to_be_visible" get_by_role("button", name="Logga in", exact=True) with timeout 5000ms\n'
                    '  - waiting for get_by_role("button", name="Logga in", exact=True)\n\nAria snapshot:\n- banner:\n')
LABEL_NOT_FOUND = ('Locator expected to have Value \'x\'\nActual value: None\nError: element(s) not found \nCall log:\n'
                   '  - waiting for locator("form").get_by_label("Lösenord", exact=True)\n')
TEXT_MISMATCH = ('Locator expected to have text \'A\'\nActual value: B\nCall log:\n'
                 '  - waiting for get_by_role("alert")\n')


@pytest.mark.parametrize(
    ("failure", "described"),
    [
        (CLICK_TIMEOUT, 'fliken "Kundnummer"'),
        (EXPECT_NOT_FOUND, 'knappen "Logga in"'),
        (LABEL_NOT_FOUND, 'fältet "Lösenord"'),
        (TEXT_MISMATCH, None),
        ("AssertionError: something else", None),
    ],
)
def test_describes_the_missing_element_in_swedish(failure, described):
    assert describe_missing(failure) == described


def test_explanation_names_rule_and_label():
    text = explanation(EXPECT_NOT_FOUND, ["H5"])
    assert text.startswith('Avvikelse från hjälpsidan (H5): hittade inte knappen "Logga in" på sidan.')
