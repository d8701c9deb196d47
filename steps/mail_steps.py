"""Steps that read the customer's e-mail through the mail catcher's API. A subject is the
reference portal's wording: checked as the target words it, else any new message counts."""

import pytest
from pytest_bdd import given, parsers, then, when

from minasidor_spec.customers import KnownCustomer
from pages.mailboxes.base import Mailbox
from pages.scenario_inbox import ScenarioInbox

from .text import quoted


@pytest.fixture
def new_email(customer: KnownCustomer) -> str:
    """The address this scenario's customer wants to register (unique per customer)."""
    return f"ny-{customer.kundnummer}@example.se"


@pytest.fixture
def registered_email(customer: KnownCustomer, new_email: str) -> str:
    """The address the customer has in the customer system (given, or registered in the scenario)."""
    return customer.email or new_email


def subject_of(wording, subject: str) -> str | None:
    """The subject to wait for: exact where the target is known to use it, else any."""
    if wording.texts.pattern(subject) is None:
        wording.unchecked(subject)
        return None
    return wording.texts.mapping.get(subject, subject)


@then(parsers.re(f"jag får ett e-postmeddelande till den e-postadress jag just registrerade med ämnet {quoted('subject')}"))
def mail_to_new_address(inbox: ScenarioInbox, wording, new_email: str, subject: str):
    inbox.next_mail(new_email, subject_of(wording, subject))


@then(parsers.re(f"jag får ett e-postmeddelande till min registrerade e-postadress med ämnet {quoted('subject')}"))
def mail_to_registered_address(inbox: ScenarioInbox, wording, registered_email: str, subject: str):
    inbox.next_mail(registered_email, subject_of(wording, subject))


@given("att e-posten inte går att skicka just nu")
def mail_refused(mailbox: Mailbox, request):
    mailbox.refuse_all_mail()
    request.addfinalizer(mailbox.accept_all_mail)


@when("e-posten fungerar igen")
def mail_accepted_again(mailbox: Mailbox):
    mailbox.accept_all_mail()
