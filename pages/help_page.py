"""The help page "Så här loggar du in på nya Mina sidor" and its submenu of help sections."""

from __future__ import annotations

from playwright.sync_api import Locator

from .finder import Finder
from .help_words import HELP_TITLE


class HelpPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        self.submenu = page.get_by_role("navigation").filter(has=page.get_by_role("link", name=HELP_TITLE, exact=True))
        self.submenu_links = self.submenu.get_by_role("link")

    def heading(self, title: str) -> Locator:
        return self.find.page.get_by_role("heading", level=1, name=title, exact=True)

    def submenu_link(self, title: str) -> Locator:
        return self.submenu.get_by_role("link", name=title, exact=True)
