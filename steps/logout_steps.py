"""Steps for logging out (H6): the name menu, Back after logout, a copied session."""

from playwright.sync_api import BrowserContext, Page, expect
from pytest_bdd import given, then, when

from minasidor_spec.customers import KnownCustomer
from pages.account_page import AccountPage
from pages.login_page import LoginPage
from pages.site_header import SiteHeader


@when("jag klickar på mitt namn uppe i högra hörnet")
def click_own_name(page: Page, customer: KnownCustomer):
    SiteHeader(page).open_name_menu(customer.name)


@when("jag loggar ut")
def log_out(page: Page, customer: KnownCustomer):
    SiteHeader(page).log_out(customer.name)
    LoginPage(page).heading.wait_for()


@when("jag går tillbaka i webbläsaren")
def go_back(page: Page):
    page.go_back()


@then("ser jag inte Mina sidor")
def account_not_shown(page: Page):
    expect(LoginPage(page).heading).to_be_visible()
    expect(AccountPage(page).heading).to_have_count(0)


@given("att någon har kopierat min inloggade session", target_fixture="copied_cookies")
def copy_session(context: BrowserContext) -> list:
    return context.cookies()


@when("den som kopierade sessionen öppnar Mina sidor", target_fixture="other_page")
def replay_copied_session(new_context, copied_cookies: list) -> Page:
    other = new_context()
    other.add_cookies(copied_cookies)
    other_page = other.new_page()
    AccountPage(other_page).load()
    return other_page


@then("kommer den personen till inloggningen och inte till Mina sidor")
def replay_refused(other_page: Page):
    expect(LoginPage(other_page).heading).to_be_visible()
    expect(AccountPage(other_page).heading).to_have_count(0)
