"""Steps shared by all features: navigation, messages on screen, the clock."""

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from pages.forms import field
from pages.login_page import LoginPage
from pages.start_page import StartPage

from .text import contains, quoted


@given("att jag är på startsidan")
def on_start_page(page: Page):
    StartPage(page).load()


@when("jag klickar på Mina sidor-ikonen")
def click_mina_sidor_icon(page: Page):
    StartPage(page).header.open_mina_sidor()


@when("jag öppnar nya Mina sidor")
def open_new_mina_sidor(page: Page):
    LoginPage(page).load()


@when(parsers.re(f"jag väljer fliken {quoted('tab')}"))
def choose_tab(page: Page, tab: str):
    LoginPage(page).choose_tab(tab)


@when(parsers.re(f"jag klickar på {quoted('name')}"))
def click_button(page: Page, name: str):
    page.get_by_role("button", name=name, exact=True).click()


@when(parsers.re(f"jag klickar på länken {quoted('name')}"))
def click_link(page: Page, name: str):
    page.get_by_role("link", name=name, exact=True).first.click()


@when(parsers.re(f"jag klickar på knappen {quoted('name')}"))
def click_named_button(page: Page, name: str):
    # The help page writes some button names in lower case; role names match case-insensitively.
    page.get_by_role("button", name=name).click()


@when(parsers.parse("det har gått {minutes:d} minuter"))
@when(parsers.parse("det har gått {minutes:d} minuter utan att jag gjort något"))
def time_passes(stack_control, minutes: int):
    stack_control.advance_clock(minutes * 60)


@then(parsers.re(f"ser jag meddelandet {quoted('text')}"))
@then(parsers.re(f"jag ser meddelandet {quoted('text')}"))
def message_shown(page: Page, text: str):
    expect(page.get_by_text(contains(text)).first).to_be_visible()


@then(parsers.re(f"ser jag inte meddelandet {quoted('text')}"))
def message_not_shown(page: Page, text: str):
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text(contains(text))).to_have_count(0)


@then(parsers.re(f"ser jag felet {quoted('text')}"))
def error_shown(page: Page, text: str):
    expect(page.get_by_role("alert").filter(has_text=contains(text))).to_be_visible()


@then(parsers.re(f"visas felet {quoted('text')} vid fältet {quoted('label')}"))
def field_error_shown(page: Page, text: str, label: str):
    expect(field(page, label)).to_have_accessible_error_message(contains(text))
