""" "Skapa lösenord": the kundnummer, and a link to choose a password is mailed."""

from __future__ import annotations

from . import help_words as words
from .finder import Finder
from .forms import KUNDNUMMER, field


class CreatePasswordPage:
    def __init__(self, find: Finder):
        self.find = find
        self.kundnummer = field(find.page, KUNDNUMMER)
        self.create_button = find.page.get_by_role("button", name="Skapa lösenord", exact=True)

    def fill_in(self, kundnummer: str) -> None:
        self.find.fill(self.kundnummer, words.CREATE_KUNDNUMMER, kundnummer)

    def submit(self) -> None:
        self.find.submit(self.create_button, words.CREATE_BUTTON)

    def ask_for_link(self, kundnummer: str) -> None:
        self.fill_in(kundnummer)
        self.submit()
