"""When a scenario fails because something the help page names is not on the screen, say so
in Swedish: which rule (H-number) and which label ("Avvikelse från hjälpsidan").

Works from Playwright's own failure text (its "waiting for <locator>" line), so it needs no
change in steps or page objects. Registered by the plugin as a pytest hook."""

from __future__ import annotations

import re

import pytest

from .rules import rules_of

NOT_FOUND = ("element(s) not found", "Timeout")
WAITING_FOR = re.compile(r"waiting for (.+)")
LAST_LOCATOR = re.compile(r'get_by_(role|label|text)\((?:"([^"]*)"|re\.compile\(r?"(.*?)"\))(?:, name="([^"]*)")?[^)]*\)\s*$')

ROLE_WORDS = {
    "button": "knappen", "tab": "fliken", "link": "länken", "heading": "rubriken",
    "textbox": "fältet", "navigation": "menyn", "complementary": "rutan", "region": "området",
    "alert": "felmeddelandet", "tabpanel": "flikinnehållet", "banner": "sidhuvudet",
}


def describe_missing(failure: str) -> str | None:
    """'fliken "Kundnummer"' for the element Playwright waited for in vain, else None."""
    if not any(marker in failure for marker in NOT_FOUND):
        return None
    waits = WAITING_FOR.findall(failure)
    if not waits:
        return None
    match = LAST_LOCATOR.search(waits[-1].strip())
    if not match:
        return None
    kind, first, pattern, name = match.groups()
    if kind == "role":
        word = ROLE_WORDS.get(first, f"elementet ({first})")
        return f'{word} "{name}"' if name else word
    if kind == "label":
        return f'fältet "{first}"'
    return f'texten "{first if first is not None else pattern}"'


def explanation(failure: str, rules: list[str]) -> str | None:
    missing = describe_missing(failure)
    if missing is None:
        return None
    rule_text = ", ".join(rules) if rules else "utan regeltagg"
    return (
        f"Avvikelse från hjälpsidan ({rule_text}): hittade inte {missing} på sidan. "
        "Hjälpsidan använder de orden, så gränssnittet har ändrats eller visar något annat här."
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    rules = rules_of(mark.name for mark in item.iter_markers())
    swedish = explanation(str(call.excinfo.value) if call.excinfo else report.longreprtext, rules)
    if swedish:
        report.longrepr = f"{swedish}\n\n{report.longreprtext}"
