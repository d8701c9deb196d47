"""The BankID app in a person's hand (BankID's own test environment, assisted mode): the same
intents as pages.bankid_app.BankIDApp, but a person does them on their phone, told by the suite
in Swedish; the suite waits for what the page shows next."""

from __future__ import annotations

import contextlib
import re
import time

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from minasidor_spec.common.settings import ms
from minasidor_spec.pages.qr_camera import read_qr

# BankID's RFA1 ("Starta BankID-appen"): what a page says until the code is read.
STARTING = re.compile(r"starta bankid", re.I)
CHANGED = "([element, before]) => !element.isConnected || element.innerText.trim() !== before"


class PersonDidNotAnswer(AssertionError):
    """The person did not do what they were asked within the profile's time limit."""


class BankIDByPerson:
    def __init__(self, page: Page, person, instruction: Locator):
        self.page, self.person, self.instruction = page, person, instruction
        self.patience_ms = ms(person.seconds)
        self.after_scan = ""  # the instruction the page showed once the code was read

    def scan(self, qr_code: Locator, who: str) -> None:
        """Show the page's QR code to the person until they have read it (the page moves on)."""
        self.person.say(
            f"Öppna BankID-appen med test-BankID:t för {who} och läs av QR-koden, här nedan eller i "
            f"webbläsarens fönster. Sviten väntar i högst {self.person.seconds:.0f} sekunder."
        )
        deadline, shown = time.monotonic() + self.person.seconds, None
        unread, started = None, False  # what the page says while nobody has read the code
        while qr_code.first.is_visible():
            now = self._shown()
            if STARTING.search(now):
                started = True
            elif now:  # read when the page says something new (the code may stay on screen)
                if started or (unread is not None and now != unread):
                    break
                unread = unread or now
            try:
                content = read_qr(qr_code)
            except (PlaywrightError, AssertionError):  # it went while it was read: look again
                continue
            if content != shown:
                self.person.show_qr(content)
                shown = content
            if time.monotonic() > deadline:
                raise PersonDidNotAnswer(
                    f"Ingen läste av QR-koden inom {self.person.seconds:.0f} sekunder ([bankid] timeout i målprofilen)."
                )
            # Wakes as soon as the code goes; else after a second, for the next code.
            with contextlib.suppress(PlaywrightError):
                qr_code.first.wait_for(state="hidden", timeout=1_000)
        self.person.say("QR-koden är läst.")
        self.after_scan = self._shown()

    def _shown(self) -> str:
        """The BankID instruction the page shows now ("" for none)."""
        try:
            return self.instruction.first.inner_text(timeout=200).strip() if self.instruction.first.is_visible() else ""
        except PlaywrightError:
            return ""

    def _next_instruction(self, asked: str, before: str) -> None:
        """Wait for the page's BankID instruction to differ from `before` (the person did as asked;
        at once when it already does: an app with one BankID asks for the code straight away)."""
        self.person.say(asked)
        try:
            self.page.wait_for_function(
                CHANGED, arg=[self.instruction.first.element_handle(), before], timeout=self.patience_ms
            )
        except PlaywrightError:
            raise PersonDidNotAnswer(
                f"Sidan visade ingen ny instruktion inom {self.person.seconds:.0f} sekunder efter ”{asked}”"
            ) from None

    def choose_id(self, name: str) -> None:
        self._next_instruction(f"Välj BankID:t för {name} i appen, om appen frågar.", self.after_scan)

    def asks_for_code(self) -> None:
        """The person's app asks for the code by now (the page said so when the choice was made)."""

    def identify(self, code: str) -> None:
        self.person.say("Skriv in din säkerhetskod i BankID-appen och välj Identifiera.")

    def cancel(self) -> None:
        self.person.say("Välj Avbryt i BankID-appen.")
