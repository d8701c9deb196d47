"""What the "Ny kund/Registrera E-post" form takes: kundnummer, personnummer ÅÅÅÅMMDD-XXXX
(a company: 16 + organisationsnummer) and an e-mail address. Swedish messages per field."""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email
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
    """A syntactically valid address (email-validator, no DNS: the mail itself proves the rest),
    in its normalised form (domain lower-cased). Quoted local parts, IP literals and
    single-label domains are refused: nobody's mailbox at a utility looks like that."""
    text = (raw or "").strip()
    if not text:
        raise FieldError(MSG_EMAIL_EMPTY)
    try:
        return validate_email(
            text,
            check_deliverability=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
        ).normalized
    except EmailNotValidError:
        raise FieldError(MSG_EMAIL_FORMAT) from None
