"""The one personnummer module: python-stdnum's reading, plus samordningsnummer where asked."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from reference_app.portal import personnummer


@pytest.mark.parametrize(
    ("typed", "twelve"),
    [
        ("19121212-1212", "191212121212"),
        ("191212121212", "191212121212"),
        ("19121212 1212", "191212121212"),
        ("121212-1212", "201212121212"),  # 10 digits, '-': under 100 years old
        ("121212+1212", "191212121212"),  # 10 digits, '+': 100 or older
    ],
)
def test_written_forms_give_twelve_digits(typed, twelve):
    assert personnummer.normalise(typed) == twelve


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("1912121", InvalidLength),
        ("ÅÅÅÅMMDD-XXXX", InvalidFormat),
        ("19121312-1212", InvalidComponent),
        ("19121212-1213", InvalidChecksum),
        ("17121212-1212", InvalidFormat),  # no personnummer in use was given in the 1700s
    ],
)
def test_what_is_no_personnummer_says_why(typed, error):
    with pytest.raises(error):
        personnummer.normalise(typed)


def test_samordningsnummer_only_where_asked_for():
    assert personnummer.normalise("19701063-2391", coordination=True) == "197010632391"
    with pytest.raises(InvalidComponent):
        personnummer.normalise("19701063-2391")
    assert not personnummer.is_personnummer("197010632391")
    with pytest.raises(InvalidChecksum):
        personnummer.normalise("19701063-2392", coordination=True)


@given(st.dates(date(1700, 1, 1), date(2199, 12, 31)), st.integers(0, 999), st.booleans())
def test_every_valid_number_round_trips(born, serial, coordination):
    day = born.day + (60 if coordination else 0)
    body = f"{born.year % 100:02d}{born.month:02d}{day:02d}{serial:03d}"
    written = f"{born.year}{body[2:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    if born.year // 100 not in personnummer.CENTURIES:
        with pytest.raises(InvalidFormat):
            personnummer.normalise(written, coordination=True)
        return
    assert personnummer.normalise(written, coordination=True) == written.replace("-", "")
    assert personnummer.is_personnummer(written) is not coordination
