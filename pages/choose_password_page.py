"""The page the e-mailed link opens: a new password, and its repetition where the target
asks for one (the help page: "följ instruktionerna ... för att välja ett lösenord")."""

from __future__ import annotations

import contextlib

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.common.secret_values import remember
from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.forms import password_fields
from minasidor_spec.pages.help_words import Control


class ChoosePasswordPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        self.passwords = Control(words.CHOOSE_PASSWORD, password_fields(page))
        # The form's last button; on a page built without forms, the first button after the field.
        self.save_button = Control(
            words.CHOOSE_PASSWORD,
            page.locator("form")
            .filter(has=page.locator("input[type=password]"))
            .get_by_role("button")
            .last.or_(
                page.locator("body:not(:has(form)) input[type=password]").last.locator("xpath=following::button[1]")
            ),
        )
        # The link that asks for a new one (on an expired link's page: the help page's "Skapa lösenord").
        self.new_link = Control(words.LINK_CREATE_PASSWORD, words.LINK_CREATE_PASSWORD.locate(page))

    def expect_offered(self) -> None:
        """The link's page offers a password to choose, once it has loaded what it loads (a
        single-page app asks its server about the link first); HelpWordMissing at once when not."""
        page = self.find.page
        with contextlib.suppress(PlaywrightTimeoutError):  # a page that keeps a connection open: look all the same
            page.wait_for_load_state("networkidle")
        self.find.require(self.passwords, timeout=self.find.timeouts.look_ms)  # loaded: at once, if at all

    def choose(self, password: str, repeated: str | None = None) -> None:
        """Fill in the password (twice where asked) and save; returns once the page has answered."""
        remember(password)  # kept out of the console, the report and traces
        remember(repeated)
        self.find.fill(self.passwords, password)
        if self.passwords.locator.count() > 1:
            self.passwords.locator.nth(1).fill(password if repeated is None else repeated)
        self.find.submit(self.save_button)
