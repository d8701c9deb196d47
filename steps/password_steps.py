"""Steps for "Skapa lösenord" and the e-mailed link (H11, H12, H13)."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from minasidor_spec.common.rules import serves
from minasidor_spec.pages.choose_password_page import ChoosePasswordPage
from minasidor_spec.pages.create_password_page import CreatePasswordPage
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.feedback import Feedback, what_is_shown
from minasidor_spec.pages.forms import password_fields
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from minasidor_spec.pages.site import Site
from minasidor_spec.steps.mail_steps import expect_mail
from minasidor_spec.steps.me import Me
from minasidor_spec.steps.text import optionally, quoted
from minasidor_spec.target.customers import KnownCustomer

LINK_SUBJECT = "Välj lösenord för Mina sidor"
# Where a target's own rules refuse the feature's password (its length or kinds of characters are
# the target's decision), the customer does as its page says and picks a stronger one.
STRONGER = "Blabarsskog-I-Juli-2026!"


@dataclass(frozen=True)
class ChosenPassword:
    asked: str  # as the feature says it
    used: str  # what the target accepted (the same, unless its rules asked for more)


@when("jag ber om en länk för att skapa lösenord")
@serves("H11")
def ask_for_link(me: Me, registered_email: str):
    me.site.open("create_password")
    me.inbox.watch(registered_email)
    me.pages.create_password.ask_for_link(me.customer.kundnummer)


@when(parsers.re(f"jag ber om en länk för att skapa lösenord för kundnummer {quoted('kundnummer')}"))
def ask_for_link_as(site: Site, create_password_page: CreatePasswordPage, kundnummer: str):
    site.open("create_password")
    create_password_page.ask_for_link(kundnummer)


@when("jag fyller i mitt kundnummer")
def fill_in_kundnummer(
    create_password_page: CreatePasswordPage, customer: KnownCustomer, registered_email: str, inbox: ScenarioInbox
):
    inbox.watch(registered_email)
    create_password_page.fill_in(customer.kundnummer)


def _follow_mailed_link(me: Me, address: str, subject: str | None) -> str:
    """H11: the mail comes to the registered address; H12: its link leads to choosing a password."""
    mail = expect_mail(me, address, subject, "H11")
    link = mail.customer_link(me.site.map.base_url)
    if link is None:
        raise RuleBroken("H12", f"e-postmeddelandet {mail.subject!r} har ingen länk att följa för att välja lösenord")
    me.site.goto(link)
    me.pages.choose_password.expect_offered()
    return link


@when(
    parsers.re(f"jag öppnar e-postmeddelandet{optionally(' ', 'subject')} och följer länken för att välja lösenord"),
    target_fixture="password_link",
)
@serves("H12")
def follow_mailed_link(me: Me, registered_email: str, subject: str | None) -> str:
    return _follow_mailed_link(me, registered_email, subject)


@given("att jag har fått en länk för att välja lösenord", target_fixture="password_link")
def received_link(me: Me, registered_email: str) -> str:
    ask_for_link(me, registered_email)
    return _follow_mailed_link(me, registered_email, LINK_SUBJECT)


@when(parsers.re(f"jag väljer lösenordet {quoted('password')}"), target_fixture="chosen_password")
@serves("H12")
def choose_password(page: Page, choose_password_page: ChoosePasswordPage, wording, password: str) -> ChosenPassword:
    """As the page's instructions say: where the target's own rules refuse this password (a
    reference decision), a stronger one, noted as such."""
    choose = choose_password_page
    before = page.url
    choose.choose(password)
    feedback = Feedback(page)
    refused = page.url == before and password_fields(page).first.is_visible() and feedback.errors.first.is_visible()
    if not refused or wording.decisions_checked:
        return ChosenPassword(password, password)
    wording.differs(
        f"lösenordet {password!r} godtogs inte ({what_is_shown(page).rstrip('.')}); {STRONGER!r} valdes i stället"
    )
    choose.choose(STRONGER)
    return ChosenPassword(password, STRONGER)


@when(parsers.re(f"jag väljer lösenordet {quoted('password')} och upprepar det som {quoted('repeated')}"))
def choose_password_twice(choose_password_page: ChoosePasswordPage, password: str, repeated: str):
    choose_password_page.choose(password, repeated)


@when("jag ber om en ny länk för att skapa lösenord")
def ask_for_a_new_link(me: Me, registered_email: str):
    """A second link, once its mail has come (the first link is then the older one)."""
    ask_for_link(me, registered_email)
    expect_mail(me, registered_email, LINK_SUBJECT, "H11")


@when("jag följer länken")
@when("jag följer samma länk igen")
@when("jag följer den förra länken")
def follow_link_again(site: Site, password_link: str):
    site.goto(password_link)


@then("fungerar länken inte längre")
def link_no_longer_works(site: Site, choose_password_page: ChoosePasswordPage):
    """H12's link is for choosing a password once: used (or old), it offers no password to choose,
    or says why not."""
    page = site.page
    page.wait_for_load_state("networkidle")  # a single-page app asks its server about the link first
    site.documents.check(page)
    fields, said = choose_password_page.passwords.first, Feedback(page).errors.first
    expect(fields.or_(said).or_(page.get_by_role("heading")).first).to_be_visible()
    if fields.is_visible() and not said.is_visible():
        raise RuleBroken(
            "H12", f"länken går att använda igen: sidan erbjuder att välja lösenord. {what_is_shown(page)}"
        )


@then("jag kan be om en ny länk")
def can_ask_for_new_link(choose_password_page: ChoosePasswordPage, wording):
    """Where the page itself links to "Skapa lösenord": the reference portal's decision."""
    new_link = choose_password_page.new_link
    wording.decide(
        f"{new_link.word.description} finns på sidan", lambda ms: expect(new_link.first).to_be_visible(timeout=ms)
    )
