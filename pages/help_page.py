"""The help page "Så här loggar du in på nya Mina sidor" and its submenu of help sections.

The help page says only "I undermenyn hittar du fler hjälpavsnitt". A portal may write that
submenu as a navigation list that includes this section (marked as current), as a navigation
landmark or an aside named by its own heading ("Fler hjälpavsnitt") beside the article, or as a
collapsed accordion that a "Fler hjälpavsnitt" button or a <details> summary opens, or a plain box
of links under a heading such as "Fler hjälpavsnitt". The site's own
header and footer navigation is not the submenu."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.help_words import Control
from minasidor_spec.pages.settling import appears

# Areas that can hold a submenu, outside the site's header and footer.
_AREAS = (
    ":is(nav, [role=navigation], aside, [role=complementary], details)"
    ":not(:is(header, footer, [role=banner], [role=contentinfo]) *)"
)
# How a portal names its submenu or the control that opens it.
SUBMENU_NAMES = re.compile(r"hjälp|avsnitt|undermeny|fler|mer om", re.I)
# A heading that says what follows it is the submenu (a plain box of links under it, no landmark).
SUBMENU_HEADINGS = re.compile(r"hjälpavsnitt|mer hjälp|fler frågor|andra frågor", re.I)
# The nearest box around such a heading that holds links, short of the whole page.
_BOX_AROUND = "xpath=ancestor::*[.//a[@href]][1][not(self::body or self::main or self::html)]"


class HelpPage:
    def __init__(self, find: Finder):
        self.find = find
        page = find.page
        own = page.get_by_role("link", name=words.HELP_PAGE.name, exact=True)
        areas = page.locator(_AREAS)
        named = page.get_by_role("navigation", name=SUBMENU_NAMES).or_(
            page.get_by_role("complementary", name=SUBMENU_NAMES)
        )
        self._areas = (
            areas.filter(has=own)
            .or_(areas.and_(named))
            .or_(page.locator("details").filter(has=page.locator("summary", has_text=SUBMENU_NAMES)))
            .or_(page.get_by_role("heading", name=SUBMENU_HEADINGS).locator(_BOX_AROUND))
        )
        self._opened: Locator | None = None  # what a disclosure button opened (its aria-controls)
        # A button that opens and closes the submenu (a disclosure), or a closed <details>' summary.
        self.disclosure = page.get_by_role("button", name=SUBMENU_NAMES).and_(page.locator("[aria-expanded]"))
        self.opener = page.get_by_role("button", name=SUBMENU_NAMES, expanded=False).or_(
            page.locator("details:not([open]) > summary").filter(has_text=SUBMENU_NAMES)
        )

    @property
    def submenu(self) -> Locator:
        return self._areas if self._opened is None else self._areas.or_(self._opened)

    @property
    def submenu_links(self) -> Control:
        return Control(words.HELP_SUBMENU, self.submenu.get_by_role("link"))

    @property
    def other_sections(self) -> Control:
        """More sections than this one (H2: "i undermenyn ... hittar du fler hjälpavsnitt")."""
        return Control(words.HELP_SUBMENU, self.submenu_links.locator.filter(has_not_text=words.HELP_PAGE.name))

    def open_submenu(self) -> None:
        """Once the page shows the submenu or what opens it: open it if it is collapsed, as a
        customer would to see the sections."""
        shown = self.other_sections.locator.filter(visible=True).first
        opener = self.opener.filter(visible=True).first
        disclosure = self.disclosure.filter(visible=True).first
        # None at all once the page has settled: requiring the links says so.
        appears(shown.or_(opener).or_(disclosure).first, self.find.page, self.find.timeouts)
        if disclosure.is_visible():
            controlled = disclosure.get_attribute("aria-controls")
            page = self.find.page
            self._opened = (
                page.locator(f"[id='{controlled.split()[0]}']") if controlled else disclosure.locator("xpath=..")
            )
        if not self.other_sections.locator.filter(visible=True).first.is_visible() and opener.is_visible():
            opener.click()

    def heading(self, title: str) -> Locator:
        """The section's title as a heading of any level (a portal may head the page otherwise)."""
        return self.find.page.get_by_role("heading", name=title, exact=True)

    def submenu_link(self, title: str) -> Control:
        return Control(words.HELP_SUBMENU, self.submenu.get_by_role("link", name=title, exact=True))
