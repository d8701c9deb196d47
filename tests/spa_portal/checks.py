"""What the single-page portal accepts and says (its own wording), and its deliberate
deviations from the help page (SPA_PORTAL_DEVIATION=H7 or H7,H10,...)."""

from __future__ import annotations

import os
import re

from stdnum.se import orgnr, personnummer

DEVIATIONS = frozenset(part.strip() for part in os.environ.get("SPA_PORTAL_DEVIATION", "").split(",") if part.strip())
MAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)


class Refused(ValueError):
    """Said in the portal's one message region, or (meddelande=falt) at the field it is about."""

    def __init__(self, text: str, field: str | None = None):
        super().__init__(text)
        self.field = field


def breaks(rule: str) -> bool:
    return rule in DEVIATIONS


def _digits(text: str) -> str:
    return re.sub(r"[\s-]", "", text or "")


def login_name(text: str) -> tuple[str, str]:
    """("kundnummer", 7 digits) or ("orgnr", 10 digits) as typed in the login form."""
    digits = _digits(text)
    if not digits:
        raise Refused("Skriv ditt kundnummer.", "anvandarnamn")
    if not digits.isdigit():
        raise Refused("Kundnummer består bara av siffror.", "anvandarnamn")
    if len(digits) == 7:
        return "kundnummer", digits
    if len(digits) == 12 and digits[:2] == "16":
        if breaks("H7"):
            raise Refused("Skriv organisationsnumret utan 16 först.", "anvandarnamn")
        if not orgnr.is_valid(digits[2:]):
            raise Refused("Organisationsnumret är felaktigt.", "anvandarnamn")
        return "orgnr", digits[2:]
    if len(digits) == 10 and orgnr.is_valid(digits):
        if breaks("H7"):
            return "orgnr", digits
        raise Refused("Företag loggar in med 16 före organisationsnumret.", "anvandarnamn")
    raise Refused("Det där ser inte ut som ett kundnummer.", "anvandarnamn")


def customer_number(text: str) -> str:
    digits = _digits(text)
    if not re.fullmatch(r"\d{7}", digits):
        raise Refused("Kundnumret har sju siffror. Du hittar det på fakturan.", "kundnummer")
    return digits


def identity(text: str) -> tuple[str, str]:
    """("personnummer", 12 digits) or ("orgnr", 10 digits): a company writes 16 first."""
    digits = _digits(text)
    if len(digits) == 12 and digits[:2] == "16" and orgnr.is_valid(digits[2:]):
        return "orgnr", digits[2:]
    if not (digits.isdigit() and len(digits) == 12 and personnummer.is_valid(digits)):
        raise Refused("Kontrollera personnumret (ÅÅÅÅMMDD-XXXX).", "personnummer")
    return "personnummer", digits


def mail_address(text: str) -> str:
    if not MAIL.fullmatch((text or "").strip()):
        raise Refused("Kontrollera e-postadressen.", "epost")
    return text.strip()


def new_password(text: str) -> str:
    """At least ten characters, one of them a digit."""
    if len(text or "") < 10 or not re.search(r"\d", text):
        raise Refused("Lösenordet behöver minst 10 tecken, varav minst en siffra.", "losenord")
    return text
