"""Form fields by the name the features give them. The help page names kundnummer,
lösenord, personnummer and e-postadress; the labels of the page that chooses a new
password are the reference portal's, found by the target's wording or by their order."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.forms import EMAIL, PASSWORD, field, password_fields

# The fields by the names the features give them: the help page's words, and the fields it
# describes without a label of its own.
HELP_PAGE_LABELS = {
    **{word.name: word.label for word in (words.LOGIN_KUNDNUMMER, words.REGISTER_PERSONNUMMER)},
    "Lösenord": PASSWORD,
    "E-postadress": EMAIL,
}
# The choose-password page: the new password first, its repetition second.
PASSWORD_ORDER = {"Nytt lösenord": 0, "Upprepa lösenordet": 1}


def field_for(page: Page, label: str, wording) -> Locator:
    if label in HELP_PAGE_LABELS:
        return field(page, HELP_PAGE_LABELS[label]).first
    named = wording.texts.name(label)
    if named is not None:
        return field(page, named).first
    return password_fields(page).nth(PASSWORD_ORDER.get(label, 0))
