"""Steps for logging out (H6): your name, then "Logga ut" under it, top right; Back after
logout, a copied session."""

from playwright.sync_api import BrowserContext, Page, expect
from pytest_bdd import given, then, when

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.steps.login_steps import name_top_right
from minasidor_spec.steps.session_state import expect_logged_out
from minasidor_spec.target.customers import KnownCustomer


def _open_name_menu(header: SiteHeader, customer: KnownCustomer) -> SiteHeader:
    """Help page: "klicka på ditt namn och sedan Logga ut": Logga ut is under the name, not beside it."""
    if header.log_out_control.first.is_visible():
        raise RuleBroken(
            "H6", f'"{words.LOG_OUT.name}" finns, men inte under ditt namn: den syns innan du klickat på namnet'
        )
    header.open_name_menu(customer.name)
    return header


@when("jag klickar på mitt namn uppe i högra hörnet")
def click_own_name(page: Page, site_header: SiteHeader, customer: KnownCustomer):
    """Where the help page says the name is: a name menu top left is not the one it describes."""
    name_top_right(page, site_header, customer)
    _open_name_menu(site_header, customer)


@when("jag loggar ut")
def log_out(site_header: SiteHeader, customer: KnownCustomer):
    header = _open_name_menu(site_header, customer)
    header.click_log_out()
    expect(header.name_control(customer.name).locator).to_have_count(0)


@when("jag går tillbaka i webbläsaren")
def go_back(site: Site):
    site.go_back()


@then("ser jag inte Mina sidor")
def account_not_shown(site: Site, site_header: SiteHeader, customer: KnownCustomer):
    expect_logged_out(site, site_header, customer)


@given("att någon annan har kopierat min inloggningskaka från webbläsaren", target_fixture="copied_cookies")
def copy_session(context: BrowserContext) -> list:
    return context.cookies()


@when("den personen öppnar Mina sidor med min inloggning", target_fixture="other_site")
def replay_copied_session(new_context, finder_for, site: Site, copied_cookies: list) -> Site:
    other = new_context()
    other.add_cookies(copied_cookies)
    other_site = Site(finder_for(other.new_page()), site.map)
    other_site.open("mina_sidor")
    return other_site


@then("kommer den personen till inloggningen och inte till Mina sidor")
def replay_refused(other_site: Site, customer: KnownCustomer):
    login = LoginPage(other_site.find)
    either = login.choices[words.CHOICE_KUNDNUMMER].locator.or_(login.choices[words.CHOICE_BANKID].locator)
    expect(either.first).to_be_visible()
    expect_logged_out(other_site, SiteHeader(other_site.find), customer)
