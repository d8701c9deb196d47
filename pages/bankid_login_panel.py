"""The "Mobilt BankID" choice on the login page: start, the animated QR code, BankID's
instructions (a status or live region), its errors, the link that opens BankID on this device,
cancel. Names the help page does not give come from the target's wording, else from what the
control does."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from . import help_words as words
from .feedback import LIVE_REGIONS, TEXT, Feedback
from .finder import Finder
from .texts import Texts

START = "Logga in med Mobilt BankID"
CANCEL = "Avbryt"
RETRY = "Försök igen"
QR_IMAGE = "QR-kod för Mobilt BankID"
_STARTS = re.compile(r"bankid|starta", re.I)
_STARTS_IN_ITS_PANEL = re.compile(r"bankid|starta|logga in|fortsätt", re.I)  # the panel says what it starts
_RETRIES = re.compile(r"försök igen|börja om|bankid|starta", re.I)
_NAMED = words.CHOICE_BANKID.label  # the panel of the choice "Mobilt BankID"


class BankIDLoginPanel:
    def __init__(self, find: Finder, texts: Texts):
        self.find, self.texts = find, texts
        page = find.page
        named = page.get_by_role("tabpanel", name=_NAMED).or_(page.get_by_role("region", name=_NAMED))
        own_panel = named.count() > 0
        self.panel = named.first if own_panel else page.locator("body")
        self.start_button = self._button(START, _STARTS_IN_ITS_PANEL if own_panel else _STARTS)
        self.retry_button = self._button(RETRY, _RETRIES)
        self.cancel_button = self._button(CANCEL, re.compile("avbryt", re.I))
        self.qr_code = self.panel.get_by_role("img", name=texts.name(QR_IMAGE) or re.compile("qr", re.I)).or_(
            self.panel.locator("canvas").filter(visible=True)
        )
        # BankID's instructions: a status or live region, in the panel or anywhere on the page (a
        # single-page app may fill one at the end of <body>), looked up anew each time.
        self.instructions = page.locator(LIVE_REGIONS).filter(visible=True, has_text=TEXT)
        self.instruction = self.instructions.last
        self.error = Feedback(page).alerts
        self.open_on_this_device = self.panel.locator("a[href^='bankid:'], a[href^='https://app.bankid.com']")
        # An order has ended when the page offers to start again (or says why, as an alert).
        self.ended = self.retry_button.or_(self.error)

    def _button(self, wording: str, behaviour: re.Pattern) -> Locator:
        """By the target's wording when known, else any visible button that does the same."""
        return self.panel.get_by_role("button", name=self.texts.name(wording) or behaviour).filter(visible=True)

    def start(self) -> None:
        """Start, and return once the order is under way (or BankID's error is shown)."""
        self.start_button.first.click()
        underway = self.qr_code.or_(self.open_on_this_device.filter(visible=True)).or_(self.cancel_button)
        underway.or_(self.ended).or_(Feedback(self.find.page).messages).first.wait_for()
