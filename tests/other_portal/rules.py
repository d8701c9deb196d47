"""What the other portal accepts in its forms, and what it says (its own wording), with the
switchable deviations from the help page (OTHER_PORTAL_DEVIATION)."""

from __future__ import annotations

import os
import re

from stdnum.se import orgnr, personnummer

# One rule, or several separated by commas (OTHER_PORTAL_DEVIATION=H4,H7).
DEVIATIONS = frozenset(part.strip() for part in os.environ.get("OTHER_PORTAL_DEVIATION", "").split(",") if part.strip())
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Problem(ValueError):
    """What is wrong with a field, said at the field."""


def deviates(rule: str) -> bool:
    return rule in DEVIATIONS


def username(raw: str) -> tuple[str, str]:
    """("kundnummer", six digits) or ("orgnr", ten digits) from the login form."""
    text = (raw or "").strip()
    if not text:
        raise Problem("Ange ditt kundnummer.")
    digits = re.sub(r"[\s-]", "", text)
    if not digits.isdigit():
        raise Problem("Kundnumret får bara innehålla siffror.")
    if len(digits) == 6:
        return "kundnummer", digits
    if len(digits) == 12 and digits.startswith("16"):
        if deviates("H7"):
            raise Problem("Ange organisationsnumret utan 16.")
        if orgnr.is_valid(digits[2:]):
            return "orgnr", digits[2:]
        raise Problem("Kontrollsiffran i organisationsnumret stämmer inte.")
    if len(digits) == 10 and orgnr.is_valid(digits):
        if deviates("H7"):
            return "orgnr", digits
        raise Problem("Börja med 16 och skriv sedan organisationsnumret.")
    if personnummer.is_valid(digits):
        raise Problem("Ange kundnumret, inte ditt personnummer.")
    raise Problem("Kundnumret består av 6 siffror.")


def kundnummer(raw: str) -> str:
    text = (raw or "").strip()
    if not re.fullmatch(r"\d{6}", text):
        raise Problem("Kundnumret består av 6 siffror.")
    return text


def identity(raw: str) -> tuple[str, str]:
    """("personnummer", twelve digits) or ("orgnr", ten digits) from the registration form."""
    text = (raw or "").strip()
    digits = re.sub(r"[\s-]", "", text)
    if not text:
        raise Problem("Ange personnummer eller organisationsnummer.")
    if len(digits) == 12 and digits.startswith("16") and orgnr.is_valid(digits[2:]):
        return "orgnr", digits[2:]
    if len(digits) == 10 and orgnr.is_valid(digits):
        raise Problem("Skriv 16 före organisationsnumret.")
    if not digits.isdigit() or len(digits) != 12:
        raise Problem("Skriv personnumret med tolv siffror.")
    try:
        personnummer.get_birth_date(digits)
    except Exception:  # stdnum says which part is wrong only by its type
        raise Problem("Personnumret har inget giltigt datum.") from None
    if not personnummer.is_valid(digits):
        raise Problem("Kontrollsiffran i personnumret stämmer inte.")
    return "personnummer", digits


def email(raw: str) -> str:
    text = (raw or "").strip()
    if not EMAIL.fullmatch(text):
        raise Problem("Ogiltig e-postadress.")
    return text


def password(first: str, second: str) -> tuple[str | None, str | None]:
    """(problem at the first field, problem at the second)."""
    if len(first or "") < 10:
        return "Välj ett lösenord med minst 10 tecken.", None
    if first != second:
        return None, "Lösenorden skiljer sig åt."
    return None, None
