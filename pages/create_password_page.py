""""Skapa lösenord": ask for a link to choose a password."""

from playwright.sync_api import Page

from .forms import field


class CreatePasswordPage:
    PATH = "/skapa-losenord"

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Skapa lösenord", level=1)
        self.kundnummer = field(page, "Kundnummer")
        self.create_button = page.get_by_role("button", name="Skapa lösenord", exact=True)

    def load(self) -> None:
        self.page.goto(self.PATH)

    def ask_for_link(self, kundnummer: str) -> None:
        self.kundnummer.fill(kundnummer)
        self.create_button.click()
