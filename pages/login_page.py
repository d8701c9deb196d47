"""The login page of new Mina sidor: the choice "Mobilt BankID" or "Kundnummer" (tabs, radio
buttons, links or buttons), the kundnummer form, and "Första gången du loggar in"."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from . import help_words as words
from .finder import Finder
from .forms import KUNDNUMMER, PASSWORD, field
from .secret_values import remember


class LoginPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        self.kundnummer = field(page, KUNDNUMMER)
        self.password = field(page, PASSWORD)
        self.log_in_button = page.get_by_role("button", name="Logga in", exact=True)
        # The form with the password field; on a page built without forms, the nearest box around
        # the password field that holds a button.
        self.login_form = (
            page.locator("form")
            .filter(has=page.locator("input[type=password]"))
            .or_(page.locator("body:not(:has(form)) input[type=password]").locator("xpath=ancestor::*[.//button][1]"))
        )
        title = words.FIRST_TIME.description.split('"')[1]
        # Named as a region, or the nearest box around its heading that holds its links.
        self.first_time = (
            page.get_by_role("complementary", name=title)
            .or_(page.get_by_role("region", name=title))
            .or_(
                page.get_by_role("heading", name=title).locator(
                    "xpath=ancestor::*[.//a[contains(., 'Skapa lösenord') or contains(., 'Registrera')]][1]"
                )
            )
        )

    def choice(self, name: str) -> Locator:
        """The tab, radio button, link or button that chooses how to log in."""
        page = self.find.page
        exactly = re.compile(f"^{re.escape(name)}$", re.I)
        return (
            page.get_by_role("tab", name=exactly)
            .or_(page.get_by_role("radio", name=exactly))
            .or_(page.get_by_role("link", name=exactly))
            .or_(page.get_by_role("button", name=exactly))
        )

    def choose(self, name: str) -> Locator:
        """Choose how to log in; returns the control (a tab, radio, link or button)."""
        word = words.CHOICE_KUNDNUMMER if name == "Kundnummer" else words.CHOICE_BANKID
        chosen = self.choice(name)
        self.find.click(chosen, word)
        return chosen.first

    def show_kundnummer_form(self) -> None:
        """As a customer would: choose "Kundnummer" unless its form is shown already."""
        if not self.find.shows(self.password):
            self.choose("Kundnummer")

    def fill_in(self, username: str, password: str) -> None:
        remember(password)  # kept out of the console, the report and traces
        self.find.fill(self.kundnummer, words.LOGIN_KUNDNUMMER, username)
        self.find.fill(self.password, words.LOGIN_PASSWORD, password)

    def submit(self) -> None:
        """Click "Logga in" and wait for the answer (the page it leads to)."""
        self.find.submit(self.log_in_button, words.LOGIN_BUTTON)

    def log_in(self, username: str, password: str) -> None:
        """From anywhere on the login page: the Kundnummer form, fill in, click Logga in."""
        self.show_kundnummer_form()
        self.fill_in(username, password)
        self.submit()

    def first_time_link(self, name: str) -> Locator:
        """ "Ny kund/Registrera E-post" or "Skapa lösenord" (under "Första gången du loggar in")."""
        return self.find.page.get_by_role("link", name=name, exact=True)
