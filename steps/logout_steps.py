"""Steps for logging out (H6): your name, then "Logga ut" under it, top right; Back after
logout, a copied session."""

from playwright.sync_api import BrowserContext, Page, expect
from pytest_bdd import given, then, when

from minasidor_spec.customers import KnownCustomer
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader

from .session_state import expect_logged_out


def _open_name_menu(page: Page, site: Site, customer: KnownCustomer) -> SiteHeader:
    """Help page: "klicka på ditt namn och sedan Logga ut": Logga ut is under the name, not beside it."""
    header = SiteHeader(site.finder(page))
    if header.log_out_control.first.is_visible():
        raise RuleBroken("H6", '"Logga ut" finns, men inte under ditt namn: den syns innan du klickat på namnet')
    header.open_name_menu(customer.name)
    return header


@when("jag klickar på mitt namn uppe i högra hörnet")
def click_own_name(page: Page, site: Site, customer: KnownCustomer):
    _open_name_menu(page, site, customer)


@when("jag loggar ut")
def log_out(page: Page, site: Site, customer: KnownCustomer):
    header = _open_name_menu(page, site, customer)
    header.click_log_out()
    expect(header.name_control(customer.name)).to_have_count(0)


@when("jag går tillbaka i webbläsaren")
def go_back(page: Page):
    page.go_back()


@then("ser jag inte Mina sidor")
def account_not_shown(page: Page, site: Site, customer: KnownCustomer):
    expect_logged_out(page, site, customer)


@given("att någon har kopierat min inloggade session", target_fixture="copied_cookies")
def copy_session(context: BrowserContext) -> list:
    return context.cookies()


@when("den som kopierade sessionen öppnar Mina sidor", target_fixture="other_page")
def replay_copied_session(new_context, site: Site, copied_cookies: list) -> Page:
    other = new_context()
    other.add_cookies(copied_cookies)
    other_page = other.new_page()
    site.open(other_page, "mina_sidor")
    return other_page


@then("kommer den personen till inloggningen och inte till Mina sidor")
def replay_refused(other_page: Page, site: Site, customer: KnownCustomer):
    login = LoginPage(site.finder(other_page))
    expect(login.choice("Kundnummer").or_(login.choice("Mobilt BankID")).first).to_be_visible()
    expect_logged_out(other_page, site, customer)
