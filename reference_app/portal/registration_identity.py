"""What the "Ny kund/Registrera E-post" form takes: kundnummer, personnummer ÅÅÅÅMMDD-XXXX
(a company: 16 + organisationsnummer) and an e-mail address. Swedish messages per field."""

from __future__ import annotations

import re
from datetime import date

from stdnum import luhn

from .identity import Username, UsernameError, orgnr_with_prefix, parse_username

MSG_KUNDNUMMER_ONLY = "Fyll i ditt kundnummer här (6–8 siffror, finns på din senaste faktura)."
MSG_PNR_EMPTY = "Fyll i ditt personnummer. Företag fyller i 16 och organisationsnumret."
MSG_PNR_FORMAT = "Skriv personnumret som ÅÅÅÅMMDD-XXXX. Företag skriver 16XXXXXX-XXXX."
MSG_PNR_DATE = "Personnumret börjar inte med ett giltigt datum. Skriv det som ÅÅÅÅMMDD-XXXX."
MSG_PNR_CHECK = "Personnumret stämmer inte. Kontrollera de fyra sista siffrorna."
MSG_EMAIL_EMPTY = "Fyll i din e-postadress."
MSG_EMAIL_FORMAT = "Skriv e-postadressen som namn@exempel.se."
MSG_EMAIL_MISMATCH = "E-postadresserna är inte likadana. Skriv samma adress i båda fälten."

_NUMBER = re.compile(r"[0-9\s+-]+")
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")


def parse_kundnummer(raw: str) -> str:
    """Only a kundnummer (not 16 + organisationsnummer)."""
    username = parse_username(raw)
    if username.kind != "kundnummer":
        raise UsernameError(MSG_KUNDNUMMER_ONLY)
    return username.value


def _valid_date(digits12: str) -> bool:
    year, month, day = int(digits12[:4]), int(digits12[4:6]), int(digits12[6:8])
    if day > 60:  # samordningsnummer: day + 60
        day -= 60
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _with_century(digits10: str, centenarian: bool, today: date) -> str:
    year = int(digits10[:2])
    century = today.year // 100 if year <= today.year % 100 else today.year // 100 - 1
    if centenarian:
        century -= 1
    return f"{century:02d}{digits10}"


def parse_identity_number(raw: str, today: date | None = None) -> Username:
    """A personnummer (12 digits, kind "personnummer") or 16 + orgnr (10 digits, kind "orgnr")."""
    text = (raw or "").strip()
    if not text:
        raise UsernameError(MSG_PNR_EMPTY)
    if not _NUMBER.fullmatch(text):
        raise UsernameError(MSG_PNR_FORMAT)
    digits = re.sub(r"[\s+-]", "", text)
    orgnr = orgnr_with_prefix(digits)
    if orgnr:
        return Username("orgnr", orgnr)
    if len(digits) == 10:
        digits = _with_century(digits, "+" in text, today or date.today())
    if len(digits) != 12 or digits[:2] not in ("18", "19", "20"):
        raise UsernameError(MSG_PNR_FORMAT)
    if not _valid_date(digits):
        raise UsernameError(MSG_PNR_DATE)
    if not luhn.is_valid(digits[2:]):
        raise UsernameError(MSG_PNR_CHECK)
    return Username("personnummer", digits)


def parse_email(raw: str) -> str:
    """A plausible address (the mail itself proves it); the domain lower-cased."""
    text = (raw or "").strip()
    if not text:
        raise UsernameError(MSG_EMAIL_EMPTY)
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise UsernameError(MSG_EMAIL_FORMAT)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"
