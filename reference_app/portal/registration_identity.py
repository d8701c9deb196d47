"""What the "Ny kund/Registrera E-post" form takes: kundnummer, personnummer ÅÅÅÅMMDD-XXXX
(a company: 16 + organisationsnummer) and an e-mail address. Swedish messages per field."""

from __future__ import annotations

import re

from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError

from . import personnummer
from .field_error import FieldError
from .identity import Username, orgnr_with_prefix, parse_username

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
        raise FieldError(MSG_KUNDNUMMER_ONLY)
    return username.value


def parse_identity_number(raw: str) -> Username:
    """A personnummer or samordningsnummer (12 digits, kind "personnummer") or 16 + orgnr (10 digits, kind "orgnr")."""
    text = (raw or "").strip()
    if not text:
        raise FieldError(MSG_PNR_EMPTY)
    if not _NUMBER.fullmatch(text):
        raise FieldError(MSG_PNR_FORMAT)
    orgnr = orgnr_with_prefix(re.sub(r"[\s+-]", "", text))
    if orgnr:
        return Username("orgnr", orgnr)
    try:
        return Username("personnummer", personnummer.normalise(text, coordination=True))
    except InvalidComponent:
        raise FieldError(MSG_PNR_DATE) from None
    except InvalidChecksum:
        raise FieldError(MSG_PNR_CHECK) from None
    except ValidationError:
        raise FieldError(MSG_PNR_FORMAT) from None


def parse_email(raw: str) -> str:
    """A plausible address (the mail itself proves it); the domain lower-cased."""
    text = (raw or "").strip()
    if not text:
        raise FieldError(MSG_EMAIL_EMPTY)
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise FieldError(MSG_EMAIL_FORMAT)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"
