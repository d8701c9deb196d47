"""The "Mobilt BankID" tab on the login page."""

from playwright.sync_api import Page


class BankIDLoginPanel:
    def __init__(self, page: Page):
        self.page = page
        self.panel = page.get_by_role("tabpanel", name="Mobilt BankID")
        self.start_button = self.panel.get_by_role("button", name="Logga in med Mobilt BankID")
        self.retry_button = self.panel.get_by_role("button", name="Försök igen")
        self.qr_code = self.panel.get_by_role("img", name="QR-kod för Mobilt BankID")
        self.instruction = self.panel.get_by_role("status")
        self.error = self.panel.get_by_role("alert")
        self.open_on_this_device = self.panel.get_by_role("link", name="Öppna BankID på den här enheten")
        self.cancel_button = self.panel.get_by_role("button", name="Avbryt", exact=True)

    def start(self) -> None:
        """Start, and return once the order is under way (or BankID's error is shown)."""
        self.start_button.click()
        self.cancel_button.or_(self.error).wait_for()
