"""Steps shared by all features: getting to a page as a customer does, the buttons and links
the help page names, messages and errors on screen, the clock.

A message's wording is the reference portal's decision unless the help page gives it: it is
checked as the target words it (profile [texts]), else only what it does is checked."""

import re

import pytest
from pytest_bdd import given, parsers, then, when

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.steps.fields import field_for
from minasidor_spec.steps.me import Me
from minasidor_spec.steps.messages import (
    expect_error,
    expect_field_error,
    expect_message,
    expect_no_message,
    expect_some_error,
)
from minasidor_spec.steps.text import quoted


@given("att jag är på startsidan")
def on_start_page(site: Site):
    site.open("start")


@when("jag klickar på Mina sidor-ikonen")
def click_mina_sidor_icon(site: Site, site_header: SiteHeader):
    site.follow(site_header.mina_sidor_icon)
    site.learn("login")


@when("jag öppnar nya Mina sidor")
def open_new_mina_sidor(site: Site):
    site.open("login")


# The buttons and links the help page names, by the name the features give them.
BUTTONS = {words.LOGIN_BUTTON.name: "log_in", words.LOG_OUT.name: "log_out"}
FIRST_TIME_LINKS = {
    word.name: (word, page)
    for word, page in ((words.LINK_REGISTER, "register_email"), (words.LINK_CREATE_PASSWORD, "create_password"))
}


@when(parsers.re(f"jag klickar på {quoted('name')}"))
def click_button(me: Me, name: str):
    """A button: "Logga in" and "Logga ut" are the help page's; others the target's wording."""
    if BUTTONS.get(name) == "log_in":
        me.pages.login.submit()
    elif BUTTONS.get(name) == "log_out":
        me.pages.header.click_log_out()
    else:
        button = me.page.get_by_role("button", name=me.wording.name(name) or re.compile(re.escape(name), re.I))
        button.filter(visible=True).first.click()


@when(parsers.re(f"jag klickar på länken {quoted('name')}"))
def click_link(site: Site, login_page: LoginPage, name: str):
    """ "Ny kund/Registrera E-post" or "Skapa lösenord", the links under "Första gången du loggar in"."""
    word, page_name = FIRST_TIME_LINKS[name]
    site.follow(login_page.first_time_links[word])
    site.learn(page_name)


@when(parsers.re(f"jag klickar på knappen {quoted('name')}"))
def click_named_button(me: Me, name: str):
    """ "registrera e-postadress" or "Skapa lösenord"."""
    if name.lower() == words.REGISTER_BUTTON.name.lower():
        me.pages.register_email.submit()
    else:
        me.pages.create_password.submit()


@when(parsers.parse("det har gått {minutes:d} minuter"))
@when(parsers.parse("det har gått {minutes:d} minuter utan att jag gjort något"))
def time_passes(stack_control, minutes: int):
    stack_control.advance_clock(minutes * 60)


@then(parsers.re(f"ser jag meddelandet {quoted('text')}"))
@then(parsers.re(f"jag ser meddelandet {quoted('text')}"))
def message_shown(site: Site, wording, text: str):
    expect_message(site, wording, text)


@then(parsers.re(f"ser jag inte meddelandet {quoted('text')}"))
def message_not_shown(site: Site, site_header: SiteHeader, wording, text: str):
    expect_no_message(site, site_header, wording, text)


@then("ser jag ett felmeddelande")
def some_error_shown(site: Site, site_header: SiteHeader, request: pytest.FixtureRequest):
    """Something tells the customer it was not accepted (whatever its words): the help page's
    consequence of a wrong entry, where the wording is the target's own."""
    customer = request.getfixturevalue("customer") if "customer" in request.fixturenames else None
    expect_some_error(site, site_header, customer)


@then(parsers.re(f"ser jag felet {quoted('text')}"))
def error_shown(me: Me, text: str):
    expect_error(me.site, me.pages.header, me.wording, text, me.customer if me.has_customer else None)


@then(parsers.re(f"visas felet {quoted('text')} vid fältet {quoted('label')}"))
def field_error_shown(me: Me, text: str, label: str, login_attempt):
    if login_attempt is not None:
        login_attempt.check_not_logged_in(me.pages.header)
    field = field_for(me.page, label, me.wording)
    expect_field_error(me.site, me.pages.header, field, me.wording, text, label)
