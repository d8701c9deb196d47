""""Ny kund/Registrera E-post": kundnummer, personnummer and the address to register."""

from playwright.sync_api import Page

from .forms import field


class RegisterEmailPage:
    PATH = "/registrera-e-post"

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Ny kund/Registrera E-post")
        self.kundnummer = field(page, "Kundnummer")
        self.personnummer = field(page, "Personnummer")
        self.email = field(page, "E-postadress")
        self.email_again = field(page, "Upprepa e-postadressen")
        # The help page writes the button in lower case; names match case-insensitively.
        self.register_button = page.get_by_role("button", name="registrera e-postadress")

    def load(self) -> None:
        self.page.goto(self.PATH)

    def fill_in(self, kundnummer: str, personnummer: str, email: str) -> None:
        self.kundnummer.fill(kundnummer)
        self.personnummer.fill(personnummer)
        self.email.fill(email)
        self.email_again.fill(email)

    def register(self, kundnummer: str, personnummer: str, email: str) -> None:
        self.fill_in(kundnummer, personnummer, email)
        self.register_button.click()
