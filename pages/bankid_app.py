"""The simulated BankID app (a page of the fake BankID): what the phone shows."""

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page

# The simulated app takes any security code; this is the one the suite types.
TEST_SECURITY_CODE = "123456"
CAMERA = "/app"  # where our fake BankID's simulated app starts (not a page of any portal)


class BankIDApp:
    patience_ms = None  # the page shows the outcome within the target's own timeout (a person: longer)

    def __init__(self, page: Page, base_url: str = ""):
        self.page = page
        self.base_url = base_url
        self.qr_field = page.get_by_label("QR-kodens innehåll")
        self.read_button = page.get_by_role("button", name="Läs QR-kod")
        self.continue_button = page.get_by_role("button", name="Fortsätt")
        self.security_code = page.get_by_label("Säkerhetskod")
        self.identify_button = page.get_by_role("button", name="Identifiera")
        self.cancel_button = page.get_by_role("button", name="Avbryt")
        self.stale_code = page.get_by_role("alert").filter(has_text="QR-koden är för gammal")

    def request(self, wording: re.Pattern | None) -> Locator:
        """The heading with what the service asks ("Logga in på Mina sidor"); with the service's
        wording unknown, the screen that shows an order (choose your BankID, or the code)."""
        if wording is None:
            return self.page.get_by_role("group", name="Välj BankID").or_(self.security_code)
        return self.page.get_by_role("heading", name=wording)

    def open_camera(self) -> None:
        self.page.goto(f"{self.base_url}{CAMERA}")

    def read(self, qr_text: str) -> None:
        self.qr_field.fill(qr_text)
        with self.page.expect_navigation():
            self.read_button.click()

    def scan(self, camera: Callable[[], str], attempts: int = 3) -> None:
        """Read the code the camera sees until the app takes it: a code that went stale
        while it was read is read again, as a phone's camera keeps reading."""
        for _ in range(attempts):
            self.read(camera())
            if not self.stale_code.is_visible():
                return

    def choose_id(self, name: str) -> None:
        """Pick the BankID and return once the app asks for the security code."""
        self.page.get_by_label(name).check()
        with self.page.expect_navigation():
            self.continue_button.click()

    def asks_for_code(self) -> None:
        """Return once the app asks for the security code."""
        self.security_code.wait_for()

    def cancel(self) -> None:
        self.cancel_button.click()

    def identify(self, code: str) -> None:
        """Type the code, Identifiera, and return once the app has answered (its own screen,
        or the page it returns to): the order is then complete at BankID."""
        self.security_code.fill(code)
        with self.page.expect_navigation():
            self.identify_button.click()
