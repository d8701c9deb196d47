"""The header on every page: the Mina sidor icon, and when logged in, the name menu."""

from playwright.sync_api import Locator, Page


class SiteHeader:
    def __init__(self, page: Page):
        self.page = page
        self.banner = page.get_by_role("banner")
        self.mina_sidor_icon = self.banner.get_by_role("link", name="Mina sidor", exact=True)
        self.log_out_button = page.get_by_role("button", name="Logga ut", exact=True)

    def name_button(self, name: str) -> Locator:
        """The button with the customer's name, top right."""
        return self.banner.get_by_role("button", name=name, exact=True)

    def open_mina_sidor(self) -> None:
        self.mina_sidor_icon.click()

    def open_name_menu(self, name: str) -> None:
        self.name_button(name).click()

    def log_out(self, name: str) -> None:
        self.open_name_menu(name)
        self.log_out_button.click()
