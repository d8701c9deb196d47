"""The login page of new Mina sidor: the choice "Mobilt BankID" or "Kundnummer" (tabs, radio
buttons, links, buttons or a drop-down list), the kundnummer form, and "Första gången du loggar in"."""

from __future__ import annotations

from minasidor_spec.common.secret_values import remember
from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.forms import PASSWORD, field
from minasidor_spec.pages.help_words import Control, Word


class LoginPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        self.kundnummer = Control(words.LOGIN_KUNDNUMMER, field(page, words.LOGIN_KUNDNUMMER.label))
        self.password = Control(words.LOGIN_PASSWORD, field(page, PASSWORD))
        self.log_in_button = Control(words.LOGIN_BUTTON, words.LOGIN_BUTTON.locate(page))
        # The form with the password field; on a page built without forms, the nearest box around
        # the password field that holds a button.
        self.login_form = (
            page.locator("form")
            .filter(has=page.locator("input[type=password]"))
            .or_(page.locator("body:not(:has(form)) input[type=password]").locator("xpath=ancestor::*[.//button][1]"))
        )
        # Named as a region, or the nearest box around its heading that holds one of its links.
        links = " or ".join(f"contains(., '{word.name}')" for word in (words.LINK_REGISTER, words.LINK_CREATE_PASSWORD))
        heading = page.get_by_role("heading", name=words.FIRST_TIME.name)
        self.first_time = Control(
            words.FIRST_TIME, words.FIRST_TIME.locate(page).or_(heading.locator(f"xpath=ancestor::*[.//a[{links}]][1]"))
        )
        self.choices = {
            word: Control(word, word.locate(page)) for word in (words.CHOICE_BANKID, words.CHOICE_KUNDNUMMER)
        }
        self.first_time_links = {
            word: Control(word, word.locate(page)) for word in (words.LINK_REGISTER, words.LINK_CREATE_PASSWORD)
        }

    def choose(self, word: Word) -> Control:
        """Choose how to log in (CHOICE_BANKID or CHOICE_KUNDNUMMER); returns the control."""
        chosen = self.choices[word]
        self.find.pick(chosen)
        return chosen

    def show_kundnummer_form(self) -> None:
        """As a customer would: choose "Kundnummer" unless its form is shown already."""
        if not self.find.shows(self.password):
            self.choose(words.CHOICE_KUNDNUMMER)

    def fill_in(self, username: str, password: str) -> None:
        remember(password)  # kept out of the console, the report and traces
        self.find.fill(self.kundnummer, username)
        self.find.fill(self.password, password)

    def submit(self) -> None:
        """Click "Logga in" and wait for the answer (the page it leads to)."""
        self.find.submit(self.log_in_button)

    def log_in(self, username: str, password: str) -> None:
        """From anywhere on the login page: the Kundnummer form, fill in, click Logga in."""
        self.show_kundnummer_form()
        self.fill_in(username, password)
        self.submit()
