"""The verdicts a rule can have, as the console and the report say them, and the proofs a rule
names (the features tag them `@bevis` beside the rule's tag). minasidor_spec.judging.judge gives every
rule its verdict from a run record.

A scenario tagged `@referensbeslut` checks a decision of our reference portal where the help page
is silent: on another target its failure is reported as a reference decision that differs, never
as a failed rule."""

from __future__ import annotations

from dataclasses import dataclass, field

CORE_TAG = "bevis"
REFERENCE_TAG = "referensbeslut"

# What a scenario's run came to (the outcomes the report and the verdicts know).
PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"
REFERENCE_DIFFERS = "reference"  # a @referensbeslut scenario that failed on a foreign target
ADVISORY = "advisory"  # keyboard only on a foreign target: shown, not deciding

# The verdicts, as the console and the report say them.
PROVEN, BROKEN, UNPROVEN, OUT_OF_SCOPE, NOT_JUDGED, QUARANTINED = (
    "bevisad",
    "misslyckas",
    "inte bevisad",
    "utanför omfånget",
    "inte bedömd",
    "i karantän",
)
SAID = {
    PROVEN: "Bevisad",
    BROKEN: "Misslyckas",
    UNPROVEN: "Inte bevisad",
    OUT_OF_SCOPE: "Utanför omfånget",
    NOT_JUDGED: "Inte bedömd i den här körningen",
    QUARANTINED: "I karantän",
}
# Verdicts that do not fail a run (a quarantined proof is reported, never failing).
GREEN = (PROVEN, OUT_OF_SCOPE, NOT_JUDGED, QUARANTINED)


@dataclass(frozen=True)
class Proof:
    """A scenario that proves a rule: its name ("Feature: Scenario") and how many runs it has
    (the rows of an outline's examples, else 1)."""

    scenario: str
    runs: int = 1


@dataclass
class Verdict:
    rule: str
    state: str
    reasons: list[str] = field(default_factory=list)
    blocked_by: list[str] = field(default_factory=list)  # the causes that kept it from being proven

    @property
    def green(self) -> bool:
        return self.state in GREEN

    @property
    def said(self) -> str:
        return SAID[self.state]


def to_json(proofs: dict[str, list[Proof]]) -> dict[str, list[dict]]:
    return {rule: [{"scenario": p.scenario, "runs": p.runs} for p in items] for rule, items in proofs.items()}


def proofs_from_json(data: dict[str, list[dict]]) -> dict[str, list[Proof]]:
    return {rule: [Proof(p["scenario"], p.get("runs", 1)) for p in items] for rule, items in data.items()}
