"""What the rate limits count by: the account a form names, not how it was typed."""

from __future__ import annotations

from flask import request

from .field_errors import FieldError
from .identity import parse_username


def username_key() -> str:
    """The normalised username, so 16556677-8899 and 165566778899 count as one."""
    raw = request.form.get("kundnummer", "")
    try:
        return parse_username(raw).key()
    except FieldError:
        return "invalid:" + raw.strip()[:40]


def kundnummer_key() -> str:
    """The digits typed as kundnummer (the registration form takes only a kundnummer)."""
    return "kundnummer:" + "".join(ch for ch in request.form.get("kundnummer", "") if ch.isdigit())[:16]
