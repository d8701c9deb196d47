"""What a customer types as username: a kundnummer, or 16 + organisationsnummer for a company.

Help page: "kundnummer är detsamma som användarnamn" and "Loggar du in som företag använder
du organisationsnummer, obs skriv 16 före organisationsnumret 16XXXXXX-XXXX".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.se import orgnr as stdnum_orgnr

from .field_errors import (
    MSG_CHARACTERS,
    MSG_EMPTY,
    MSG_LENGTH,
    MSG_ORGNR_INVALID,
    MSG_ORGNR_WITHOUT_16,
    MSG_PERSONNUMMER,
    FieldError,
)
from .personnummer import is_personnummer

KUNDNUMMER_LENGTHS = range(6, 9)
ORGNR_PREFIX = "16"


_ALLOWED = re.compile(r"[0-9\s-]+")


@dataclass(frozen=True)
class Username:
    kind: str  # "kundnummer" or "orgnr"
    value: str  # kundnummer digits, or the 10-digit organisationsnummer without 16

    def key(self) -> str:
        """A stable identifier for rate limiting and logs."""
        return f"{self.kind}:{self.value}"


def is_orgnr(digits: str) -> bool:
    """A 10-digit organisationsnummer: Luhn check digit and third digit >= 2."""
    return len(digits) == 10 and digits[2] >= "2" and stdnum_orgnr.is_valid(digits)


def format_orgnr16(orgnr10: str) -> str:
    """16XXXXXX-XXXX, the form the help page asks companies to type."""
    return f"{ORGNR_PREFIX}{orgnr10[:6]}-{orgnr10[6:]}"


def orgnr_with_prefix(digits: str) -> str | None:
    """The 10-digit orgnr when `digits` is 16 + a valid orgnr; None when it is no orgnr at all.
    Raises for 16 + an invalid orgnr, and for an orgnr typed without 16 (help rule H7)."""
    if len(digits) == 12 and digits.startswith(ORGNR_PREFIX):
        if is_orgnr(digits[2:]):
            return digits[2:]
        raise FieldError(MSG_ORGNR_INVALID)
    if len(digits) == 10 and is_orgnr(digits):
        raise FieldError(MSG_ORGNR_WITHOUT_16)
    return None


def typed_number(raw: str, allowed: re.Pattern, if_empty: str, if_not_a_number: str) -> str:
    """What was typed in a number field, trimmed; FieldError when it is empty or holds
    characters no such number has."""
    text = (raw or "").strip()
    if not text:
        raise FieldError(if_empty)
    if not allowed.fullmatch(text):
        raise FieldError(if_not_a_number)
    return text


def parse_username(raw: str) -> Username:
    """Normalise what was typed in "Kundnummer"; raise FieldError with a Swedish message."""
    text = typed_number(raw, _ALLOWED, MSG_EMPTY, MSG_CHARACTERS)
    digits = re.sub(r"[\s-]", "", text)
    if len(digits) in KUNDNUMMER_LENGTHS:
        return Username("kundnummer", digits)
    orgnr = orgnr_with_prefix(digits)
    if orgnr:
        return Username("orgnr", orgnr)
    if len(digits) in (10, 12) and is_personnummer(digits):
        raise FieldError(MSG_PERSONNUMMER)
    raise FieldError(MSG_LENGTH)
