"""Steps for "Ny kund/Registrera E-post" (H8, H9, H10)."""

from playwright.sync_api import Page
from pytest_bdd import given, parsers, when

from minasidor_spec.customers import KnownCustomer, from_control
from pages.forms import field
from pages.register_email_page import RegisterEmailPage
from pages.scenario_inbox import ScenarioInbox

from .text import quoted

KINDS = {"privatkund": "privat", "företagskund": "foretag"}


@given(parsers.parse("att jag är en ny {kind} utan registrerad e-postadress"), target_fixture="customer")
def fresh_customer_without_email(stack_control, kind: str) -> KnownCustomer:
    return from_control(stack_control.create_customer(KINDS[kind]))


@given("att jag är en kund med registrerad e-postadress men utan lösenord", target_fixture="customer")
@given("att jag är en kund med registrerad e-postadress", target_fixture="customer")
def fresh_customer_with_email(stack_control) -> KnownCustomer:
    return from_control(stack_control.create_customer("privat", email=True))


@when("jag fyller i mitt kundnummer, mitt personnummer och min önskade e-postadress")
def fill_in_registration(page: Page, customer: KnownCustomer, new_email: str, inbox: ScenarioInbox):
    inbox.watch(new_email)
    RegisterEmailPage(page).fill_in(customer.kundnummer, customer.identity_written(), new_email)


def _register(page: Page, inbox: ScenarioInbox, kundnummer: str, identity: str, email: str) -> None:
    registration = RegisterEmailPage(page)
    registration.load()
    inbox.watch(email)
    registration.register(kundnummer, identity, email)


@when("jag registrerar min önskade e-postadress")
def register_own(page: Page, customer: KnownCustomer, new_email: str, inbox: ScenarioInbox):
    _register(page, inbox, customer.kundnummer, customer.identity_written(), new_email)


@when(parsers.re(f"jag registrerar min önskade e-postadress med organisationsnumret skrivet som {quoted('pattern')}"))
def register_with_orgnr(page: Page, customer: KnownCustomer, new_email: str, inbox: ScenarioInbox, pattern: str):
    _register(page, inbox, customer.kundnummer, customer.orgnr_written_as(pattern), new_email)


@when(parsers.re(f"jag registrerar min önskade e-postadress med personnumret {quoted('personnummer')}"))
def register_with_personnummer(page: Page, customer: KnownCustomer, new_email: str, inbox: ScenarioInbox, personnummer: str):
    _register(page, inbox, customer.kundnummer, personnummer, new_email)


@when("jag försöker registrera en annan e-postadress")
def register_another(page: Page, customer: KnownCustomer, inbox: ScenarioInbox):
    _register(page, inbox, customer.kundnummer, customer.identity_written(), f"annan-{customer.kundnummer}@example.se")


@when(parsers.re(f"jag skickar registreringen med {quoted('value')} i fältet {quoted('label')}"))
def submit_one_field(page: Page, value: str, label: str):
    registration = RegisterEmailPage(page)
    registration.load()
    field(page, label).fill(value)
    registration.register_button.click()
