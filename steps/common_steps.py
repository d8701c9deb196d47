"""Steps shared by all features: getting to a page as a customer does, the buttons and links
the help page names, messages and errors on screen, the clock.

A message's wording is the reference portal's decision unless the help page gives it: it is
checked as the target words it (profile [texts]), else only what it does is checked."""

import re

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.create_password_page import CreatePasswordPage
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.register_email_page import RegisterEmailPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader

from .fields import field_for
from .messages import expect_error, expect_field_error, expect_message, expect_no_message
from .text import quoted


@given("att jag är på startsidan")
def on_start_page(page: Page, site: Site):
    site.open(page, "start")


@when("jag klickar på Mina sidor-ikonen")
def click_mina_sidor_icon(page: Page, site: Site):
    site.follow(page, SiteHeader(site.finder(page)).mina_sidor_icon, words.MINA_SIDOR)
    site.remember("login", page.url)


@when("jag öppnar nya Mina sidor")
def open_new_mina_sidor(page: Page, site: Site):
    site.open(page, "login")


@when(parsers.re(f"jag klickar på {quoted('name')}"))
def click_button(page: Page, site: Site, wording, name: str):
    """A button: "Logga in" and "Logga ut" are the help page's; others the target's wording."""
    find = site.finder(page)
    if name == "Logga in":
        LoginPage(find).submit()
    elif name == "Logga ut":
        SiteHeader(find).click_log_out()
    else:
        button = page.get_by_role("button", name=wording.name(name) or re.compile(re.escape(name), re.I))
        button.filter(visible=True).first.click()


@when(parsers.re(f"jag klickar på länken {quoted('name')}"))
def click_link(page: Page, site: Site, name: str):
    """ "Ny kund/Registrera E-post" or "Skapa lösenord", the links under "Första gången du loggar in"."""
    register = name == "Ny kund/Registrera E-post"
    site.follow(
        page,
        page.get_by_role("link", name=name, exact=True),
        words.LINK_REGISTER if register else words.LINK_CREATE_PASSWORD,
    )
    site.remember("register_email" if register else "create_password", page.url)


@when(parsers.re(f"jag klickar på knappen {quoted('name')}"))
def click_named_button(page: Page, site: Site, name: str):
    """ "registrera e-postadress" or "Skapa lösenord"."""
    find = site.finder(page)
    if name.lower() == "registrera e-postadress":
        RegisterEmailPage(find).submit()
    else:
        CreatePasswordPage(find).submit()


@when(parsers.parse("det har gått {minutes:d} minuter"))
@when(parsers.parse("det har gått {minutes:d} minuter utan att jag gjort något"))
def time_passes(stack_control, minutes: int):
    stack_control.advance_clock(minutes * 60)


@then(parsers.re(f"ser jag meddelandet {quoted('text')}"))
@then(parsers.re(f"jag ser meddelandet {quoted('text')}"))
def message_shown(page: Page, site: Site, wording, text: str):
    expect_message(page, site, wording, text)


@then(parsers.re(f"ser jag inte meddelandet {quoted('text')}"))
def message_not_shown(page: Page, site: Site, wording, text: str):
    expect_no_message(page, site, wording, text)


@then(parsers.re(f"ser jag felet {quoted('text')}"))
def error_shown(page: Page, site: Site, wording, text: str, request: pytest.FixtureRequest):
    customer = request.getfixturevalue("customer") if "customer" in request.fixturenames else None
    expect_error(page, site, wording, text, customer)


@then(parsers.re(f"visas felet {quoted('text')} vid fältet {quoted('label')}"))
def field_error_shown(page: Page, site: Site, wording, text: str, label: str, login_attempt):
    if login_attempt is not None:
        login_attempt.check_not_logged_in(page, site)
    expect_field_error(page, site, field_for(page, label, wording), wording, text, label)
