"""The target as a customer sees it. `SiteMap` is what the run knows of it before the first
scenario and never changes after: where its pages are (the profile's `[pages]`, and the
addresses the pre-flight's walk led to) and which of the help page's words it lacks. `Site`
is one scenario's way around it: it opens a page by its address when known, else as a customer
gets there (the start page, the "Mina sidor" icon, the links under the first-time instruction,
the site's help link), and what it learns on the way stays in that scenario, so that no
scenario's path depends on which scenarios ran before it. Every navigation checks that the page
exists (404) and works (5xx)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from playwright.sync_api import Locator
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.deviations import LedNowhere, PageUnavailable
from minasidor_spec.pages.documents import Documents, unavailable
from minasidor_spec.pages.feedback import what_is_shown
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.help_words import Control, Word
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site_header import SiteHeader

PAGES = ("start", "login", "register_email", "create_password", "help", "mina_sidor")
HELP_LINK = re.compile(
    f"hjälp|kundservice|kundtjänst|vanliga frågor|frågor och svar|{re.escape(words.HELP_PAGE.name)}", re.I
)
# How a customer reaches a page from another: (from, the word on the way).
ROUTES: dict[str, tuple[str, Word]] = {
    "login": ("start", words.MINA_SIDOR),
    "register_email": ("login", words.LINK_REGISTER),
    "create_password": ("login", words.LINK_CREATE_PASSWORD),
    "help": ("start", words.HELP_PAGE),
}


class UnknownPage(LookupError):
    pass


@dataclass(frozen=True)
class SiteMap:
    base_url: str
    urls: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    missing_words: frozenset[Word] = frozenset()  # the help page's words the pre-flight did not find
    covering_banner: str | None = None  # a cookie banner's text, seen covering the page, nobody to click it

    @classmethod
    def of(cls, base_url: str, pages: Mapping[str, str] | None = None) -> SiteMap:
        base = base_url.rstrip("/")
        return cls(base, MappingProxyType({"start": base + "/", **(pages or {})}))

    def with_page(self, name: str, url: str) -> SiteMap:
        """The same map and one more address (a page already known keeps its first address)."""
        if name in self.urls:
            return self
        return replace(self, urls=MappingProxyType({**self.urls, name: url.split("#", 1)[0]}))


class Site:
    def __init__(self, find: Finder, site_map: SiteMap):
        self.find, self.page = find, find.page
        self.map = site_map  # replaced, never changed, as the scenario learns an address

    @property
    def documents(self) -> Documents:
        return self.find.documents

    def goto(self, url: str) -> None:
        """Open `url`; PageUnavailable when the target answers 404 or a server error, or shows a
        page that says it is not found."""
        response = self.page.goto(url)
        if response is not None and unavailable(response.status):
            raise PageUnavailable(url, response.status)
        self.documents.check(self.page)

    def go_back(self) -> None:
        """Back, as a customer presses it. A page the browser shows again from its back/forward
        cache fires no load event: wait for the navigation to commit (a single-page app's too),
        then for the document shown to be read."""
        self.page.go_back(wait_until="commit")
        # A locator's wait, not wait_for_function: that evaluates a string, which a page's Content
        # Security Policy without 'unsafe-eval' forbids (the reference portal's does).
        self.page.locator("body").wait_for(state="attached")
        self.documents.check(self.page)

    def learn(self, name: str, url: str | None = None) -> None:
        """Where page `name` is (this page's address unless given), for the rest of the scenario."""
        self.map = self.map.with_page(name, url or self.page.url)

    def open(self, name: str) -> None:
        """Open one of PAGES, by its address when known, else as a customer gets there."""
        if name in self.map.urls:
            self.goto(self.map.urls[name])
            return
        if name not in ROUTES:
            raise UnknownPage(f"Adressen till sidan {name!r} är okänd: ange den under [pages] i målprofilen.")
        start, word = ROUTES[name]
        self.open(start)
        self.follow(self.way_to(word))
        self.learn(name)

    def way_to(self, word: Word) -> Control:
        """The control a customer clicks for `word` on the page shown."""
        if word == words.MINA_SIDOR:
            return SiteHeader(self.find).mina_sidor_icon
        if word == words.HELP_PAGE:
            return Control(words.HELP_PAGE, self.page.get_by_role("link", name=HELP_LINK))
        return LoginPage(self.find).first_time_links[word]

    def follow(self, control: Control | Locator) -> None:
        """Click a link (or a button that navigates) and wait for the page it leads to: a new
        document or a new address (a single-page app's History API). A help-page word's control
        that is not there is reported as that word missing."""
        word = control.word if isinstance(control, Control) else None
        try:
            with self.page.expect_navigation(timeout=self.find.timeouts.action_ms):
                if word is None:
                    control.click()
                else:
                    self.find.click(control)
        except PlaywrightTimeoutError:
            self.documents.check(self.page)
            raise LedNowhere(word, self.page.url, self.find.timeouts.action, what_is_shown(self.page)) from None
        self.documents.check(self.page)
