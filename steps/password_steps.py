"""Steps for "Skapa lösenord" and the e-mailed link (H11, H12, H13)."""

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from minasidor_spec.customers import KnownCustomer
from pages.choose_password_page import ChoosePasswordPage
from pages.create_password_page import CreatePasswordPage
from pages.scenario_inbox import ScenarioInbox

from .text import quoted

LINK_SUBJECT = "Välj lösenord för Mina sidor"


def _first_link(mail) -> str:
    links = mail.links()
    assert links, f"E-postmeddelandet {mail.subject!r} innehåller ingen länk."
    return links[0]


@when("jag ber om en länk för att skapa lösenord")
def ask_for_link(page: Page, customer: KnownCustomer, registered_email: str, inbox: ScenarioInbox):
    create = CreatePasswordPage(page)
    create.load()
    inbox.watch(registered_email)
    create.ask_for_link(customer.kundnummer)


@when(parsers.re(f"jag ber om en länk för att skapa lösenord för kundnummer {quoted('kundnummer')}"))
def ask_for_link_as(page: Page, kundnummer: str):
    create = CreatePasswordPage(page)
    create.load()
    create.ask_for_link(kundnummer)


@when("jag fyller i mitt kundnummer")
def fill_in_kundnummer(page: Page, customer: KnownCustomer, registered_email: str, inbox: ScenarioInbox):
    inbox.watch(registered_email)
    CreatePasswordPage(page).kundnummer.fill(customer.kundnummer)


@when(parsers.re(f"jag öppnar e-postmeddelandet {quoted('subject')} och följer länken"), target_fixture="password_link")
def follow_mailed_link(page: Page, inbox: ScenarioInbox, registered_email: str, subject: str) -> str:
    link = _first_link(inbox.next_mail(registered_email, subject))
    ChoosePasswordPage(page).open(link)
    return link


@given("att jag har fått en länk för att välja lösenord", target_fixture="password_link")
def received_link(page: Page, customer: KnownCustomer, registered_email: str, inbox: ScenarioInbox) -> str:
    ask_for_link(page, customer, registered_email, inbox)
    link = _first_link(inbox.next_mail(registered_email, LINK_SUBJECT))
    ChoosePasswordPage(page).open(link)
    return link


@when(parsers.re(f"jag väljer lösenordet {quoted('password')}"))
def choose_password(page: Page, password: str):
    ChoosePasswordPage(page).choose(password)


@when(parsers.re(f"jag väljer lösenordet {quoted('password')} och upprepar det som {quoted('repeated')}"))
def choose_password_twice(page: Page, password: str, repeated: str):
    ChoosePasswordPage(page).choose(password, repeated)


@when("jag följer länken")
@when("jag följer samma länk igen")
def follow_link_again(page: Page, password_link: str):
    ChoosePasswordPage(page).open(password_link)


@then("jag kan be om en ny länk")
def can_ask_for_new_link(page: Page):
    expect(ChoosePasswordPage(page).new_link).to_be_visible()
