"""Steps for logging in with kundnummer or organisationsnummer and password (H4, H5, H7)."""

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from minasidor_spec.common.rules import serves
from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.help_words import Control
from minasidor_spec.pages.layout import Box, in_top_right_corner, placed_to_the_right
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site import Site, UnknownPage
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.steps.login_states import LoginStates
from minasidor_spec.steps.me import Me
from minasidor_spec.steps.session_state import (
    LoginAttempt,
    expect_logged_out,
    expect_logged_out_on_a_new_visit,
    wait_logged_in,
)
from minasidor_spec.steps.text import quoted
from minasidor_spec.target.customers import KnownCustomer, lockable

WRONG_PASSWORD = "Fel-Lösenord-{attempt}"


@pytest.fixture
def login_attempt() -> LoginAttempt | None:
    """The login a rule decides the outcome of, when the scenario made one."""
    return None


@pytest.fixture
def chosen_password():
    """The password the customer chose from the mailed link in this scenario (ChosenPassword)."""
    return None


@given(parsers.parse("att jag är en {role} med lösenord"), target_fixture="customer")
def customer_with_password(known_customers: dict[str, KnownCustomer], role: str) -> KnownCustomer:
    return known_customers[role]


@given(parsers.parse("att jag är en {role} som får spärras"), target_fixture="customer")
def customer_to_lock_out(known_customers: dict[str, KnownCustomer], role: str) -> KnownCustomer:
    return known_customers[lockable(role)]


def _on_login_page(site: Site, login: LoginPage) -> LoginPage:
    """Stay on the login page if it is shown (it may carry where to go after), else open it."""
    if not (login.choices[words.CHOICE_KUNDNUMMER].locator.or_(login.password.locator).first.is_visible()):
        site.open("login")
    return login


# The choices by the name the features give them.
CHOICES = {word.name: word for word in (words.CHOICE_BANKID, words.CHOICE_KUNDNUMMER)}


@when(parsers.re(f"jag väljer fliken {quoted('tab')}"))
def choose_tab(login_page: LoginPage, wording, tab: str):
    chosen = login_page.choose(CHOICES[tab]).first
    if chosen.evaluate("el => !el.matches('[role=tab], [role=radio], input[type=radio], select')"):
        wording.accessibility(f'Valet "{tab}" är en länk eller knapp, inte en flik (role=tab) eller ett radioval.')


@pytest.fixture(scope="session")
def login_states() -> LoginStates:
    return LoginStates()


@given("att jag är inloggad")
def logged_in(me: Me, login_states: LoginStates):
    """A precondition, not the subject: a kept session of this customer where one lives."""
    site, customer = me.site, me.customer
    if not login_states.resume(site, me.pages.header, customer):
        site.open("login")
        me.pages.login.log_in(customer.kundnummer, customer.password)
        wait_logged_in(site, me.pages.header, customer)
    me.request.addfinalizer(lambda: login_states.keep_if_alive(site, customer))


@when("jag fyller i mitt kundnummer och mitt lösenord")
def fill_in_own(login_page: LoginPage, customer: KnownCustomer):
    login_page.fill_in(customer.kundnummer, customer.password)


@when("jag loggar in med mitt kundnummer och mitt lösenord")
def log_in_own(site: Site, login_page: LoginPage, customer: KnownCustomer):
    _on_login_page(site, login_page).log_in(customer.kundnummer, customer.password)


@when(
    parsers.re(f"jag loggar in med mitt kundnummer och lösenordet {quoted('password')}"), target_fixture="login_attempt"
)
@serves("H5", "H13")
def log_in_with_password(me: Me, password: str, chosen_password):
    """With the password just chosen (the one the target accepted, where its rules asked for more),
    H13 decides the outcome."""
    customer = me.customer
    just_chosen = chosen_password is not None and password == chosen_password.asked
    _on_login_page(me.site, me.pages.login).log_in(
        customer.kundnummer, chosen_password.used if just_chosen else password
    )
    if just_chosen:
        return LoginAttempt(
            customer, "H13", True, "det gick inte att logga in med kundnumret och lösenordet som just valdes"
        )
    return None


@when(parsers.re(f"jag loggar in med kundnummer {quoted('username')} och lösenordet {quoted('password')}"))
def log_in_as(site: Site, login_page: LoginPage, username: str, password: str):
    _on_login_page(site, login_page).log_in(username, password)


