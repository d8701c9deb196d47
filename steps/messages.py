"""Messages, errors and field errors on screen. Where the help page gives the words, they are
checked as words of the help page; where the reference portal chose them, as the target
words them (profile [texts]), and when that is unknown, by what the message does: an error
is shown in an alert or at its field, a message mentions what the help page says."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from pages.forms import tied_text, wait_for_tied_text
from pages.login_page import LoginPage
from pages.site import Site

# When the target's wording is unknown, what the message must still mention (help page words).
BEHAVIOUR = {
    "Mina sidor har tyvärr inte fullt stöd för Internet Explorer": re.compile("internet explorer", re.I),
    "För att byta e-postadress ring kundservice": re.compile("kundservice", re.I),
    "Har du ingen registrerad e-postadress behöver du först registrera en": re.compile("registrera", re.I),
    "Skriv 16 före organisationsnumret, till exempel 16XXXXXX-XXXX.": re.compile("16"),
    "Skriv 16 före organisationsnumret": re.compile("16"),
}


INVALID = "field => field.getAttribute('aria-invalid') === 'true' || (field.validity && !field.validity.valid)"


def _wanted(wording, text: str) -> re.Pattern | None:
    return wording.pattern(text) or BEHAVIOUR.get(text)


def expect_message(page: Page, site: Site, wording, text: str) -> None:
    site.documents.check(page)
    pattern = _wanted(wording, text)
    if pattern is not None:
        expect(page.get_by_text(pattern).first).to_be_visible()


def expect_no_message(page: Page, site: Site, wording, text: str) -> None:
    """Not shown, on the login page: first prove that it is the login page that is shown."""
    login = LoginPage(site.finder(page))
    expect(login.choice("Kundnummer").or_(login.choice("Mobilt BankID")).first).to_be_visible()
    pattern = _wanted(wording, text)
    if pattern is not None:
        expect(page.get_by_text(pattern)).to_have_count(0)


def expect_error(page: Page, site: Site, wording, text: str) -> None:
    """An error in an alert (role=alert), worded as the target words it. Worded right but not
    an alert is an accessibility note, not a failure."""
    site.documents.check(page)
    alerts = page.get_by_role("alert").filter(visible=True)
    pattern = wording.pattern(text)
    if pattern is None:
        expect(alerts.first).to_be_visible()
        return
    shown = alerts.filter(has_text=pattern).or_(page.get_by_text(pattern).filter(visible=True)).first
    expect(shown).to_be_visible()
    if not alerts.filter(has_text=pattern).first.is_visible():
        wording.accessibility(f"Felet {text!r} visas, men inte som role=alert (skärmläsare läser inte upp det).")


def expect_field_error(page: Page, control, wording, text: str, label: str) -> None:
    """The error tied to the field (aria-errormessage or aria-describedby); with the wording
    unknown, the field marked invalid (aria-invalid)."""
    pattern = _wanted(wording, text)
    if pattern is None:  # marked invalid by the page, or held back by the browser's own check
        try:
            page.wait_for_function(INVALID, arg=control.element_handle())
        except PlaywrightTimeoutError:
            raise AssertionError(f"Fältet {label!r} markeras inte som felaktigt (aria-invalid).") from None
        return
    try:
        wait_for_tied_text(page, control, pattern)
    except PlaywrightTimeoutError:
        if page.get_by_text(pattern).filter(visible=True).first.is_visible():
            wording.accessibility(f"Felet {text!r} visas, men är inte kopplat till fältet {label!r} "
                                  "(aria-errormessage eller aria-describedby).")
            return
        raise AssertionError(f"Felet {text!r} visas inte vid fältet {label!r}; där står: {tied_text(control)!r}") from None
