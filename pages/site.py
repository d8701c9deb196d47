"""The target as a customer sees it: where its pages are and how a customer gets there (the
start page, the "Mina sidor" icon, the links under "Första gången du loggar in", the site's
help link), which of the help page's words it shows, and its own wording.

A page's address is known from the profile's `[pages]`, or learnt the first time a customer's
path leads there; every navigation checks that the page exists (404) and works (5xx)."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from . import help_words as words
from .deviations import LedNowhere, PageUnavailable
from .documents import Documents, unavailable
from .feedback import what_is_shown
from .finder import Finder, WordBook
from .help_words import Word
from .login_page import LoginPage
from .site_header import SiteHeader
from .texts import Texts

PAGES = ("start", "login", "register_email", "create_password", "help", "mina_sidor")
HELP_LINK = re.compile(
    f"hjälp|kundservice|kundtjänst|vanliga frågor|frågor och svar|{re.escape(words.HELP_TITLE)}", re.I
)


class UnknownPage(LookupError):
    pass


class Site:
    def __init__(
        self,
        base_url: str,
        pages: dict[str, str] | None = None,
        texts: Texts | None = None,
        documents: Documents | None = None,
        wait_seconds: float = 10,
    ):
        self.base_url = base_url.rstrip("/")
        self.urls = {"start": self.base_url + "/", **(pages or {})}
        self.texts = texts or Texts()
        self.words = WordBook()
        self.documents = documents or Documents()
        self.wait_seconds = wait_seconds  # how long a page may take to answer (the target's action timeout)
        self.covering_banner: str | None = None  # a cookie banner's text, seen covering the page, nobody to click it

    def finder(self, page: Page) -> Finder:
        return Finder(page, self.words, self.documents, self.wait_seconds * 1000)

    def goto(self, page: Page, url: str) -> None:
        """Open `url`; PageUnavailable when the target answers 404 or a server error, or shows a
        page that says it is not found."""
        response = page.goto(url)
        if response is not None and unavailable(response.status):
            raise PageUnavailable(url, response.status)
        self.documents.check(page)

    def remember(self, name: str, url: str) -> None:
        self.urls.setdefault(name, url.split("#", 1)[0])

    def open(self, page: Page, name: str) -> None:
        """Open one of PAGES, by its address when known, else as a customer gets there."""
        if name in self.urls:
            self.goto(page, self.urls[name])
            return
        find = self.finder(page)
        if name == "login":
            self.open(page, "start")
            control, word = SiteHeader(find).mina_sidor_icon, words.MINA_SIDOR
        elif name in ("register_email", "create_password"):
            self.open(page, "login")
            control = LoginPage(find).first_time_link(
                "Ny kund/Registrera E-post" if name == "register_email" else "Skapa lösenord"
            )
            word = words.LINK_REGISTER if name == "register_email" else words.LINK_CREATE_PASSWORD
        elif name == "help":
            self.open(page, "start")
            control, word = page.get_by_role("link", name=HELP_LINK), words.HELP_PAGE
        else:
            raise UnknownPage(f"Adressen till sidan {name!r} är okänd: ange den under [pages] i målprofilen.")
        self.follow(page, control, word)
        self.remember(name, page.url)

    def follow(self, page: Page, control: Locator, word: Word | None = None) -> None:
        """Click a link (or a button that navigates) and wait for the page it leads to: a new
        document or a new address (a single-page app's History API). With the help page's `word`
        for it, a control that is not there is reported as that word missing."""
        try:
            with page.expect_navigation(timeout=self.wait_seconds * 1000):
                if word is None:
                    control.click()
                else:
                    self.finder(page).click(control, word)
        except PlaywrightTimeoutError:
            self.documents.check(page)
            raise LedNowhere(word, page.url, self.wait_seconds, what_is_shown(page)) from None
        self.documents.check(page)
