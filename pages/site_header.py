"""The header on every page: the "Mina sidor" icon, and when logged in, the customer's name
that opens a menu with "Logga ut" (help page: "klicka på ditt namn och sedan Logga ut uppe
i högra hörnet"). The name may be a button, a link or a disclosure's <summary>; "Logga ut" a
button, a link or an item of a menu (role=menu)."""

from __future__ import annotations

import re

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.help_words import Control


class SiteHeader:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        # The page's header; on a page without one, the page (its name is then sought anywhere).
        self.banner = page.locator("header, [role=banner], body:not(:has(header, [role=banner]))").first
        # "Mina sidor", also where its name says more ("Logga in på Mina sidor").
        self.mina_sidor_icon = Control(words.MINA_SIDOR, self.banner.get_by_role("link", name=words.MINA_SIDOR.within))
        self.log_out_control = Control(words.LOG_OUT, words.LOG_OUT.locate(page))

    def name_control(self, name: str) -> Control:
        """What shows the customer's name in the header and opens the menu under it."""
        named = re.compile(re.escape(name))
        return Control(
            words.NAME_IN_HEADER,
            self.banner.get_by_role("button", name=named)
            .or_(self.banner.get_by_role("link", name=named))
            .or_(self.banner.get_by_role("button").filter(has_text=name))  # a name inside a labelled button
            .or_(self.banner.locator("summary").filter(has_text=name)),
        )

    def open_mina_sidor(self) -> None:
        self.find.click(self.mina_sidor_icon)

    def open_name_menu(self, name: str) -> None:
        self.find.click(self.name_control(name))

    def click_log_out(self) -> None:
        self.find.click(self.log_out_control)
