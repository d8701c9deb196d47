"""The page the e-mailed link opens: choose the password, twice."""

from playwright.sync_api import Page

from .forms import field


class ChoosePasswordPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Välj lösenord")
        self.password = field(page, "Nytt lösenord")
        self.password_again = field(page, "Upprepa lösenordet")
        self.save_button = page.get_by_role("button", name="Spara lösenord", exact=True)
        self.new_link = page.get_by_role("link", name="Skapa lösenord", exact=True)

    def open(self, link: str) -> None:
        self.page.goto(link)

    def choose(self, password: str, repeated: str | None = None) -> None:
        self.password.fill(password)
        self.password_again.fill(password if repeated is None else repeated)
        self.save_button.click()
