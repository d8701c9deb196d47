"""Mina sidor after login (the overview)."""

from playwright.sync_api import Page


class AccountPage:
    PATH = "/mina-sidor"

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Välkommen till Mina sidor")

    def load(self) -> None:
        self.page.goto(self.PATH)
