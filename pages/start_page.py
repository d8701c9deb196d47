"""The utility's public start page, where the "Mina sidor" icon is."""

from playwright.sync_api import Page

from .site_header import SiteHeader


class StartPage:
    PATH = "/"

    def __init__(self, page: Page):
        self.page = page
        self.header = SiteHeader(page)

    def load(self) -> None:
        self.page.goto(self.PATH)
