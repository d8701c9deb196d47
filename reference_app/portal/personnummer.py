"""Swedish personnummer as python-stdnum reads them (`stdnum.se.personnummer`): the birth
date, the Luhn check digit, and for a 10-digit number the century ('-' under 100 years of
age, '+' from 100). Used by login (a personnummer typed where the kundnummer goes) and by
registration (the personnummer field) alike.

One difference from stdnum, on purpose: registration also takes a samordningsnummer (the
day of birth plus 60, given to people who are not registered in Sweden), which stdnum's
personnummer refuses. Its check digit is over the number as written; its date is the day
minus 60."""

from __future__ import annotations

from stdnum import luhn
from stdnum.exceptions import InvalidFormat
from stdnum.se import personnummer as stdnum_personnummer

COORDINATION_DAY_OFFSET = 60
CENTURIES = (18, 19, 20)  # a personnummer in use today was given in one of these


def is_personnummer(text: str) -> bool:
    """A valid personnummer (not a samordningsnummer), in any of its written forms."""
    return stdnum_personnummer.is_valid(text)


def normalise(text: str, coordination: bool = False) -> str:
    """The 12 digits ÅÅÅÅMMDDXXXX of `text`, with `coordination` also of a samordningsnummer.
    Raises stdnum's InvalidLength or InvalidFormat, InvalidComponent (no such date) or
    InvalidChecksum."""
    number = stdnum_personnummer.compact(text)  # ÅÅÅÅMMDD-XXXX, ÅÅMMDD-XXXX or ÅÅMMDD+XXXX
    as_born = number
    coordinated = coordination and number[-7:-5].isdigit() and int(number[-7:-5]) > COORDINATION_DAY_OFFSET
    if coordinated:
        day = int(number[-7:-5]) - COORDINATION_DAY_OFFSET
        as_born = f"{number[:-7]}{day:02d}{number[-5:]}"
        as_born = as_born[:-1] + luhn.calc_check_digit(_digits(as_born)[-10:-1])
    stdnum_personnummer.validate(as_born)
    if coordinated:
        luhn.validate(_digits(number)[-10:])
    born = stdnum_personnummer.get_birth_date(as_born)
    if born.year // 100 not in CENTURIES:
        raise InvalidFormat()
    return f"{born.year // 100}{_digits(number)[-10:]}"


def _digits(number: str) -> str:
    return number.replace("-", "").replace("+", "")
