"""Test customers by role, as the scenarios name them ("en privatkund med lösenord").

The one home of the roles and of a customer's fields: target profiles list customers with
these keys, the embedded stack's demo customers are mapped to these roles, and the steps
ask for them by these names."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields

from minasidor_spec.common.secret_values import remember

PRIVATE = "privatkund"
COMPANY = "företagskund"
LOCKABLE_SUFFIX = " som får spärras"
# Customers a scenario uses up (it registers their e-mail or sets their password): each is
# taken once per target, from test mode, [provisioning] or the profile's pool of them.
PRIVATE_WITHOUT_EMAIL = "privatkund utan e-postadress"
COMPANY_WITHOUT_EMAIL = "företagskund utan e-postadress"
WITH_EMAIL_WITHOUT_PASSWORD = "kund med e-postadress utan lösenord"
CONSUMABLE = (PRIVATE_WITHOUT_EMAIL, COMPANY_WITHOUT_EMAIL, WITH_EMAIL_WITHOUT_PASSWORD)
# The roles the features ask for ("att jag är en privatkund med lösenord", ...).
ROLES = (PRIVATE, COMPANY, PRIVATE + LOCKABLE_SUFFIX, *CONSUMABLE)
# Which steps use up which role is declared beside those steps (steps/customer_use.py).


def lockable(role: str) -> str:
    """The role of a customer whose password login a scenario may lock ("privatkund som får spärras")."""
    return role + LOCKABLE_SUFFIX


@dataclass(frozen=True)
class KnownCustomer:
    role: str
    kundnummer: str
    name: str
    password: str | None = field(default=None, repr=False)  # never printed
    personnummer: str | None = None
    orgnr: str | None = None
    email: str | None = None

    def __post_init__(self):
        remember(self.password)  # kept out of the console, the report and traces

    @classmethod
    def from_record(cls, role: str, record: dict) -> KnownCustomer:
        """From a record that may carry more than a customer's fields (they are left out)."""
        return cls(role=role, **{key: record[key] for key in FIELDS if key in record})

    def orgnr_written_as(self, pattern: str) -> str:
        """Fill the X's of a pattern like "16XXXXXX-XXXX" with this company's orgnr digits."""
        digits = iter(self.orgnr or "")
        return "".join(next(digits, "") if ch == "X" else ch for ch in pattern)

    def identity_written(self) -> str:
        """As the help page asks: personnummer ÅÅÅÅMMDD-XXXX, a company 16XXXXXX-XXXX."""
        if self.orgnr:
            return self.orgnr_written_as("16XXXXXX-XXXX")
        return f"{self.personnummer[:8]}-{self.personnummer[8:]}"


# A customer's fields besides the role: the keys of [customers."role"] in a target profile.
FIELDS = tuple(f.name for f in fields(KnownCustomer) if f.name != "role")
REQUIRED_FIELDS = tuple(f.name for f in fields(KnownCustomer) if f.name != "role" and f.default is MISSING)


def from_control(record: dict) -> KnownCustomer:
    """A fresh customer made by the stack's test-mode control API."""
    return KnownCustomer.from_record("ny kund", record)
