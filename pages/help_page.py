"""Help pages, with their submenu of help sections."""

from playwright.sync_api import Locator, Page


class HelpPage:
    PATH = "/hjalp"

    def __init__(self, page: Page):
        self.page = page
        self.submenu = page.get_by_role("navigation", name="Hjälpavsnitt")
        self.submenu_links = self.submenu.get_by_role("link")

    def heading(self, title: str) -> Locator:
        return self.page.get_by_role("heading", level=1, name=title, exact=True)

    def submenu_link(self, title: str) -> Locator:
        return self.submenu.get_by_role("link", name=title, exact=True)

    def load(self) -> None:
        self.page.goto(self.PATH)

    def choose_section(self, title: str) -> None:
        self.submenu_link(title).click()
