"""The "Mobilt BankID" choice on the login page: start, the animated QR code, BankID's
instructions (a status or live region), its errors, the link that opens BankID on this device,
cancel. Names the help page does not give come from the target's wording, else from what the
control does."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.feedback import LIVE_REGIONS, TEXT, Feedback
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.texts import Texts

START = "Logga in med Mobilt BankID"
CANCEL = "Avbryt"
RETRY = "Försök igen"
QR_IMAGE = "QR-kod för Mobilt BankID"
_STARTS = re.compile(r"bankid|starta", re.I)
_STARTS_IN_ITS_PANEL = re.compile(r"bankid|starta|logga in|fortsätt", re.I)  # the panel says what it starts
_CANCELS = re.compile("avbryt", re.I)
_RETRIES = re.compile(r"försök igen|börja om|bankid|starta", re.I)
_NAMED = words.CHOICE_BANKID.label  # the panel of the choice "Mobilt BankID"
APP_LINKS = "a[href^='bankid:'], a[href^='https://app.bankid.com']"  # BankID opened on this device


class BankIDLoginPanel:
    """Looked up anew on each use: the panel is the "Mobilt BankID" tab or region where the page
    shown now has one, else the whole page (an identity broker's own page on another origin, a
    page that is all BankID)."""

    def __init__(self, find: Finder, texts: Texts):
        self.find, self.texts = find, texts
        page = find.page
        self._named = page.get_by_role("tabpanel", name=_NAMED).or_(page.get_by_role("region", name=_NAMED))
        # BankID's instructions: a status or live region, in the panel or anywhere on the page (a
        # single-page app may fill one at the end of <body>), looked up anew each time.
        self.instructions = page.locator(LIVE_REGIONS).filter(visible=True, has_text=TEXT)
        self.instruction = self.instructions.last
        self.error = Feedback(page).alerts

    @property
    def _own_panel(self) -> bool:
        return self._named.count() > 0

    @property
    def panel(self) -> Locator:
        return self._named.first if self._own_panel else self.find.page.locator("body")

    @property
    def start_button(self) -> Locator:
        return self._button(START, _STARTS_IN_ITS_PANEL if self._own_panel else _STARTS)

    @property
    def retry_button(self) -> Locator:
        return self._button(RETRY, _RETRIES)

    @property
    def cancel_button(self) -> Locator:
        return self._button(CANCEL, _CANCELS)

    @property
    def qr_code(self) -> Locator:
        return self._qr_in(self.panel)

    def _qr_in(self, scope: Locator) -> Locator:
        named = self.texts.name(QR_IMAGE) or re.compile("qr", re.I)
        return scope.get_by_role("img", name=named).or_(scope.locator("canvas").filter(visible=True))

    @property
    def open_on_this_device(self) -> Locator:
        return self.panel.locator(APP_LINKS)

    @property
    def ended(self) -> Locator:
        """An order has ended when the page offers to start again (or says why, as an alert)."""
        return self.retry_button.or_(self.error)

    def _button(self, wording: str, behaviour: re.Pattern, scope: Locator | None = None) -> Locator:
        """By the target's wording when known, else any visible button that does the same."""
        scope = self.panel if scope is None else scope
        return scope.get_by_role("button", name=self.texts.name(wording) or behaviour).filter(visible=True)

    def start(self) -> None:
        """Start, and return once the order is under way (or BankID's error is shown)."""
        self.start_button.first.click()
        # Looked for on the whole page: the start may lead to an identity broker's page, which has
        # no panel of its own.
        page = self.find.page
        whole = page.locator("body")
        underway = (
            self._qr_in(whole)
            .or_(whole.locator(APP_LINKS).filter(visible=True))
            .or_(self._button(CANCEL, _CANCELS, whole))
        )
        underway.or_(self.ended).or_(Feedback(page).messages).first.wait_for()
