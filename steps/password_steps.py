"""Steps for "Skapa lösenord" and the e-mailed link (H11, H12, H13)."""

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from minasidor_spec.customers import KnownCustomer
from pages import help_words as words
from pages.choose_password_page import ChoosePasswordPage
from pages.create_password_page import CreatePasswordPage
from pages.scenario_inbox import ScenarioInbox
from pages.site import Site

from .mail_steps import subject_of
from .text import quoted

LINK_SUBJECT = "Välj lösenord för Mina sidor"


def _first_link(mail) -> str:
    links = mail.links()
    assert links, f"E-postmeddelandet {mail.subject!r} innehåller ingen länk."
    return links[0]


@when("jag ber om en länk för att skapa lösenord")
def ask_for_link(page: Page, site: Site, customer: KnownCustomer, registered_email: str, inbox: ScenarioInbox):
    site.open(page, "create_password")
    inbox.watch(registered_email)
    CreatePasswordPage(site.finder(page)).ask_for_link(customer.kundnummer)


@when(parsers.re(f"jag ber om en länk för att skapa lösenord för kundnummer {quoted('kundnummer')}"))
def ask_for_link_as(page: Page, site: Site, kundnummer: str):
    site.open(page, "create_password")
    CreatePasswordPage(site.finder(page)).ask_for_link(kundnummer)


@when("jag fyller i mitt kundnummer")
def fill_in_kundnummer(page: Page, site: Site, customer: KnownCustomer, registered_email: str, inbox: ScenarioInbox):
    inbox.watch(registered_email)
    CreatePasswordPage(site.finder(page)).fill_in(customer.kundnummer)


@when(parsers.re(f"jag öppnar e-postmeddelandet {quoted('subject')} och följer länken"), target_fixture="password_link")
def follow_mailed_link(page: Page, site: Site, inbox: ScenarioInbox, wording, registered_email: str, subject: str) -> str:
    link = _first_link(inbox.next_mail(registered_email, subject_of(wording, subject)))
    site.goto(page, link)
    return link


@given("att jag har fått en länk för att välja lösenord", target_fixture="password_link")
def received_link(page: Page, site: Site, wording, customer: KnownCustomer, registered_email: str,
                  inbox: ScenarioInbox) -> str:
    ask_for_link(page, site, customer, registered_email, inbox)
    link = _first_link(inbox.next_mail(registered_email, subject_of(wording, LINK_SUBJECT)))
    site.goto(page, link)
    return link


@when(parsers.re(f"jag väljer lösenordet {quoted('password')}"), target_fixture="chosen_password")
def choose_password(page: Page, site: Site, password: str) -> str:
    ChoosePasswordPage(site.finder(page)).choose(password)
    return password


@when(parsers.re(f"jag väljer lösenordet {quoted('password')} och upprepar det som {quoted('repeated')}"))
def choose_password_twice(page: Page, site: Site, password: str, repeated: str):
    ChoosePasswordPage(site.finder(page)).choose(password, repeated)


@when("jag följer länken")
@when("jag följer samma länk igen")
def follow_link_again(page: Page, site: Site, password_link: str):
    site.goto(page, password_link)


@then("jag kan be om en ny länk")
def can_ask_for_new_link(page: Page, site: Site):
    new_link = ChoosePasswordPage(site.finder(page)).new_link
    expect(site.finder(page).require(new_link, words.LINK_CREATE_PASSWORD)).to_be_visible()
