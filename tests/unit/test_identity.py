"""Parsing what customers type as username (kundnummer, 16 + organisationsnummer)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from reference_app.portal import field_errors
from reference_app.portal.field_errors import FieldError
from reference_app.portal.identity import Username, format_orgnr16, parse_username

ORGNR = "5566778899"  # fictional, Luhn-valid, third digit >= 2


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("100001", Username("kundnummer", "100001")),
        (" 100001 ", Username("kundnummer", "100001")),
        ("12345678", Username("kundnummer", "12345678")),
        ("16556677-8899", Username("orgnr", ORGNR)),
        ("165566778899", Username("orgnr", ORGNR)),
        ("16 556677-8899", Username("orgnr", ORGNR)),
        ("16 556677 8899", Username("orgnr", ORGNR)),
    ],
)
def test_accepted_usernames(typed, expected):
    assert parse_username(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", field_errors.MSG_EMPTY),
        ("   ", field_errors.MSG_EMPTY),
        ("10O001", field_errors.MSG_CHARACTERS),
        ("1000.01", field_errors.MSG_CHARACTERS),
        ("123", field_errors.MSG_LENGTH),
        ("123456789", field_errors.MSG_LENGTH),
        ("556677-8899", field_errors.MSG_ORGNR_WITHOUT_16),
        ("5566778899", field_errors.MSG_ORGNR_WITHOUT_16),
        ("16556677-8898", field_errors.MSG_ORGNR_INVALID),
        ("16121212-1212", field_errors.MSG_ORGNR_INVALID),  # third digit < 2: a date, not an orgnr
        ("19121212-1212", field_errors.MSG_PERSONNUMMER),
        ("121212-1212", field_errors.MSG_PERSONNUMMER),
    ],
)
def test_refused_usernames_name_the_problem_in_swedish(typed, message):
    with pytest.raises(FieldError) as refused:
        parse_username(typed)
    assert str(refused.value) == message


def test_orgnr_without_16_message_tells_to_write_16_first():
    assert field_errors.MSG_ORGNR_WITHOUT_16.startswith("Skriv 16 före organisationsnumret")


def test_format_orgnr16():
    assert format_orgnr16(ORGNR) == "16556677-8899"


def _orgnr(body: str) -> str:
    return body + luhn.calc_check_digit(body)


orgnr_bodies = st.from_regex(r"[1-9][0-9][2-9][0-9]{6}", fullmatch=True)


@given(orgnr_bodies)
def test_any_valid_orgnr_with_16_in_any_spacing_logs_in_as_that_company(body):
    number = _orgnr(body)
    for typed in (f"16{number}", f"16{number[:6]}-{number[6:]}", f"16 {number[:6]}-{number[6:]}"):
        assert parse_username(typed) == Username("orgnr", number)


@given(orgnr_bodies)
def test_any_valid_orgnr_without_16_is_told_to_write_16(body):
    number = _orgnr(body)
    with pytest.raises(FieldError, match="Skriv 16"):
        parse_username(number)


@given(st.text(max_size=30))
def test_any_input_either_parses_or_gives_a_swedish_message(typed):
    try:
        parsed = parse_username(typed)
    except FieldError as refused:
        assert str(refused) in {
            field_errors.MSG_EMPTY,
            field_errors.MSG_CHARACTERS,
            field_errors.MSG_LENGTH,
            field_errors.MSG_ORGNR_WITHOUT_16,
            field_errors.MSG_ORGNR_INVALID,
            field_errors.MSG_PERSONNUMMER,
        }
    else:
        assert parsed.value.isdigit()
