"""Logged in or not, as the help page describes it: logged in is your name in the header with
"Logga ut" reachable through it (not any particular heading); logged out is a page of the
site without them. A login that a rule says must work (or must be refused) says which rule
it breaks when it does not."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.feedback import Feedback, what_is_shown
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.target.customers import KnownCustomer


@dataclass(frozen=True)
class LoginAttempt:
    """A login whose outcome a help-page rule decides (H7: 16 before the orgnr; H13: the password just chosen)."""

    customer: KnownCustomer
    rule: str
    should_work: bool
    what: str  # said when the outcome is the other one

    def check_not_logged_in(self, header: SiteHeader) -> None:
        """Once the page has answered: a login the rule refuses must not have logged in."""
        name = header.name_control(self.customer.name).locator
        name.or_(Feedback(header.find.page).errors).first.wait_for()
        if not self.should_work and name.first.is_visible():
            raise RuleBroken(self.rule, self.what)


def wait_logged_in(
    site: Site, header: SiteHeader, customer: KnownCustomer, attempt: LoginAttempt | None = None
) -> None:
    page = site.page
    name = header.name_control(customer.name)
    refused = Feedback(page).errors
    try:
        name.locator.or_(refused).first.wait_for()
    except PlaywrightTimeoutError:
        raise site.find.missing(name.word) from None
    if not name.first.is_visible():
        if attempt is not None and attempt.should_work:
            raise RuleBroken(attempt.rule, f"{attempt.what} ({what_is_shown(page).rstrip('.')})")
        raise AssertionError(f"{customer.name} blev inte inloggad. {what_is_shown(page)}")
    # That "Logga ut" is under the name is H6's to prove (the logout scenarios and the pre-flight),
    # not every login's: a login scenario pays only for what it proves.
    site.learn("mina_sidor")  # where a login leads: Mina sidor


def expect_logged_out(site: Site, header: SiteHeader, customer: KnownCustomer | None) -> None:
    """A page of the site (not an error page) without your name or "Logga ut"."""
    page = site.page
    site.documents.check(page)
    header.banner.wait_for()
    signs = [(f'"{words.LOG_OUT.name}"', header.log_out_control.locator)]
    if customer is not None:
        signs.insert(0, ("ditt namn", header.name_control(customer.name).locator))
    for what, locator in signs:
        expect(locator, f"Du är inloggad: {what} finns i sidhuvudet. {what_is_shown(page)}").to_have_count(0)


def expect_logged_out_on_a_new_visit(site: Site, finder_for, customer: KnownCustomer | None) -> None:
    """Not logged in is not only what this page shows: a new visit to Mina sidor in the same browser
    (a new tab, the same cookies) asks to log in. A portal that answers with an error while its
    server has logged the customer in fails here. Mina sidor's address is known once a login in
    this run has led there (the pre-flight's); before that only the page shown is looked at."""
    url = site.map.urls.get("mina_sidor")
    if url is None:
        return
    page = site.page.context.new_page()
    try:
        other = Site(finder_for(page), site.map)
        other.goto(url)
        header = SiteHeader(other.find)
        login = LoginPage(other.find)
        answered = header.log_out_control.locator
        for choice in login.choices.values():
            answered = answered.or_(choice.locator)
        if customer is not None:
            answered = answered.or_(header.name_control(customer.name).locator)
        answered.first.wait_for()  # the login page, or the signs of being logged in
        try:
            expect_logged_out(other, header, customer)
        except AssertionError as error:
            raise AssertionError(f"Vid ett nytt besök på Mina sidor i samma webbläsare: {error}") from None
    finally:
        page.close()
