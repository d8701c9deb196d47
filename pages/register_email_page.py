""" "Ny kund/Registrera E-post": kundnummer, personnummer (a company: 16 + organisationsnummer)
and the address to register, given once or twice as the target asks."""

from __future__ import annotations

import re

from . import help_words as words
from .finder import Finder
from .forms import EMAIL, KUNDNUMMER, PERSONNUMMER, field, tick_required

# The help page writes the button in lower case; any capitalisation is the same word.
REGISTER = re.compile("^registrera e-postadress$", re.I)


class RegisterEmailPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        self.kundnummer = field(page, KUNDNUMMER)
        self.personnummer = field(page, PERSONNUMMER)
        self.email_fields = field(page, EMAIL)
        self.register_button = page.get_by_role("button", name=REGISTER)

    def fill_in(self, kundnummer: str, personnummer: str, email: str) -> None:
        self.find.fill(self.kundnummer, words.REGISTER_KUNDNUMMER, kundnummer)
        self.find.fill(self.personnummer, words.REGISTER_PERSONNUMMER, personnummer)
        self.find.fill(self.email_fields, words.REGISTER_EMAIL, email)
        if self.email_fields.count() > 1:  # "Upprepa e-postadressen", where the target asks for it
            self.email_fields.nth(1).fill(email)
        tick_required(self.find.page)

    def submit(self) -> None:
        self.find.submit(self.register_button, words.REGISTER_BUTTON)

    def register(self, kundnummer: str, personnummer: str, email: str) -> None:
        self.fill_in(kundnummer, personnummer, email)
        self.submit()
