"""`make bench`'s mail figures: from the click on a form's button to its e-mail at the suite.

While the click runs, a second mailbox client already waits for the mail (the catcher's
long-poll), so its figure is the mail's own way: the click, the portal's answer with its SMTP
hand-off, the catcher and the suite's client. Beside it: the click until the answer page is
shown (which the steps wait for too), and the two one after the other, as a scenario's steps
meet them (answer page shown, then the mail read)."""

from __future__ import annotations

import threading
import time

from minasidor_spec.clients.mailboxes import open_mailbox
from minasidor_spec.clients.stack_control import StackControl
from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.create_password_page import CreatePasswordPage
from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.register_email_page import RegisterEmailPage
from minasidor_spec.pages.site import Site, SiteMap
from minasidor_spec.target.customers import from_control
from reference_app.embedded import EmbeddedStack

MAIL_SAMPLES = 15
MAIL_SECONDS = 10
FORMS = (words.REGISTER_BUTTON.name, words.CREATE_BUTTON.name)
AT_THE_SUITE, ANSWER_PAGE, ONE_AFTER_THE_OTHER = "hos sviten", "svarssidan visad", "svarssidan, sedan e-posten läst"


class _Arrival(threading.Thread):
    """Waits, in a client of its own, for the `count`th mail to `address`; `at` is when it came."""

    def __init__(self, api_url: str, address: str, count: int):
        super().__init__(name="bench-mail", daemon=True)
        self.api_url, self.address, self.count = api_url, address, count
        self.at: float | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with open_mailbox("embedded", self.api_url) as mailbox:
                mailbox.wait_for(self.address, self.count, seconds=MAIL_SECONDS)
                self.at = time.perf_counter()
        except BaseException as error:  # handed to the bench's own thread
            self.error = error


def _timed(submit, api_url: str, mailbox, address: str, count: int) -> dict[str, float]:
    arrival = _Arrival(api_url, address, count)
    arrival.start()
    start = time.perf_counter()
    submit()
    shown = time.perf_counter()
    mailbox.wait_for(address, count, seconds=MAIL_SECONDS)
    read = time.perf_counter()
    arrival.join(MAIL_SECONDS)
    if arrival.error is not None or arrival.at is None:
        raise RuntimeError(f"e-posten till {address} kom inte fram till den väntande klienten: {arrival.error}")
    return {AT_THE_SUITE: arrival.at - start, ANSWER_PAGE: shown - start, ONE_AFTER_THE_OTHER: read - start}


def measure_mail(
    control: StackControl, browser, stack: EmbeddedStack, site_map: SiteMap
) -> dict[str, dict[str, list[float]]]:
    """Per form, per figure (AT_THE_SUITE, ANSWER_PAGE, ONE_AFTER_THE_OTHER): the samples."""
    samples = {form: {AT_THE_SUITE: [], ANSWER_PAGE: [], ONE_AFTER_THE_OTHER: []} for form in FORMS}
    context = browser.new_context(base_url=stack.portal_url)
    site = Site(Finder(context.new_page(), Documents()), site_map)
    with open_mailbox("embedded", stack.mail_api_url) as mailbox:
        for _ in range(MAIL_SAMPLES):
            customer = from_control(control.create_customer("privat"))
            address = f"bench-{customer.kundnummer}@example.com"
            site.open("register_email")
            registration = RegisterEmailPage(site.find)
            registration.fill_in(customer.kundnummer, customer.identity_written(), address)
            for figure, value in _timed(registration.submit, stack.mail_api_url, mailbox, address, 1).items():
                samples[FORMS[0]][figure].append(value)
            site.open("create_password")
            create = CreatePasswordPage(site.find)
            create.fill_in(customer.kundnummer)
            for figure, value in _timed(create.submit, stack.mail_api_url, mailbox, address, 2).items():
                samples[FORMS[1]][figure].append(value)
    context.close()
    return samples
