"""Steps for "Ny kund/Registrera E-post" (H8, H9, H10)."""

import re

from pytest_bdd import given, parsers, then, when

from minasidor_spec.common.rules import serves
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.feedback import what_is_shown
from minasidor_spec.steps.customer_use import ANY_WITH_EMAIL, NEW_WITHOUT_EMAIL, WITH_EMAIL_NO_PASSWORD, WITHOUT_EMAIL
from minasidor_spec.steps.fields import field_for
from minasidor_spec.steps.me import Me
from minasidor_spec.steps.messages import expect_error, expect_some_error
from minasidor_spec.steps.text import optionally, quoted
from minasidor_spec.target.customers import PRIVATE, WITH_EMAIL_WITHOUT_PASSWORD, KnownCustomer
from minasidor_spec.target.test_data import TestData

# "För att byta e-postadress ring kundservice": however a portal names it (kundservice, kundtjänst)
# or says it (ring oss), the customer is pointed to a call.
CUSTOMER_SERVICE = re.compile(r"kundservice|kundtjänst|\bring\b", re.I)


@given(NEW_WITHOUT_EMAIL, target_fixture="customer")
def fresh_customer_without_email(test_data: TestData, kind: str) -> KnownCustomer:
    return test_data.take(WITHOUT_EMAIL[kind])


@given(WITH_EMAIL_NO_PASSWORD, target_fixture="customer")
def customer_with_email_without_password(test_data: TestData) -> KnownCustomer:
    return test_data.take(WITH_EMAIL_WITHOUT_PASSWORD)


@given(ANY_WITH_EMAIL, target_fixture="customer")
def customer_with_email(test_data: TestData, known_customers) -> KnownCustomer:
    """Any customer who has an e-mail address: a fresh one where the target makes them."""
    if test_data.can_make_fresh() or not (PRIVATE in known_customers and known_customers[PRIVATE].email):
        return test_data.take(WITH_EMAIL_WITHOUT_PASSWORD)
    return known_customers[PRIVATE]


@when("jag fyller i mitt kundnummer, mitt personnummer och min önskade e-postadress")
def fill_in_registration(me: Me, new_email: str):
    me.inbox.watch(new_email)
    me.pages.register_email.fill_in(me.customer.kundnummer, me.customer.identity_written(), new_email)


def _register(me: Me, identity: str, email: str) -> None:
    me.site.open("register_email")
    me.inbox.watch(email)
    me.pages.register_email.register(me.customer.kundnummer, identity, email)


@when("jag registrerar min önskade e-postadress")
@serves("H9")
def register_own(me: Me, new_email: str):
    _register(me, me.customer.identity_written(), new_email)


@when(parsers.re(f"jag registrerar min önskade e-postadress med organisationsnumret skrivet som {quoted('pattern')}"))
def register_with_orgnr(me: Me, new_email: str, pattern: str):
    _register(me, me.customer.orgnr_written_as(pattern), new_email)


@when(parsers.re(f"jag registrerar min önskade e-postadress med personnumret {quoted('personnummer')}"))
def register_with_personnummer(me: Me, new_email: str, personnummer: str):
    _register(me, personnummer, new_email)


@when("jag försöker registrera en annan e-postadress", target_fixture="other_email")
def register_another(me: Me) -> str:
    other = f"annan-{me.customer.kundnummer}@{me.target.mail.domain}"
    _register(me, me.customer.identity_written(), other)
    return other


@then(
    parsers.re(
        "(?:ser jag|får jag veta) att jag inte kan byta e-postadress här och ska ringa kundservice"
        f"{optionally(': ', 'text')}"
    )
)
def email_not_changed(me: Me, other_email: str, text: str | None):
    """H10: a registered address cannot be changed online: the page says no. Where it says nothing
    of the kind, the mailbox tells whether the other address was registered after all."""
    try:
        if text is not None:
            expect_error(me.site, me.pages.header, me.wording, text)
        else:  # the help page's words: "För att byta e-postadress ring kundservice."
            feedback = expect_some_error(me.site, me.pages.header)
            if not any(CUSTOMER_SERVICE.search(message.text) for message in feedback.said()):
                raise AssertionError(f"Meddelandet säger inget om att ringa kundservice. {what_is_shown(me.page)}")
    except AssertionError:
        if me.inbox.mailbox is not None and me.inbox.arrived(other_email):
            raise RuleBroken(
                "H10",
                "en registrerad e-postadress gick att byta: den nya adressen fick ett "
                f"e-postmeddelande om registreringen. {what_is_shown(me.page)}",
            ) from None
        raise


@when(parsers.re(f"jag skickar registreringen med {quoted('value')} i fältet {quoted('label')}"))
def submit_one_field(me: Me, value: str, label: str):
    me.site.open("register_email")
    field_for(me.page, label, me.wording).fill(value)
    me.pages.register_email.submit()
