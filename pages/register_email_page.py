""" "Ny kund/Registrera E-post": kundnummer, personnummer (a company: 16 + organisationsnummer)
and the address to register, given once or twice as the target asks."""

from __future__ import annotations

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.forms import EMAIL, field, tick_required
from minasidor_spec.pages.help_words import Control


class RegisterEmailPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        self.kundnummer = Control(words.REGISTER_KUNDNUMMER, field(page, words.REGISTER_KUNDNUMMER.label))
        self.personnummer = Control(words.REGISTER_PERSONNUMMER, field(page, words.REGISTER_PERSONNUMMER.label))
        self.email_fields = Control(words.REGISTER_EMAIL, field(page, EMAIL))
        self.register_button = Control(words.REGISTER_BUTTON, words.REGISTER_BUTTON.locate(page))

    def fill_in(self, kundnummer: str, personnummer: str, email: str) -> None:
        self.find.fill(self.kundnummer, kundnummer)
        self.find.fill(self.personnummer, personnummer)
        self.find.fill(self.email_fields, email)
        if self.email_fields.locator.count() > 1:  # "Upprepa e-postadressen", where the target asks for it
            self.email_fields.locator.nth(1).fill(email)
        tick_required(self.find.page)

    def submit(self) -> None:
        self.find.submit(self.register_button)

    def register(self, kundnummer: str, personnummer: str, email: str) -> None:
        self.fill_in(kundnummer, personnummer, email)
        self.submit()
