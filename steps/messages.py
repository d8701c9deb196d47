"""Messages and errors on screen. What the help page promises is checked on every target: an
error is shown (in an alert, a status or any live region, or at a field), the Internet Explorer
notice names Internet Explorer; a message is read whole (`Feedback.read`), and an expected error
must not read as a success nor an expected success as an error (`message_tone`). How a message
is worded and where an error sits are the reference portal's decisions: exact on our portal, on another target checked as its profile
words them and otherwise only noted ("referensbeslut: avviker", "ordalydelsen kontrollerades
inte")."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.pages.deviations import BankIDTextBroken
from minasidor_spec.pages.feedback import Feedback, Message, what_is_shown
from minasidor_spec.pages.forms import tied_text, wait_for_tied_text
from minasidor_spec.pages.message_tone import reads_as_error, reads_as_success
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.target.customers import KnownCustomer
from reference_app.fake_bankid.user_messages import other_state_shown, recommended

# What a message must mention, whatever its wording, because the help page says so.
# A quoted message that names Internet Explorer: any target's must name it too (H1).
PROMISED = re.compile("internet explorer", re.I)
# What our portal's message mentions where the help page is silent (a reference decision): where
# the quoted message says the first, the target's must at least mention the second.
MENTIONS = (
    (re.compile("ring kundservice"), re.compile("kundservice", re.I)),
    (re.compile("behöver du först registrera en"), re.compile("registrera", re.I)),
    (re.compile("Skriv 16 före organisationsnumret"), re.compile("16")),
)


def _promised(text: str) -> re.Pattern | None:
    return PROMISED if PROMISED.search(text) else None


def _mentions(text: str) -> re.Pattern | None:
    return next((must for said, must in MENTIONS if said.search(text)), None)


INVALID = "field => field.getAttribute('aria-invalid') === 'true' || (field.validity && !field.validity.valid)"


def _wording(wording, text: str) -> re.Pattern | None:
    """The target's wording of `text` (noted as unchecked when unknown), else what it must mention."""
    return wording.pattern(text) or _mentions(text)


def expect_message(site: Site, wording, text: str) -> None:
    page = site.page
    site.documents.check(page)
    feedback = Feedback(page)
    promised = _promised(text)
    if promised is not None:
        expect(
            feedback.saying(promised).first, f"Inget meddelande nämner {promised.pattern!r}. {what_is_shown(page)}"
        ).to_be_visible()
    pattern = _wording(wording, text)
    if pattern is not None:
        wording.decide(
            f"meddelandet {text!r}", lambda ms: expect(feedback.saying(pattern).first).to_be_visible(timeout=ms)
        )
    if reads_as_success(text):
        _not_an_error(feedback, text)


def _quoted(messages: list[Message]) -> str:
    return " och ".join(f'"{message.text[:160]}"' for message in messages)


def _not_an_error(feedback: Feedback, text: str) -> None:
    """Where the features expect a success: the page must not answer with an error instead (a
    message that reads as one, with none that reads as a success, or a field marked as wrong)."""
    said = feedback.announced()
    errors = [message for message in said if reads_as_error(message.text)]
    if errors and not any(reads_as_success(message.text) for message in said):
        raise AssertionError(f"Sidan svarar med ett fel där beskedet {text!r} väntas: {_quoted(errors)}.")
    if feedback.invalid_fields.count():
        raise AssertionError(f"Sidan markerar ett fält som felaktigt där beskedet {text!r} väntas.")


def _an_error(feedback: Feedback) -> None:
    """What tells the customer that something was not accepted must not read as a success: a
    portal that answers a wrong value with "Tack! Vi har skickat ..." has not refused it."""
    if feedback.invalid_fields.count() or feedback.held_fields.count():
        return
    said = feedback.announced()
    if said and all(reads_as_success(message.text) for message in said):
        raise AssertionError(f"Inget fel visades: sidan säger att det gick bra: {_quoted(said)}.")


def expect_no_message(site: Site, header: SiteHeader, wording, text: str) -> None:
    """Not shown: first prove that a page of the site is shown (its header), then look."""
    page = site.page
    site.documents.check(page)
    expect(header.banner).to_be_visible()
    pattern = _promised(text) or wording.pattern(text)
    if pattern is not None:
        expect(Feedback(page).saying(pattern)).to_have_count(0)


