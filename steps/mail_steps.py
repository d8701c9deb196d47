"""Steps that read the customer's e-mail through the mail catcher's API. A subject is the
reference portal's wording: checked as the target words it, else any new message counts. A
mail that does not come breaks the rule that promised it, and the explanation says what the
page showed (a form that answered with an error sends nothing: then the wait is short)."""

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers, then, when

from minasidor_spec.clients.mailboxes.base import Mail, Mailbox, MailNotArrived
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.feedback import Feedback, what_is_shown
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from minasidor_spec.steps.me import Me
from minasidor_spec.steps.text import optionally
from minasidor_spec.target.customers import KnownCustomer
from minasidor_spec.target.deployment import Target

AFTER_AN_ERROR_SECONDS = 3  # a form that said no has sent nothing; a mail still on its way is quicker


@pytest.fixture
def new_email(customer: KnownCustomer, target: Target) -> str:
    """The address this scenario's customer wants to register (unique per customer), in a domain
    reserved for examples unless the profile names another ([mail] domain)."""
    return f"ny-{customer.kundnummer}@{target.mail.domain}"


@pytest.fixture
def registered_email(customer: KnownCustomer, new_email: str) -> str:
    """The address the customer has in the customer system (given, or registered in the scenario)."""
    return customer.email or new_email


def expect_mail(me: Me, address: str, subject: str | None, rule: str) -> Mail:
    """The next new mail to `address` (each mail a scenario waits for is taken in turn); RuleBroken(rule)
    when none comes, saying what the page shows. Its subject, where a reference decision names it,
    is the reference portal's wording: checked as the target words it, else noted as unchecked."""
    feedback = Feedback(me.page)
    said_no = feedback.alerts.or_(feedback.invalid_fields).or_(feedback.held_fields).first.is_visible()
    try:
        mail = me.inbox.next_mail(address, seconds=AFTER_AN_ERROR_SECONDS if said_no else None)
    except MailNotArrived as missing:
        raise RuleBroken(rule, f"{str(missing).rstrip('.')}. {what_is_shown(me.page)}") from None
    pattern = me.wording.pattern(subject) if subject is not None else None
    if pattern is not None:
        me.wording.decide(f"ämnet {subject!r}", lambda _: _subject_is(mail, pattern))
    return mail


def _subject_is(mail: Mail, pattern) -> None:
    if not pattern.search(mail.subject):
        raise AssertionError(f"e-postmeddelandet heter {mail.subject!r}")


# After "Och": "jag får ett e-postmeddelande ..."; after "Så": "får jag ett e-postmeddelande ...".
GETS = "(?:jag får|får jag)"


@then(
    parsers.re(
        f"{GETS} ett e-postmeddelande till den e-postadress jag just registrerade{optionally(' med ämnet ', 'subject')}"
    )
)
def mail_to_new_address(me: Me, new_email: str, subject: str | None):
    expect_mail(me, new_email, subject, "H9")


@then(
    parsers.re(f"{GETS} ett e-postmeddelande till min registrerade e-postadress{optionally(' med ämnet ', 'subject')}")
)
def mail_to_registered_address(me: Me, registered_email: str, subject: str | None):
    """H11's mail. Where the customer tried to register another address (H10), a mail that went
    there instead shows that the registered address was changed after all."""
    try:
        expect_mail(me, registered_email, subject, "H11")
    except RuleBroken:
        other = me.request.getfixturevalue("other_email") if "other_email" in me.request.fixturenames else None
        if other is not None and me.inbox.arrived(other, AFTER_AN_ERROR_SECONDS):
            raise RuleBroken(
                "H10",
                f"en registrerad e-postadress gick att byta: e-postmeddelandet kom till den nya "
                f"adressen {other}, inte till {registered_email}",
            ) from None
        raise


@then("inget e-postmeddelande skickas till den e-postadressen")
def no_mail_to_new_address(page: Page, inbox: ScenarioInbox, new_email: str):
    """H9: only the customer the kundnummer and personnummer belong to registers an address; a
    mail to it all the same means someone else's account got this address."""
    if inbox.arrived(new_email, AFTER_AN_ERROR_SECONDS):
        raise RuleBroken(
            "H9",
            f"e-postadressen {new_email} registrerades med ett personnummer som inte hör till kundnumret "
            f"(ett e-postmeddelande kom dit). {what_is_shown(page)}",
        )


@given("att e-posten inte går att skicka just nu")
def mail_refused(mailbox: Mailbox, request):
    mailbox.refuse_all_mail()
    request.addfinalizer(mailbox.accept_all_mail)


@when("e-posten fungerar igen")
def mail_accepted_again(mailbox: Mailbox):
    mailbox.accept_all_mail()
