"""Form fields found by what their label says, and what a field's error says."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

# Fields the help page names without quoting a label (the kundnummer's and personnummer's labels
# are its words: help_words.Word.label).
PASSWORD = re.compile("lösenord", re.I)
EMAIL = re.compile("e-?post|e-?mail|mejl", re.I)

# The texts tied to a field as its error: aria-errormessage, or aria-describedby (visible only).
_TIED_TEXT = """field => [field.getAttribute('aria-errormessage'), field.getAttribute('aria-describedby')]
  .filter(Boolean).flatMap(ids => ids.split(/\\s+/)).map(id => document.getElementById(id))
  .filter(node => node && node.getClientRects().length > 0).map(node => node.textContent.trim()).join(' ')"""


# What can be typed in (a choice's radio button may share a field's name: "Kundnummer").
_INPUTS = (
    "input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=submit]):not([type=button]),"
    " textarea, select"
)


def field(page: Page, label: str | re.Pattern) -> Locator:
    """The input labelled `label`, in a form or not (a script may send the fields): only what can
    be typed in, since a tab panel or the choice's radio button may share the name."""
    return page.get_by_label(label, exact=isinstance(label, str)).and_(page.locator(_INPUTS))


def tick_required(page: Page) -> None:
    """Tick the boxes a form requires (terms to accept), as a customer does before sending it."""
    for box in page.locator("input[type=checkbox][required]:not(:checked)").filter(visible=True).all():
        box.check()


def password_fields(page: Page) -> Locator:
    return page.locator("input[type=password]")


def tied_text(control: Locator) -> str:
    """What the page ties to a field for assistive technology (its error, its hint)."""
    return control.evaluate(_TIED_TEXT)


def wait_for_tied_text(page: Page, control: Locator, pattern: re.Pattern, timeout: float | None = None) -> None:
    """Until the text tied to `control` matches `pattern` (Playwright's TimeoutError otherwise)."""
    flags = "i" if pattern.flags & re.IGNORECASE else ""
    page.wait_for_function(
        f"([field, source, flags]) => new RegExp(source, flags).test(({_TIED_TEXT})(field))",
        arg=[control.element_handle(timeout=timeout), pattern.pattern, flags],
        timeout=timeout,
    )
