"""Test customers by role, as the scenarios name them ("en privatkund med lösenord")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownCustomer:
    role: str
    kundnummer: str
    name: str
    password: str | None = None
    personnummer: str | None = None
    orgnr: str | None = None
    email: str | None = None

    def orgnr_written_as(self, pattern: str) -> str:
        """Fill the X's of a pattern like "16XXXXXX-XXXX" with this company's orgnr digits."""
        digits = iter(self.orgnr or "")
        return "".join(next(digits, "") if ch == "X" else ch for ch in pattern)


    def identity_written(self) -> str:
        """As the help page asks: personnummer ÅÅÅÅMMDD-XXXX, a company 16XXXXXX-XXXX."""
        if self.orgnr:
            return self.orgnr_written_as("16XXXXXX-XXXX")
        return f"{self.personnummer[:8]}-{self.personnummer[8:]}"


def from_control(record: dict) -> KnownCustomer:
    """A fresh customer made by the stack's test-mode control API."""
    fields = KnownCustomer.__dataclass_fields__
    return KnownCustomer(role="ny kund", **{k: v for k, v in record.items() if k in fields and k != "role"})


def from_demo(records: list[dict]) -> dict[str, KnownCustomer]:
    fields = KnownCustomer.__dataclass_fields__
    return {r["role"]: KnownCustomer(**{k: v for k, v in r.items() if k in fields}) for r in records}
