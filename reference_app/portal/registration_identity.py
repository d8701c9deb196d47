"""What the "Ny kund/Registrera E-post" form takes: kundnummer, personnummer ÅÅÅÅMMDD-XXXX
(a company: 16 + organisationsnummer) and an e-mail address. Swedish messages per field."""

from __future__ import annotations

import re

from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError

from . import personnummer
from .field_errors import (
    MSG_EMAIL_EMPTY,
    MSG_EMAIL_FORMAT,
    MSG_KUNDNUMMER_ONLY,
    MSG_PNR_CHECK,
    MSG_PNR_DATE,
    MSG_PNR_EMPTY,
    MSG_PNR_FORMAT,
    FieldError,
)
from .identity import Username, orgnr_with_prefix, parse_username, typed_number

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
    text = typed_number(raw, _NUMBER, MSG_PNR_EMPTY, MSG_PNR_FORMAT)
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
