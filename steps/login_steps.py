"""Steps for logging in with kundnummer or organisationsnummer and password (H4, H5, H7)."""

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from minasidor_spec.customers import KnownCustomer, lockable
from pages.account_page import AccountPage
from pages.login_page import LoginPage
from pages.site_header import SiteHeader

from .text import contains, quoted

WRONG_PASSWORD = "Fel-Lösenord-{attempt}"


@given(parsers.parse("att jag är en {role} med lösenord"), target_fixture="customer")
def customer_with_password(known_customers: dict[str, KnownCustomer], role: str) -> KnownCustomer:
    return known_customers[role]


@given(parsers.parse("att jag är en {role} som får spärras"), target_fixture="customer")
def customer_to_lock_out(known_customers: dict[str, KnownCustomer], role: str) -> KnownCustomer:
    return known_customers[lockable(role)]


@given("att jag är inloggad")
def logged_in(page: Page, customer: KnownCustomer):
    LoginPage(page).load()
    LoginPage(page).log_in(customer.kundnummer, customer.password)
    AccountPage(page).heading.wait_for()


@when("jag fyller i mitt kundnummer och mitt lösenord")
def fill_in_own(page: Page, customer: KnownCustomer):
    LoginPage(page).fill_in(customer.kundnummer, customer.password)


@when("jag loggar in med mitt kundnummer och mitt lösenord")
def log_in_own(page: Page, customer: KnownCustomer):
    login = LoginPage(page)
    login.ensure_open()
    login.log_in(customer.kundnummer, customer.password)


@when(parsers.re(f"jag loggar in med mitt kundnummer och lösenordet {quoted('password')}"))
def log_in_with_password(page: Page, customer: KnownCustomer, password: str):
    login = LoginPage(page)
    login.ensure_open()
    login.log_in(customer.kundnummer, password)


@when(parsers.re(f"jag loggar in med kundnummer {quoted('username')} och lösenordet {quoted('password')}"))
def log_in_as(page: Page, username: str, password: str):
    login = LoginPage(page)
    login.ensure_open()
    login.log_in(username, password)


@when(parsers.re(f"jag loggar in med organisationsnumret skrivet som {quoted('pattern')}"))
def log_in_with_orgnr(page: Page, customer: KnownCustomer, pattern: str):
    login = LoginPage(page)
    login.ensure_open()
    login.log_in(customer.orgnr_written_as(pattern), customer.password)


@when(parsers.parse("jag loggar in med fel lösenord {attempts:d} gånger"))
def log_in_wrong_repeatedly(page: Page, customer: KnownCustomer, attempts: int):
    login = LoginPage(page)
    for attempt in range(1, attempts + 1):
        login.load()  # a fresh page, so the wait below sees this attempt's answer
        login.log_in(customer.kundnummer, WRONG_PASSWORD.format(attempt=attempt))
        login.errors.wait_for()


@when("jag går direkt till Mina sidor utan att vara inloggad")
@when("jag öppnar Mina sidor igen")
def open_account_page(page: Page):
    AccountPage(page).load()


@then("är jag inloggad på Mina sidor")
def is_logged_in(page: Page):
    expect(AccountPage(page).heading).to_be_visible()


@then("jag är inte inloggad")
def is_not_logged_in(page: Page):
    header = SiteHeader(page)
    expect(header.mina_sidor_icon).to_be_visible()
    expect(header.log_out_button).to_have_count(0)
    expect(AccountPage(page).heading).to_have_count(0)


@then("jag ser mitt namn uppe i högra hörnet")
def name_top_right(page: Page, customer: KnownCustomer):
    name = SiteHeader(page).name_button(customer.name)
    expect(name).to_be_visible()
    box = name.bounding_box()
    width = page.evaluate("window.innerWidth")
    assert box["x"] + box["width"] / 2 > width * 0.6 and box["y"] < 120, (
        f"Namnet {customer.name!r} syns inte uppe i högra hörnet (position {box}, fönsterbredd {width})."
    )


@then(parsers.re(f"kundnumret står kvar i fältet {quoted('label')}"))
def username_kept(page: Page, customer: KnownCustomer, label: str):
    expect(LoginPage(page).field(label)).to_have_value(customer.kundnummer)


@then(parsers.re(f"ser jag instruktionen {quoted('title')} till höger om inloggningen"))
def first_time_to_the_right(page: Page, title: str):
    login = LoginPage(page)
    aside = page.get_by_role("complementary", name=title)
    expect(aside).to_be_visible()
    expect(login.login_box).to_be_visible()
    aside_box, login_box = aside.bounding_box(), login.login_box.bounding_box()
    assert aside_box["x"] >= login_box["x"] + login_box["width"] - 1, (
        f"Instruktionen {title!r} står inte till höger om inloggningen ({aside_box} mot {login_box})."
    )


@then(parsers.re(f"instruktionen säger {quoted('text')}"))
def first_time_says(page: Page, text: str):
    expect(LoginPage(page).first_time).to_contain_text(contains(text))
