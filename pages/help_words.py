"""The words of the help page that every Mina sidor must show: the one home of each word's
accessible name (exactly as the help page writes it), the roles a control with that name may
have, and the rules (H1–H13) whose instructions name it. Page objects find a word by its role
and name in any reasonable markup (Word.locate) and hand the Finder a Control: the word and
where they look for it. When one is missing, the explanation names the word and its rules.
No other module types these names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from playwright.sync_api import Locator, Page

# The roles a choice between ways of logging in may have (tabs, radio buttons, links, buttons, an
# option of a drop-down list: the list is what a customer sees and picks it in).
OPTION = "option"
CHOICE_ROLES = ("tab", "radio", "link", "button", OPTION)


@dataclass(frozen=True)
class Word:
    rules: tuple[str, ...]
    name: str = ""  # its accessible name, as the help page writes it ("": the page names no control)
    roles: tuple[str, ...] = ()  # what a control with that name may be, in the order looked for
    noun: str = ""  # what it is, as an explanation says it: "fliken", "knappen"
    context: str = ""  # where it is: "i sidhuvudet", "under ditt namn"
    said: str = ""  # how an explanation says a word the page names no control for
    # How a control's name holds the word: "exact"; "any case" (the help page's capitalisation is
    # not the point: "registrera e-postadress"); "contains" (a region named after its heading).
    match: str = "exact"

    @property
    def description(self) -> str:
        """'fliken "Kundnummer"', as the explanations say it."""
        if self.said:
            return self.said
        return " ".join(part for part in (self.noun, f'"{self.name}"', self.context) if part)

    @property
    def exactly(self) -> str | re.Pattern:
        """The accessible name as `match` says (for get_by_role's name, with `exact`)."""
        return re.compile(f"^{re.escape(self.name)}$", re.I) if self.match == "any case" else self.name

    @property
    def exact(self) -> bool | None:
        return True if self.match == "exact" else None

    @property
    def within(self) -> re.Pattern:
        """The name as a whole word inside a longer one ("Logga in på Mina sidor"), any case."""
        return re.compile(rf"\b{re.escape(self.name)}\b", re.I)

    @property
    def label(self) -> re.Pattern:
        """A field's label that holds the name, any case ("Ditt kundnummer")."""
        return re.compile(re.escape(self.name), re.I)

    def locate(self, scope: Page | Locator) -> Locator:
        """Every control in `scope` with one of the word's roles and exactly its name."""
        found = None
        for role in self.roles:
            if role == OPTION:  # the <select> that offers it: an option of a closed list is never visible
                page = scope.page if isinstance(scope, Locator) else scope
                option = page.get_by_role(OPTION, name=self.exactly, exact=self.exact)
                one = scope.locator("select").filter(has=option)
            else:
                one = scope.get_by_role(role, name=self.exactly, exact=self.exact)
            found = one if found is None else found.or_(one)
        if found is None:
            raise ValueError(f"{self.description} has no role to be found by")
        return found


@dataclass(frozen=True)
class Control:
    """A help-page word on a page: the word, and the locator a page object finds it with."""

    word: Word
    locator: Locator

    @property
    def first(self) -> Locator:
        return self.locator.first


MINA_SIDOR = Word(("H3", "H5", "H9", "H11"), "Mina sidor", ("link",), "länken", "i sidhuvudet")
CHOICE_BANKID = Word(("H3",), "Mobilt BankID", CHOICE_ROLES, "fliken", match="any case")
CHOICE_KUNDNUMMER = Word(("H5",), "Kundnummer", CHOICE_ROLES, "fliken", match="any case")
LOGIN_KUNDNUMMER = Word(("H5",), "Kundnummer", ("textbox",), "fältet")
LOGIN_PASSWORD = Word(("H5",), said="fältet för lösenordet")
LOGIN_BUTTON = Word(("H5",), "Logga in", ("button",), "knappen")
FIRST_TIME = Word(("H4",), "Första gången du loggar in", ("complementary", "region"), "instruktionen", match="contains")
LINK_REGISTER = Word(("H9",), "Ny kund/Registrera E-post", ("link",), "länken")
LINK_CREATE_PASSWORD = Word(("H11",), "Skapa lösenord", ("link",), "länken")
REGISTER_KUNDNUMMER = Word(("H9",), "Kundnummer", ("textbox",), "fältet", "för att registrera e-postadress")
REGISTER_PERSONNUMMER = Word(("H9",), "Personnummer", ("textbox",), "fältet")
REGISTER_EMAIL = Word(("H9",), said="fältet för e-postadressen")
REGISTER_BUTTON = Word(("H9",), "registrera e-postadress", ("button",), "knappen", match="any case")
CREATE_KUNDNUMMER = Word(("H11",), "Kundnummer", ("textbox",), "fältet", "för att skapa lösenord")
CREATE_BUTTON = Word(("H11",), "Skapa lösenord", ("button",), "knappen")
NAME_IN_HEADER = Word(("H6",), said="ditt namn uppe i sidhuvudet")
LOG_OUT = Word(("H6",), "Logga ut", ("button", "link", "menuitem"), context="under ditt namn")
# Not a word the page quotes but the place its instruction leads to: "följ instruktionerna i
# e-postmeddelandet för att välja ett lösenord".
CHOOSE_PASSWORD = Word(("H12",), said="sidan där du väljer lösenord (från länken i e-postmeddelandet)")
HELP_PAGE = Word(("H2",), "Så här loggar du in på nya Mina sidor", ("link",), "hjälpsidan")
HELP_SUBMENU = Word(("H2",), said="undermenyn med fler hjälpavsnitt")

# Every word, in the order a customer meets them (the pre-flight's walk and its table).
WORDS = (
    MINA_SIDOR,
    CHOICE_BANKID,
    CHOICE_KUNDNUMMER,
    LOGIN_KUNDNUMMER,
    LOGIN_PASSWORD,
    LOGIN_BUTTON,
    FIRST_TIME,
    LINK_REGISTER,
    LINK_CREATE_PASSWORD,
    REGISTER_KUNDNUMMER,
    REGISTER_PERSONNUMMER,
    REGISTER_EMAIL,
    REGISTER_BUTTON,
    CREATE_KUNDNUMMER,
    CREATE_BUTTON,
    CHOOSE_PASSWORD,
    NAME_IN_HEADER,
    LOG_OUT,
    HELP_PAGE,
    HELP_SUBMENU,
)