def expect_some_error(site: Site, header: SiteHeader, customer: KnownCustomer | None = None) -> Feedback:
    """The help page's promise where something is not accepted: the customer is told (an alert, a
    status or live region, a field marked as wrong, or the browser's own check). Logged in
    instead, the customer is told nothing more: that fails at once."""
    page = site.page
    site.documents.check(page)
    feedback = Feedback(page)
    name = header.name_control(customer.name).locator if customer is not None else None
    try:
        (feedback.errors.or_(name) if name is not None else feedback.errors).first.wait_for()
    except PlaywrightTimeoutError:
        raise AssertionError(
            "Inget fel visades: varken ett meddelande (role=alert, role=status, aria-live) eller ett "
            f"fält markerat som felaktigt. {what_is_shown(page)}"
        ) from None
    if name is not None and not feedback.errors.first.is_visible():
        raise AssertionError(f"Inget fel visades: {customer.name} blev inloggad. {what_is_shown(page)}")
    _an_error(feedback)
    return feedback


def expect_error(site: Site, header: SiteHeader, wording, text: str, customer: KnownCustomer | None = None) -> None:
    """An error is shown; its wording as the target words it (a reference decision). Worded
    right but neither an alert nor a live region is an accessibility note."""
    feedback = expect_some_error(site, header, customer)
    if recommended(text) is not None:
        expect_bankid_text(feedback.messages, wording, text)
        return
    pattern = _wording(wording, text)
    if pattern is None:
        return
    if (
        wording.decide(f"felet {text!r}", lambda ms: expect(feedback.saying(pattern).first).to_be_visible(timeout=ms))
        and not feedback.messages.filter(has_text=pattern).first.is_visible()
    ):
        wording.accessibility(
            f"Felet {text!r} visas, men inte som role=alert eller i ett levande område "
            "(skärmläsare läser inte upp det)."
        )


def expect_field_error(site: Site, header: SiteHeader, control: Locator, wording, text: str, label: str) -> None:
    """An error is shown (the help page's promise); that it is at the field and how it is worded
    are the reference portal's decisions."""
    page = site.page
    expect_some_error(site, header)
    pattern = _wording(wording, text)
    if pattern is None:
        wording.decide(f"felet visas vid fältet {label!r}", lambda ms: _marked_invalid(page, control, label, ms))
        return
    wording.decide(
        f"felet {text!r} vid fältet {label!r}", lambda ms: _tied(page, control, wording, pattern, text, label, ms)
    )


def _marked_invalid(page: Page, control: Locator, label: str, timeout: float | None) -> None:
    """Marked invalid by the page (aria-invalid), or held back by the browser's own check."""
    try:
        page.wait_for_function(INVALID, arg=control.element_handle(timeout=timeout), timeout=timeout)
    except PlaywrightTimeoutError:
        raise AssertionError(f"Fältet {label!r} markeras inte som felaktigt (aria-invalid).") from None


def _tied(
    page: Page, control: Locator, wording, pattern: re.Pattern, text: str, label: str, timeout: float | None
) -> None:
    """The error tied to the field (aria-errormessage or aria-describedby); shown elsewhere, an
    accessibility note."""
    try:
        wait_for_tied_text(page, control, pattern, timeout)
    except PlaywrightTimeoutError:
        if Feedback(page).saying(pattern).first.is_visible():
            wording.accessibility(
                f"Felet {text!r} visas, men är inte kopplat till fältet {label!r} "
                "(aria-errormessage eller aria-describedby)."
            )
            return
        raise AssertionError(
            f"Felet {text!r} visas inte vid fältet {label!r}; där står: {tied_text(control)!r}"
        ) from None


def expect_bankid_text(regions: Locator, wording, text: str) -> None:
    """BankID's recommended text `text` in one of `regions` (its current or an older wording, or
    the target's own named in its profile): BankID's rule for every relying party. Once the page
    has had its time, BankID's text for another state in its place breaks H3 on every target; a
    wording of the target's own is noted as not checked (our portal words it exactly)."""
    expected = recommended(text)
    own = wording.texts.pattern(text) if text in wording.texts.mapping else None
    pattern = re.compile(f"{own.pattern}|{expected.pattern.pattern}", re.M) if own else expected.pattern
    if wording.decisions_checked and own is None:
        pattern = wording.texts.pattern(text)
    try:
        expect(regions.filter(has_text=pattern).first).to_be_visible()
        return
    except AssertionError:
        shown = "\n".join(t.strip() for t in regions.all_inner_texts() if t.strip())
    other = other_state_shown(shown, expected)
    if other is not None:
        raise BankIDTextBroken(expected, other, " ".join(shown.split()))
    if wording.decisions_checked:
        raise AssertionError(f"BankID:s text {text!r} ({expected.code}) visas inte; sidan visar: {shown[:200]!r}.")
    wording.unchecked(text)
