"""What the rate limits count by: the account a form names, not how it was typed."""

from __future__ import annotations

from flask import request

from . import customers
from .db import get_db
from .field_errors import FieldError
from .identity import Username, parse_username


def account_of(username: Username) -> str:
    """The account a username names: a company's kundnummer and 16 + orgnr are one account.
    A username that names no customer counts by itself, so the answer is the same for both."""
    customer = customers.find(get_db(), username)
    return f"customer:{customer.id}" if customer else username.key()


def account_key() -> str:
    """The account the form's "Kundnummer" names (for limits counted per account)."""
    raw = request.form.get("kundnummer", "")
    try:
        return account_of(parse_username(raw))
    except FieldError:
        return "invalid:" + raw.strip()[:40]


def kundnummer_key() -> str:
    """The digits typed as kundnummer (the registration form takes only a kundnummer)."""
    return "kundnummer:" + "".join(ch for ch in request.form.get("kundnummer", "") if ch.isdigit())[:16]
