"""Before the scenarios: walk the target once as a customer and look for every word the help
page names. Scenarios that need a missing word then fail at once, with the explanation, in
place of waiting for it; the table of found and missing words goes to the console and the
report. The walk also learns where the pages are (the addresses the links lead to)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.consent_banner import ConsentBanner, covering_banner
from minasidor_spec.pages.deviations import HelpWordMissing, LedNowhere, NoAnswerSeen, PageUnavailable
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.help_words import Control, Word
from minasidor_spec.pages.portal_pages import PortalPages
from minasidor_spec.pages.site import Site, SiteMap

if TYPE_CHECKING:
    from minasidor_spec.common.settings import Timeouts
    from minasidor_spec.pages.documents import Documents
    from minasidor_spec.target.customers import KnownCustomer


class Walk:
    def __init__(self, site_map: SiteMap, page: Page, documents: Documents, timeouts: Timeouts):
        self.page = page
        self.find = Finder(page, documents, timeouts=timeouts)
        self.site = Site(self.find, site_map)
        self.pages = PortalPages(self.find)
        self.found: dict[Word, bool] = {}  # what the walk looked for, and whether it was there
        self.problems: list[str] = []  # pages the target could not show
        self.consent: str | None = None  # what the walk saw of a cookie banner, when the profile names one
        self.covering_banner: str | None = None

    def record(self, word: Word, found: bool) -> None:
        self.found[word] = self.found.get(word, False) or found

    def look(self, control: Control) -> bool:
        try:
            control.first.wait_for(state="visible", timeout=self.find.timeouts.look_ms)
            found = True
        except PlaywrightError:
            found = False
        self.record(control.word, found)
        return found

    def step(self, action: Callable[[], None]) -> bool:
        """Run one leg of the walk; a missing page or word ends only that leg."""
        try:
            action()
            return True
        except (PageUnavailable, LedNowhere, NoAnswerSeen) as error:
            self.problems.append(str(error))
        except HelpWordMissing as error:
            self.record(error.word, False)
        except PlaywrightError as error:
            self.problems.append(f"Målmiljön svarade inte som väntat: {str(error).splitlines()[0]}")
        return False

    def login_page(self) -> None:
        self.site.open("start")
        header = self.pages.header
        if self.look(header.mina_sidor_icon) and "login" not in self.site.map.urls:
            self.site.follow(header.mina_sidor_icon)
            self.site.learn("login")
        else:
            self.site.open("login")
        login = self.pages.login
        self.look(login.choices[words.CHOICE_BANKID])
        if self.look(login.choices[words.CHOICE_KUNDNUMMER]):
            login.show_kundnummer_form()
        for control in (login.kundnummer, login.password, login.log_in_button, login.first_time):
            self.look(control)
        for word, page_name in (
            (words.LINK_REGISTER, "register_email"),
            (words.LINK_CREATE_PASSWORD, "create_password"),
        ):
            link = login.first_time_links[word]
            if self.look(link):
                self.site.learn(page_name, link.first.evaluate("a => a.href"))

    def first_time_pages(self) -> None:
        if "register_email" in self.site.map.urls:
            self.site.open("register_email")
            register = self.pages.register_email
            for control in (
                register.kundnummer,
                register.personnummer,
                register.email_fields,
                register.register_button,
            ):
                self.look(control)
        if "create_password" in self.site.map.urls:
            self.site.open("create_password")
            create = self.pages.create_password
            self.look(create.kundnummer)
            self.look(create.create_button)

    def cookie_banner(self, button: str | None) -> None:
        """On the start page: click the banner away as the profile says (and whenever it shows
        again), or name a banner that covers the page when the profile says nothing of one."""
        self.site.open("start")
        if button is None:
            shown = self.covering_banner = covering_banner(self.page)
            if shown:
                self.problems.append(
                    f"En cookie-ruta täcker sidan (”{shown}”): ange knappen en kund klickar på "
                    'under [consent] i målprofilen, till exempel button = "Godkänn alla cookies".'
                )
            return
        banner = ConsentBanner(self.page, button)
        seen = banner.accept_if_shown(self.find.timeouts.look_ms)
        banner.accept_when_shown()
        self.consent = (
            f"en cookie-ruta visades; sviten klickade på ”{button}” (i varje scenario när den visas, "
            "utan att det räknas som ett steg)"
            if seen
            else f"ingen cookie-ruta visades på startsidan (knappen ”{button}” i [consent] behövdes inte)"
        )

    def help_page(self) -> None:
        self.site.open("help")
        self.record(words.HELP_PAGE, True)
        help_page = self.pages.help
        help_page.open_submenu()
        self.look(help_page.other_sections)

    def logged_in(self, customer: KnownCustomer) -> None:
        """Log in once: the name in the header, "Logga ut" under it; learn where Mina sidor is."""
        self.site.open("login")
        self.pages.login.log_in(customer.kundnummer, customer.password)
        header = self.pages.header
        name = header.name_control(customer.name)
        if not self.look(name):
            return
        self.site.learn("mina_sidor")
        if not header.log_out_control.first.is_visible():
            name.first.click()
        if self.look(header.log_out_control):
            header.log_out_control.first.click()
            name.first.wait_for(state="hidden")

    def site_map(self) -> SiteMap:
        """What the walk learnt: the addresses it was led to and the words it missed."""
        missing = frozenset(word for word, found in self.found.items() if not found)
        return replace(self.site.map, missing_words=missing, covering_banner=self.covering_banner)


def walk(
    site_map: SiteMap,
    page: Page,
    documents: Documents,
    timeouts: Timeouts,
    customer: KnownCustomer | None,
    consent_button: str | None = None,
) -> Walk:
    """Walk the target as a customer, recording what it shows."""
    tour = Walk(site_map, page, documents, timeouts)
    tour.step(lambda: tour.cookie_banner(consent_button))
    if tour.step(tour.login_page):
        tour.step(tour.first_time_pages)
    tour.step(tour.help_page)
    if customer is not None and customer.password:
        tour.step(lambda: tour.logged_in(customer))
    return tour


def table(found: dict[Word, bool]) -> list[tuple[str, str, str]]:
    """(word, rules, "hittat" | "saknas" | "inte kontrollerat") in the order a customer meets them."""
    rows = []
    for word in words.WORDS:
        seen = found.get(word)
        state = "hittat" if seen else "saknas" if seen is False else "inte kontrollerat"
        rows.append((word.description, ", ".join(word.rules), state))
    return rows