@when(
    parsers.re(f"jag loggar in med organisationsnumret skrivet som {quoted('pattern')}"), target_fixture="login_attempt"
)
def log_in_with_orgnr(site: Site, login_page: LoginPage, customer: KnownCustomer, pattern: str) -> LoginAttempt:
    _on_login_page(site, login_page).log_in(customer.orgnr_written_as(pattern), customer.password)
    if pattern.startswith("16"):
        return LoginAttempt(
            customer,
            "H7",
            True,
            f"företaget kunde inte logga in med 16 före organisationsnumret (skrivet som {pattern})",
        )
    return LoginAttempt(
        customer, "H7", False, f"företaget loggades in utan 16 före organisationsnumret (skrivet som {pattern})"
    )


@when(parsers.parse("jag loggar in med fel lösenord {attempts:d} gånger"))
def log_in_wrong_repeatedly(site: Site, login_page: LoginPage, customer: KnownCustomer, attempts: int):
    for attempt in range(1, attempts + 1):
        site.open("login")  # a fresh page each time, as a customer who tries again
        login_page.log_in(customer.kundnummer, WRONG_PASSWORD.format(attempt=attempt))


@when("jag går direkt till Mina sidor utan att vara inloggad")
@when("jag öppnar Mina sidor igen")
def open_account_page(site: Site):
    try:
        site.open("mina_sidor")
    except UnknownPage as unknown:
        pytest.skip(f"Hoppas över: {unknown}")


@then("är jag inloggad på Mina sidor")
def is_logged_in(site: Site, site_header: SiteHeader, customer: KnownCustomer, login_attempt):
    wait_logged_in(site, site_header, customer, login_attempt)


@then("jag är inte inloggad")
@then("är jag inte inloggad")
def is_not_logged_in(site: Site, site_header: SiteHeader, finder_for, request: pytest.FixtureRequest):
    """This page shows no one logged in, and neither does a new visit to Mina sidor."""
    customer = request.getfixturevalue("customer") if "customer" in request.fixturenames else None
    expect_logged_out(site, site_header, customer)
    expect_logged_out_on_a_new_visit(site, finder_for, customer)


@then("jag ser mitt namn uppe i högra hörnet")
def name_top_right(page: Page, site_header: SiteHeader, customer: KnownCustomer):
    """H6: "ditt namn ... uppe i högra hörnet": in the header's right half, seen without scrolling."""
    header = site_header
    name = header.name_control(customer.name).first
    expect(name).to_be_visible()
    wrong = in_top_right_corner(
        Box.of(name.bounding_box()), Box.of(header.banner.bounding_box()), page.evaluate("window.innerHeight")
    )
    if wrong:
        raise RuleBroken("H6", f"ditt namn ({customer.name}) står inte uppe i högra hörnet: {wrong}")


@then(parsers.re(f"kundnumret står kvar i fältet {quoted('label')}"))
def username_kept(login_page: LoginPage, wording, customer: KnownCustomer, label: str):
    """The reference portal's choice (the help page is silent)."""
    kept = login_page.kundnummer.first
    wording.decide(
        "kundnumret står kvar i fältet", lambda ms: expect(kept).to_have_value(customer.kundnummer, timeout=ms)
    )


@then(parsers.re(f"ser jag instruktionen {quoted('title')} till höger om inloggningen"))
def first_time_to_the_right(page: Page, login_page: LoginPage, title: str):
    login = login_page
    aside = login.find.require(login.first_time)
    form = login.login_form.first
    expect(form).to_be_visible()
    wrong = placed_to_the_right(
        Box.of(aside.bounding_box()), Box.of(form.bounding_box()), page.evaluate("window.innerWidth")
    )
    if wrong:
        raise RuleBroken("H4", f"instruktionen {title!r} står inte till höger om inloggningen utan {wrong}")


FIRST_TIME_LINKS = (words.LINK_REGISTER, words.LINK_CREATE_PASSWORD)


@then(
    parsers.re(
        f'instruktionen har länkarna "{re.escape(FIRST_TIME_LINKS[0].name)}" och "{re.escape(FIRST_TIME_LINKS[1].name)}"'
    )
)
def first_time_links(login_page: LoginPage):
    """It leads to both steps the help page names: "Registrera e-postadress" and "Skapa lösenord"."""
    box = login_page.first_time.first
    for word in FIRST_TIME_LINKS:
        login_page.find.require(Control(word, word.locate(box)))


@then(parsers.re(f"instruktionen säger {quoted('text')}"))
def first_time_says(login_page: LoginPage, wording, text: str):
    """It leads to both steps the help page names (its links); its wording is the target's."""
    first_time_links(login_page)
    box = login_page.first_time.first
    pattern = wording.pattern(text)
    if pattern is not None:
        wording.decide(f"instruktionen säger {text!r}", lambda ms: expect(box).to_contain_text(pattern, timeout=ms))
