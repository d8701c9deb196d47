"""The help page "Så här loggar du in på nya Mina sidor" and its submenu of help sections."""

from __future__ import annotations

from playwright.sync_api import Locator

from . import help_words as words
from .finder import Finder
from .help_words import Control


class HelpPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        own = page.get_by_role("link", name=words.HELP_PAGE.name, exact=True)
        self.submenu = page.get_by_role("navigation").filter(has=own)
        self.submenu_links = Control(words.HELP_SUBMENU, self.submenu.get_by_role("link"))
        self.own_section = self.submenu.get_by_role("link", name=words.HELP_PAGE.name, exact=True)
        # More sections than this one (H2: "i undermenyn ... hittar du fler hjälpavsnitt").
        self.more_sections = Control(words.HELP_SUBMENU, self.submenu_links.locator.nth(1))

    def heading(self, title: str) -> Locator:
        return self.find.page.get_by_role("heading", level=1, name=title, exact=True)

    def submenu_link(self, title: str) -> Control:
        return Control(words.HELP_SUBMENU, self.submenu.get_by_role("link", name=title, exact=True))
