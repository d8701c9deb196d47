"""Parsing the registration form's personnummer / organisationsnummer and e-mail."""

import pytest

from reference_app.portal import field_errors
from reference_app.portal import registration_identity as reg
from reference_app.portal.field_errors import FieldError
from reference_app.portal.identity import Username


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("19121212-1212", Username("personnummer", "191212121212")),
        ("191212121212", Username("personnummer", "191212121212")),
        ("121212-1212", Username("personnummer", "201212121212")),  # 10 digits: the latest century that fits
        ("121212+1212", Username("personnummer", "191212121212")),  # + : 100 years or older
        ("811218-9876", Username("personnummer", "198112189876")),
        ("19701063-2391", Username("personnummer", "197010632391")),  # samordningsnummer (day + 60)
        ("16556677-8899", Username("orgnr", "5566778899")),
    ],
)
def test_accepted_identity_numbers(typed, expected):
    assert reg.parse_identity_number(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", field_errors.MSG_PNR_EMPTY),
        ("ÅÅÅÅMMDD-XXXX", field_errors.MSG_PNR_FORMAT),
        ("1912121", field_errors.MSG_PNR_FORMAT),
        ("19121312-1212", field_errors.MSG_PNR_DATE),
        ("19121212-1213", field_errors.MSG_PNR_CHECK),
        ("556677-8899", field_errors.MSG_ORGNR_WITHOUT_16),
        ("16556677-8898", field_errors.MSG_ORGNR_INVALID),
    ],
)
def test_refused_identity_numbers(typed, message):
    with pytest.raises(FieldError) as refused:
        reg.parse_identity_number(typed)
    assert str(refused.value) == message


def test_registration_wants_a_kundnummer_not_an_orgnr():
    assert reg.parse_kundnummer(" 100001 ") == "100001"
    with pytest.raises(FieldError, match="kundnummer"):
        reg.parse_kundnummer("16556677-8899")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("anna@example.se", "anna@example.se"),
        (" Anna.Andersson@Example.SE ", "Anna.Andersson@example.se"),
        ("åsa.öberg@exempel.se", "åsa.öberg@exempel.se"),
    ],
)
def test_accepted_email(typed, expected):
    assert reg.parse_email(typed) == expected


@pytest.mark.parametrize(
    "typed", ["anna", "anna@", "anna@example", "an na@example.se", "a@b@example.se", "x" * 250 + "@example.se"]
)
def test_refused_email(typed):
    with pytest.raises(FieldError, match="namn@exempel.se"):
        reg.parse_email(typed)
