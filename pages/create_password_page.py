""" "Skapa lösenord": the kundnummer, and a link to choose a password is mailed."""

from __future__ import annotations

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.forms import field
from minasidor_spec.pages.help_words import Control


class CreatePasswordPage:
    def __init__(self, find: Finder):
        self.find = find
        self.kundnummer = Control(words.CREATE_KUNDNUMMER, field(find.page, words.CREATE_KUNDNUMMER.label))
        self.create_button = Control(words.CREATE_BUTTON, words.CREATE_BUTTON.locate(find.page))

    def fill_in(self, kundnummer: str) -> None:
        self.find.fill(self.kundnummer, kundnummer)

    def submit(self) -> None:
        self.find.submit(self.create_button)

    def ask_for_link(self, kundnummer: str) -> None:
        self.fill_in(kundnummer)
        self.submit()
