"""Before the scenarios: walk the target once as a customer and look for every word the help
page names. Scenarios that need a missing word then fail at once, with the explanation, in
place of waiting for it; the table of found and missing words goes to the console and the
report. The walk also learns where the pages are (the addresses the links lead to)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.consent_banner import ConsentBanner, covering_banner
from minasidor_spec.pages.create_password_page import CreatePasswordPage
from minasidor_spec.pages.deviations import HelpWordMissing, LedNowhere, NoAnswerSeen, PageUnavailable
from minasidor_spec.pages.help_page import HelpPage
from minasidor_spec.pages.help_words import Word
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.register_email_page import RegisterEmailPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader

from .customers import KnownCustomer

LOOK_MS = 1_000  # a page that is loaded shows its words at once (a single-page app's soon after); slack

# The words in the order the walk meets them, for the table.
ORDER = (
    words.MINA_SIDOR,
    words.CHOICE_BANKID,
    words.CHOICE_KUNDNUMMER,
    words.LOGIN_KUNDNUMMER,
    words.LOGIN_PASSWORD,
    words.LOGIN_BUTTON,
    words.FIRST_TIME,
    words.LINK_REGISTER,
    words.LINK_CREATE_PASSWORD,
    words.REGISTER_KUNDNUMMER,
    words.REGISTER_PERSONNUMMER,
    words.REGISTER_EMAIL,
    words.REGISTER_BUTTON,
    words.CREATE_KUNDNUMMER,
    words.CREATE_BUTTON,
    words.NAME_IN_HEADER,
    words.LOG_OUT,
    words.HELP_PAGE,
    words.HELP_SUBMENU,
)


class Walk:
    def __init__(self, site: Site, page: Page):
        self.site, self.page = site, page
        self.find = site.finder(page)
        self.problems: list[str] = []  # pages the target could not show
        self.consent: str | None = None  # what the walk saw of a cookie banner, when the profile names one

    def look(self, word: Word, locator: Locator) -> bool:
        try:
            locator.first.wait_for(state="visible", timeout=LOOK_MS)
            found = True
        except PlaywrightError:
            found = False
        self.site.words.record(word, found)
        return found

    def step(self, action: Callable[[], None]) -> bool:
        """Run one leg of the walk; a missing page or word ends only that leg."""
        try:
            action()
            return True
        except (PageUnavailable, LedNowhere, NoAnswerSeen) as error:
            self.problems.append(str(error))
        except HelpWordMissing as error:
            self.site.words.record(error.word, False)
        except PlaywrightError as error:
            self.problems.append(f"Målmiljön svarade inte som väntat: {str(error).splitlines()[0]}")
        return False

    def login_page(self) -> None:
        self.site.open(self.page, "start")
        header = SiteHeader(self.find)
        if self.look(words.MINA_SIDOR, header.mina_sidor_icon) and "login" not in self.site.urls:
            self.site.follow(self.page, header.mina_sidor_icon)
            self.site.remember("login", self.page.url)
        else:
            self.site.open(self.page, "login")
        login = LoginPage(self.find)
        self.look(words.CHOICE_BANKID, login.choice("Mobilt BankID"))
        if self.look(words.CHOICE_KUNDNUMMER, login.choice("Kundnummer")):
            login.show_kundnummer_form()
        self.look(words.LOGIN_KUNDNUMMER, login.kundnummer)
        self.look(words.LOGIN_PASSWORD, login.password)
        self.look(words.LOGIN_BUTTON, login.log_in_button)
        self.look(words.FIRST_TIME, login.first_time)
        for name, word, page_name in (
            ("Ny kund/Registrera E-post", words.LINK_REGISTER, "register_email"),
            ("Skapa lösenord", words.LINK_CREATE_PASSWORD, "create_password"),
        ):
            link = login.first_time_link(name)
            if self.look(word, link):
                self.site.remember(page_name, link.first.evaluate("a => a.href"))

    def first_time_pages(self) -> None:
        if "register_email" in self.site.urls:
            self.site.open(self.page, "register_email")
            register = RegisterEmailPage(self.find)
            self.look(words.REGISTER_KUNDNUMMER, register.kundnummer)
            self.look(words.REGISTER_PERSONNUMMER, register.personnummer)
            self.look(words.REGISTER_EMAIL, register.email_fields)
            self.look(words.REGISTER_BUTTON, register.register_button)
        if "create_password" in self.site.urls:
            self.site.open(self.page, "create_password")
            create = CreatePasswordPage(self.find)
            self.look(words.CREATE_KUNDNUMMER, create.kundnummer)
            self.look(words.CREATE_BUTTON, create.create_button)

    def cookie_banner(self, button: str | None) -> None:
        """On the start page: click the banner away as the profile says (and whenever it shows
        again), or name a banner that covers the page when the profile says nothing of one."""
        self.site.open(self.page, "start")
        if button is None:
            shown = self.site.covering_banner = covering_banner(self.page)
            if shown:
                self.problems.append(
                    f"En cookie-ruta täcker sidan (”{shown}”): ange knappen en kund klickar på "
                    'under [consent] i målprofilen, till exempel button = "Godkänn alla cookies".'
                )
            return
        banner = ConsentBanner(self.page, button)
        seen = banner.accept_if_shown(LOOK_MS)
        banner.accept_when_shown()
        self.consent = (
            f"en cookie-ruta visades; sviten klickade på ”{button}” (i varje scenario när den visas, "
            "utan att det räknas som ett steg)"
            if seen
            else f"ingen cookie-ruta visades på startsidan (knappen ”{button}” i [consent] behövdes inte)"
        )

    def help_page(self) -> None:
        self.site.open(self.page, "help")
        self.site.words.record(words.HELP_PAGE, True)
        self.look(words.HELP_SUBMENU, HelpPage(self.find).submenu_links.nth(1))

    def logged_in(self, customer: KnownCustomer) -> None:
        """Log in once: the name in the header, "Logga ut" under it; learn where Mina sidor is."""
        self.site.open(self.page, "login")
        LoginPage(self.find).log_in(customer.kundnummer, customer.password)
        header = SiteHeader(self.find)
        name = header.name_control(customer.name)
        if not self.look(words.NAME_IN_HEADER, name):
            return
        self.site.remember("mina_sidor", self.page.url)
        if not header.log_out_control.first.is_visible():
            name.first.click()
        if self.look(words.LOG_OUT, header.log_out_control):
            header.log_out_control.first.click()
            name.first.wait_for(state="hidden")


def walk(site: Site, page: Page, customer: KnownCustomer | None, consent_button: str | None = None) -> Walk:
    """Walk the target as a customer, recording in site.words what it shows."""
    tour = Walk(site, page)
    tour.step(lambda: tour.cookie_banner(consent_button))
    if tour.step(tour.login_page):
        tour.step(tour.first_time_pages)
    tour.step(tour.help_page)
    if customer is not None and customer.password:
        tour.step(lambda: tour.logged_in(customer))
    return tour


def table(site: Site) -> list[tuple[str, str, str]]:
    """(word, rules, "hittat" | "saknas" | "inte kontrollerat") in the order of the walk."""
    rows = []
    for word in ORDER:
        found = site.words.found.get(word)
        state = "hittat" if found else "saknas" if found is False else "inte kontrollerat"
        rows.append((word.description, ", ".join(word.rules), state))
    return rows
