"""Per scenario: how the target words what the help page leaves to it, and which steps could
check only the behaviour because the target's wording is unknown ("ordalydelsen
kontrollerades inte" in the report), and the notes on accessibility seen on the way."""

from __future__ import annotations

import re

import pytest

from pages.texts import Texts

UNCHECKED = "unchecked_wording"
ACCESSIBILITY = "accessibility_note"


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

    def unchecked(self, wording: str) -> None:
        self.item.user_properties.append((UNCHECKED, wording))

    def accessibility(self, note: str) -> None:
        self.item.user_properties.append((ACCESSIBILITY, note))
