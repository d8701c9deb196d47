"""Keyboard only (@tangentbord): log in with Tab, typing and Enter; the name menu with Enter or
Space, and Escape; the login choice's tabs with the arrow keys; focus always visible. These
scenarios prove no help-page rule: the report shows them in a section of their own."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect
from pytest_bdd import given, parsers, then, when

from minasidor_spec.pages.keyboard import MAX_TABS, Keyboard
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.steps.text import quoted
from minasidor_spec.target.customers import KnownCustomer

KEYS = {
    "Enter": "Enter",
    "mellanslag": " ",
    "Escape": "Escape",
    "Tab": "Tab",
    "högerpil": "ArrowRight",
    "vänsterpil": "ArrowLeft",
}


@pytest.fixture
def keyboard(page: Page) -> Keyboard:
    return Keyboard(page)


def _control(login: LoginPage, header: SiteHeader, name: str) -> Locator:
    """What the scenario names: a field or button of the login form (by the help page's word for
    it; the password field by its label), or "Logga ut"."""
    named = (login.kundnummer, login.log_in_button, header.log_out_control)
    return {"Lösenord": login.password, **{control.word.name: control for control in named}}[name].locator


def _tabs(page: Page) -> Locator:
    return page.get_by_role("tab")


@given("att jag är på inloggningssidan")
def on_login_page(site: Site):
    site.open("login")


@when(parsers.re(f"jag går fram till {quoted('name')} med Tab-tangenten"))
def tab_to(login_page: LoginPage, site_header: SiteHeader, keyboard: Keyboard, name: str):
    if not keyboard.tab_to(_control(login_page, site_header, name)):
        raise AssertionError(f'"{name}" gick inte att nå med Tab (efter {MAX_TABS} tryck).')


@when("jag går fram till mitt namn uppe i högra hörnet med Tab-tangenten")
def tab_to_name(site_header: SiteHeader, keyboard: Keyboard, customer: KnownCustomer):
    if not keyboard.tab_to(site_header.name_control(customer.name).locator):
        raise AssertionError(f"Ditt namn ({customer.name}) gick inte att nå med Tab (efter {MAX_TABS} tryck).")


@when("jag går fram till den valda fliken med Tab-tangenten", target_fixture="first_tab")
def tab_to_selected_tab(page: Page, keyboard: Keyboard) -> str:
    if _tabs(page).count() == 0:
        pytest.skip("Hoppas över: målmiljön använder inte flikar (role=tab) för valet av inloggningssätt.")
    selected = page.get_by_role("tab", selected=True)
    if not keyboard.tab_to(selected):
        raise AssertionError(f"Den valda fliken gick inte att nå med Tab (efter {MAX_TABS} tryck).")
    return selected.inner_text().strip()


@when(parsers.parse("jag trycker {key}"))
def press(keyboard: Keyboard, key: str):
    keyboard.press(KEYS[key])


@when("jag skriver mitt kundnummer")
def type_kundnummer(keyboard: Keyboard, customer: KnownCustomer):
    keyboard.type(customer.kundnummer)


@when("jag skriver mitt lösenord")
def type_password(keyboard: Keyboard, customer: KnownCustomer):
    keyboard.type(customer.password)


@then(parsers.re(f"har {quoted('name')} fokus"))
def has_focus(login_page: LoginPage, site_header: SiteHeader, name: str):
    expect(_control(login_page, site_header, name).first).to_be_focused()


@then(parsers.re(f"syns inte {quoted('name')}"))
def not_shown(login_page: LoginPage, site_header: SiteHeader, name: str):
    expect(_control(login_page, site_header, name).first).to_be_hidden()


@then("är en annan flik vald och har fokus")
def another_tab_selected(page: Page, first_tab: str):
    selected = page.get_by_role("tab", selected=True)
    expect(selected).to_be_focused()
    expect(selected).not_to_have_text(first_tab)


@then("är den första fliken vald igen och har fokus")
def first_tab_again(page: Page, first_tab: str):
    selected = page.get_by_role("tab", selected=True)
    expect(selected).to_be_focused()
    expect(selected).to_have_text(first_tab)


@then("fokus syntes vid varje tangenttryckning")
def focus_always_shown(keyboard: Keyboard):
    assert not keyboard.focus_not_shown, "Fokus syntes inte (ingen ram eller markering) på: " + ", ".join(
        keyboard.focus_not_shown
    )
