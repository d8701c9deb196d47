"""Per scenario: how the target words what the help page leaves to it, and which steps could
check only the behaviour because the target's wording is unknown ("ordalydelsen
kontrollerades inte" in the report); the reference portal's other decisions (limits, where an
error is shown, what stays in a field), exact on our portal and elsewhere only noted where the
target decides otherwise ("referensbeslut: avviker"); and the notes on accessibility."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.pages.texts import Texts

# On another target a decision is looked at once the page has answered (the help page's checks
# waited for that): it is there, or it differs; no long wait for what the target decided otherwise
# (each such wait would add to every foreign run).
DECISION_MS = 500
UNCHECKED = "unchecked_wording"
ACCESSIBILITY = "accessibility_note"
DIFFERS = "decision_differs"


PLAYWRIGHTS_OWN = ("Locator expected", "Page expected", "Timeout ", "Error:", "Expected ")


def first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def in_swedish(error: BaseException, not_there: str = "syns inte här") -> str:
    """The suite's own Swedish words for what went wrong; for Playwright's English ("Locator
    expected to be visible", a timeout) `not_there`."""
    said = first_line(error)
    return not_there if said.startswith(PLAYWRIGHTS_OWN) else said


class Wording:
    def __init__(self, texts: Texts, item: pytest.Item):
        self.texts, self.item = texts, item

    @property
    def decisions_checked(self) -> bool:
        """Does the target decide as the reference portal (limits, what stays in a field ...)?"""
        return self.texts.reference

    def pattern(self, wording: str) -> re.Pattern | None:
        """Where the features quote `wording`: the target's, or None (then noted as unchecked)."""
        found = self.texts.pattern(wording)
        if found is None:
            self.unchecked(wording)
        return found

    def name(self, wording: str) -> re.Pattern | None:
        found = self.texts.name(wording)
        if found is None:
            self.unchecked(wording)
        return found

    def decide(self, what: str, check: Callable[[float | None], object]) -> bool:
        """A decision of the reference portal where the help page is silent: `check(timeout_ms)`
        must hold on our portal (Playwright's own timeouts); on another target it gets a short
        look, and a failure is noted, never raised. True if it held."""
        if self.decisions_checked:
            check(None)
            return True
        try:
            check(DECISION_MS)
        except (AssertionError, PlaywrightError) as error:
            self.differs(f"{what}: {in_swedish(error)}")
            return False
        return True

    def differs(self, note: str) -> None:
        self.item.user_properties.append((DIFFERS, note))

    def unchecked(self, wording: str) -> None:
        self.item.user_properties.append((UNCHECKED, wording))

    def accessibility(self, note: str) -> None:
        self.item.user_properties.append((ACCESSIBILITY, note))
