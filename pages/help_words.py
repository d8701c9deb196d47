"""The words of the help page that every Mina sidor must show, each with the rules (H1–H13)
whose instructions name it. A page object looks for them by accessible name in any reasonable
markup; when one is missing, the explanation names the rules and the word."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    description: str  # as the explanation says it: 'fliken "Kundnummer"'
    rules: tuple[str, ...]


MINA_SIDOR = Word('länken "Mina sidor" i sidhuvudet', ("H3", "H5", "H9", "H11"))
CHOICE_BANKID = Word('fliken "Mobilt BankID"', ("H3",))
CHOICE_KUNDNUMMER = Word('fliken "Kundnummer"', ("H5",))
LOGIN_KUNDNUMMER = Word('fältet "Kundnummer"', ("H5",))
LOGIN_PASSWORD = Word("fältet för lösenordet", ("H5",))
LOGIN_BUTTON = Word('knappen "Logga in"', ("H5",))
FIRST_TIME = Word('instruktionen "Första gången du loggar in"', ("H4",))
LINK_REGISTER = Word('länken "Ny kund/Registrera E-post"', ("H9",))
LINK_CREATE_PASSWORD = Word('länken "Skapa lösenord"', ("H11",))
REGISTER_KUNDNUMMER = Word('fältet "Kundnummer" för att registrera e-postadress', ("H9",))
REGISTER_PERSONNUMMER = Word('fältet "Personnummer"', ("H9",))
REGISTER_EMAIL = Word("fältet för e-postadressen", ("H9",))
REGISTER_BUTTON = Word('knappen "registrera e-postadress"', ("H9",))
CREATE_KUNDNUMMER = Word('fältet "Kundnummer" för att skapa lösenord', ("H11",))
CREATE_BUTTON = Word('knappen "Skapa lösenord"', ("H11",))
NAME_IN_HEADER = Word("ditt namn uppe i sidhuvudet", ("H6",))
LOG_OUT = Word('"Logga ut" under ditt namn', ("H6",))
# Not a word the page quotes but the place its instruction leads to: "följ instruktionerna i
# e-postmeddelandet för att välja ett lösenord".
CHOOSE_PASSWORD = Word("sidan där du väljer lösenord (från länken i e-postmeddelandet)", ("H12",))
HELP_PAGE = Word('hjälpsidan "Så här loggar du in på nya Mina sidor"', ("H2",))
HELP_SUBMENU = Word("undermenyn med fler hjälpavsnitt", ("H2",))

HELP_TITLE = "Så här loggar du in på nya Mina sidor"
