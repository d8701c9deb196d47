"""The login page of new Mina sidor: tabs "Mobilt BankID" and "Kundnummer"."""

from urllib.parse import urlparse

from playwright.sync_api import Locator, Page

from .forms import field


class LoginPage:
    PATH = "/logga-in"

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Logga in på nya Mina sidor")
        self.kundnummer = self.field("Kundnummer")
        self.password = self.field("Lösenord")
        self.log_in_button = page.get_by_role("button", name="Logga in", exact=True)
        self.first_time = page.get_by_role("complementary", name="Första gången du loggar in")
        self.login_box = page.get_by_role("region", name="Inloggning")
        self.errors = page.get_by_role("alert")

    def tab(self, name: str) -> Locator:
        return self.page.get_by_role("tab", name=name, exact=True)

    def field(self, label: str) -> Locator:
        return field(self.page, label)

    def first_time_link(self, name: str) -> Locator:
        """"Ny kund/Registrera E-post" or "Skapa lösenord" under "Första gången du loggar in"."""
        return self.first_time.get_by_role("link", name=name, exact=True)

    def load(self) -> None:
        self.page.goto(self.PATH)

    def ensure_open(self) -> None:
        """Stay on the login page if already there (keeping ?next=), else open it."""
        if urlparse(self.page.url).path != self.PATH:
            self.load()

    def choose_tab(self, name: str) -> None:
        self.tab(name).click()

    def fill_in(self, username: str, password: str) -> None:
        self.kundnummer.fill(username)
        self.password.fill(password)

    def log_in(self, username: str, password: str) -> None:
        """From anywhere on the login page: tab Kundnummer, fill in, click Logga in."""
        self.choose_tab("Kundnummer")
        self.fill_in(username, password)
        self.log_in_button.click()
