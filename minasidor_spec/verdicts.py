"""Each help-page rule's verdict, from the outcomes of its scenarios (pure: the console, the exit
code, the report and the merge of shards all judge with this).

A rule names the scenarios that prove it: the features tag them `@bevis` beside the rule's tag.
It is proven only when every one of them ran and passed (each example of an outline) and no
scenario of the rule failed. A scenario tagged `@referensbeslut` checks a decision of our
reference portal where the help page is silent: on another target its failure is reported as a
reference decision that differs, never as a failed rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .rules import RULES

CORE_TAG = "bevis"
REFERENCE_TAG = "referensbeslut"

# What a scenario's run came to (the outcomes the report and the verdicts know).
PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"
REFERENCE_DIFFERS = "reference"  # a @referensbeslut scenario that failed on a foreign target
ADVISORY = "advisory"  # keyboard only on a foreign target: shown, not deciding

# The verdicts, as the console and the report say them.
PROVEN, BROKEN, UNPROVEN, OUT_OF_SCOPE, NOT_JUDGED = (
    "bevisad",
    "misslyckas",
    "inte bevisad",
    "utanför omfånget",
    "inte bedömd",
)
SAID = {
    PROVEN: "Bevisad",
    BROKEN: "Misslyckas",
    UNPROVEN: "Inte bevisad",
    OUT_OF_SCOPE: "Utanför omfånget",
    NOT_JUDGED: "Inte bedömd i den här körningen",
}
GREEN = (PROVEN, OUT_OF_SCOPE, NOT_JUDGED)


@dataclass(frozen=True)
class Proof:
    """A scenario that proves a rule: its name ("Feature: Scenario") and how many runs it has
    (the rows of an outline's examples, else 1)."""

    scenario: str
    runs: int = 1


@dataclass(frozen=True)
class Outcome:
    """One run of one scenario (one example of an outline)."""

    scenario: str  # "Feature: Scenario", as in Proof
    rules: tuple[str, ...]
    outcome: str
    reason: str = ""  # a skip's reason, a failure's explanation
    named: tuple[str, ...] = ()  # the rules a failure's explanation names (else it breaks all of `rules`)

    @property
    def breaks(self) -> tuple[str, ...]:
        """The rules this run broke: those its explanation names, else every rule of the scenario."""
        if self.outcome != FAILED:
            return ()
        return self.named or self.rules


@dataclass
class Verdict:
    rule: str
    state: str
    reasons: list[str] = field(default_factory=list)

    @property
    def green(self) -> bool:
        return self.state in GREEN

    @property
    def said(self) -> str:
        return SAID[self.state]


def judge(
    rule: str, proofs: list[Proof], outcomes: list[Outcome], scope: str | None = None, judged: bool = True
) -> Verdict:
    """The verdict of `rule` from the outcomes of this run (all rules' outcomes may be given)."""
    if scope:
        return Verdict(rule, OUT_OF_SCOPE, [scope])
    failed = [o for o in outcomes if rule in o.breaks]
    if failed:  # whatever the selection: a failure is never left unsaid
        return Verdict(rule, BROKEN, [f"{o.scenario}: {o.reason or 'misslyckades'}" for o in failed])
    if not judged:
        return Verdict(rule, NOT_JUDGED, ["Urvalet i den här körningen tog inte med regelns bevis."])
    mine = [o for o in outcomes if rule in o.rules]
    if not proofs:
        return Verdict(rule, UNPROVEN, ["Inget scenario är märkt som bevis (@bevis) för regeln."])
    reasons = []
    for proof in proofs:
        runs = [o for o in mine if o.scenario == proof.scenario]
        passed = sum(1 for o in runs if o.outcome == PASSED)
        if passed >= proof.runs:
            continue
        other = [o for o in runs if o.outcome != PASSED]
        if other:
            why = other[0].reason or {
                SKIPPED: "hoppades över",
                REFERENCE_DIFFERS: "avvek",
                ADVISORY: "misslyckades",
                FAILED: "misslyckades",
            }.get(other[0].outcome, "")
            if other[0].outcome == FAILED and other[0].named:
                why = f"misslyckades på {', '.join(other[0].named)}: {why}"
            reasons.append(f"{proof.scenario}: {why}")
        elif not runs:
            reasons.append(f"{proof.scenario}: kördes inte")
        else:
            reasons.append(f"{proof.scenario}: {passed} av {proof.runs} exempel kördes")
    if reasons:
        return Verdict(rule, UNPROVEN, reasons)
    return Verdict(rule, PROVEN)


def judge_all(
    proofs: dict[str, list[Proof]], outcomes: list[Outcome], scope: dict[str, str], judged: set[str]
) -> list[Verdict]:
    """Every rule's verdict, in the help page's order."""
    return [judge(rule, proofs.get(rule, []), outcomes, scope.get(rule), rule in judged) for rule in RULES]


def summary_lines(verdicts: list[Verdict]) -> list[str]:
    """The console's closing lines: the count, then each rule that is not proven and why."""
    counts = {state: sum(1 for v in verdicts if v.state == state) for state in SAID}
    parts = [f"{counts[PROVEN]} bevisade"]
    parts += [
        f"{counts[state]} {SAID[state].lower()}"
        for state in (BROKEN, UNPROVEN, OUT_OF_SCOPE, NOT_JUDGED)
        if counts[state]
    ]
    lines = [f"Hjälpsidans regler: {', '.join(parts)}."]
    for verdict in verdicts:
        if verdict.state in (BROKEN, UNPROVEN, OUT_OF_SCOPE):
            lines.append(f"  {verdict.rule} {verdict.said.lower()}: {'; '.join(verdict.reasons)}")
    return lines


RULE_NAMES = re.compile(r"\((H\d{1,2}(?:, H\d{1,2})*)\)")


def rules_named(explanation: str | None) -> tuple[str, ...]:
    """The rules an explanation names: "Avvikelse från hjälpsidan (H5, H7): ..." -> ("H5", "H7")."""
    match = RULE_NAMES.search(explanation or "")
    return tuple(rule for rule in match.group(1).split(", ") if rule in RULES) if match else ()


def to_json(proofs: dict[str, list[Proof]]) -> dict[str, list[dict]]:
    return {rule: [{"scenario": p.scenario, "runs": p.runs} for p in items] for rule, items in proofs.items()}


def proofs_from_json(data: dict[str, list[dict]]) -> dict[str, list[Proof]]:
    return {rule: [Proof(p["scenario"], p.get("runs", 1)) for p in items] for rule, items in data.items()}
