"""The secrets of this run: the profile's passwords and access secrets, and every password a
scenario types. Remembered here (the page objects that type passwords add theirs), so that
whatever the suite writes (console, report, traces) can leave them out."""

from __future__ import annotations

import base64
import urllib.parse

MIN_LENGTH = 6  # shorter values would redact ordinary words and numbers (a password is longer)
MASK = "********"
_known: set[str] = set()


def remember(value: str | None) -> None:
    if value and len(value) >= MIN_LENGTH:
        _known.add(value)


def known() -> frozenset[str]:
    return frozenset(_known)


def spellings(value: str) -> set[str]:
    """How a secret may be written in what the browser and pytest record: as typed, URL-encoded
    (a form's body, a query), JSON-escaped, base64 (a basic-auth header)."""
    forms = {
        value,
        urllib.parse.quote(value, safe=""),
        urllib.parse.quote_plus(value),
        value.replace("\\", "\\\\").replace('"', '\\"'),
    }
    return {form for form in forms if form}


def redact(text: str) -> str:
    """The text without any secret of the run (longest first)."""
    for value in sorted(_known, key=len, reverse=True):
        for form in sorted(spellings(value), key=len, reverse=True):
            text = text.replace(form, MASK)
    return text


def redact_bytes(data: bytes) -> bytes:
    for value in sorted(_known, key=len, reverse=True):
        forms = {form.encode() for form in spellings(value)} | {base64.b64encode(value.encode())}
        for form in sorted(forms, key=len, reverse=True):
            data = data.replace(form, MASK.encode())
    return data
