"""What a mutant of the reference stack is: a list of exact text edits (file, old, new) applied
to a copy of the repository, the rule it breaks and what a customer would see."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    path: str
    old: str
    new: str


@dataclass(frozen=True)
class Mutant:
    name: str
    rule: str  # H1-H13, or S for a security promise
    change: str  # what the customer would see, in Swedish
    edits: tuple[Edit, ...]


P = "reference_app/portal/"
T = P + "templates/"


def m(name: str, rule: str, change: str, *edits: tuple[str, str, str]) -> Mutant:
    return Mutant(name, rule, change, tuple(Edit(*edit) for edit in edits))
