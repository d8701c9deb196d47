"""The one judge: a run record (minasidor_spec.judging.run_record) in, every rule's verdict, the causes of
what failed, and the exit code out. The console, the report, JUnit, the history, `compare` and
`merge-report` all take their verdict from here.

Credit and blame go by step. A rule is proven when, in each of its proofs (scenarios tagged
@bevis, every example of an outline), the steps that serve it passed, even where the scenario
failed later on another rule's step. A rule fails only by a deviation blamed on it. A rule that a
failure kept from being proven is "inte bevisad", listed under that failure's cause ("hindrad av").
A run whose target did not answer judges no rule (exit 3). A scenario that failed and then passed
when run again is "ostadig": its rule holds. A quarantined scenario is reported, never fails."""

from __future__ import annotations

from dataclasses import dataclass, field

from minasidor_spec.common.rules import RULES
from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging.causes import ACCESS, DEVIATION, HEADINGS, REFERENCE, SUITE, TEST_DATA, UNREACHABLE, Cause
from minasidor_spec.judging.run_record import ACCESSIBILITY, NOT_RUN, PROOF
from minasidor_spec.judging.verdicts import (
    BROKEN,
    FAILED,
    GREEN,
    NOT_JUDGED,
    OUT_OF_SCOPE,
    PASSED,
    PROVEN,
    QUARANTINED,
    SKIPPED,
    UNPROVEN,
    Proof,
    Verdict,
    proofs_from_json,
)

DESELECTED = "valdes bort i den här körningen (-k, --deselect eller nod-id), så regeln är inte bevisad"


@dataclass
class CauseGroup:
    """One cause, however many scenarios it touched, and the rules it kept from being proven."""

    cause: Cause
    scenarios: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)

    @property
    def line(self) -> str:
        return self.cause.line


@dataclass
class Judgement:
    verdicts: list[Verdict]
    causes: list[CauseGroup]
    flaky: list[dict]  # scenarios that failed, then passed when run again
    quarantined: list[dict]  # quarantined scenarios that failed (reported, not failing the run)
    stopped: dict | None  # the record's "stopped": the target did not answer, or the setup failed
    exit_code: int

    @property
    def outage(self) -> bool:
        return bool(self.stopped) and self.stopped.get("code") == ExitCode.UNREACHABLE

    @property
    def green(self) -> bool:
        return self.exit_code == ExitCode.HELD

    def verdict(self, rule: str) -> Verdict:
        return next(v for v in self.verdicts if v.rule == rule)


def steps_serving(entry: dict, rule: str) -> list[dict]:
    return [step for step in entry.get("steps", []) if rule in step.get("rules", ())]


def cause_of(entry: dict) -> Cause | None:
    found = entry.get("cause")
    if found:
        return Cause.from_dict(found)
    if entry.get("outcome") != FAILED:
        return None
    text = entry.get("explanation") or entry.get("failure") or "misslyckades"
    kind = DEVIATION if entry.get("kind") == PROOF else SUITE
    return Cause(kind, tuple(entry.get("rules", ())), text)


def credited(entry: dict, rule: str) -> bool:
    """Did this run of a proof prove `rule`: it passed (also on a run again), or the steps serving
    the rule passed before it failed on a cause that is not the rule's."""
    if entry.get("outcome") == PASSED:
        return True
    if entry.get("outcome") != FAILED:
        return False
    cause = cause_of(entry)
    serving = steps_serving(entry, rule)
    return (
        cause is not None
        and rule not in cause.rules
        and cause.kind != UNREACHABLE
        and bool(serving)
        and all(step.get("status") == PASSED for step in serving)
    )


def quarantine_of(record: dict, entry: dict) -> dict | None:
    return (record.get("rules") or {}).get("quarantine", {}).get(entry.get("template", ""))


def proofs_of_entries(entries: list[dict]) -> dict[str, list[Proof]]:
    """The proofs as the scenarios' kinds give them (a record without the rule gate's proofs)."""
    runs: dict[str, int] = {}
    for entry in entries:
        if entry.get("kind") == PROOF:
            runs[entry.get("template", "")] = runs.get(entry.get("template", ""), 0) + 1
    proofs: dict[str, list[Proof]] = {}
    for key, count in runs.items():
        entry = next(e for e in entries if e.get("template") == key)
        for rule in entry.get("rules", []):
            proofs.setdefault(rule, []).append(Proof(key, count))
    return proofs


def judge(record: dict) -> Judgement:
    rules = record.get("rules") or {}
    entries = list(record.get("scenarios", {}).values())
    quarantined = [e for e in entries if quarantine_of(record, e) and e.get("outcome") == FAILED]
    counted = [e for e in entries if not quarantine_of(record, e)]
    failed = [e for e in counted if e.get("outcome") == FAILED]
    groups = _groups(failed)
    stopped = record.get("stopped")
    proofs = proofs_from_json(rules["proofs"]) if rules.get("proofs") else proofs_of_entries(entries)
    judged = set(rules["judged"]) if "judged" in rules else set(RULES)
    scope = rules.get("scope") or {}
    verdicts = []
    for rule in RULES:
        if stopped:
            verdicts.append(Verdict(rule, NOT_JUDGED, [stopped.get("text", "Körningen avbröts.")]))
            continue
        verdicts.append(_judge_rule(rule, proofs.get(rule, []), entries, record, groups, scope, judged, rules))
    flaky = [e for e in entries if e.get("flaky")]
    return Judgement(
        verdicts, list(groups.values()), flaky, quarantined, stopped, _exit_code(record, verdicts, groups, flaky)
    )


def _groups(failed: list[dict]) -> dict[tuple, CauseGroup]:
    groups: dict[tuple, CauseGroup] = {}
    for entry in failed:
        cause = cause_of(entry)
        if cause is None:
            continue
        group = groups.setdefault(cause.key, CauseGroup(cause))
        group.scenarios.append(_name(entry))
    return groups


def _name(entry: dict) -> str:
    example = f" [{entry['example']}]" if entry.get("example") else ""
    return f"{entry.get('template') or entry.get('scenario', '')}{example}"


def _judge_rule(rule, proofs, entries, record, groups, scope, judged, rules) -> Verdict:
    if rule in scope:
        return Verdict(rule, OUT_OF_SCOPE, [scope[rule]])
    broken = [g for g in groups.values() if g.cause.kind == DEVIATION and rule in g.cause.rules]
    if broken:  # whatever the selection: a failure is never left unsaid
        return Verdict(rule, BROKEN, [f"{', '.join(g.scenarios)}: {g.cause.text}" for g in broken])
    if rule not in judged:
        return Verdict(rule, NOT_JUDGED, ["Urvalet (-m) i den här körningen tog inte med regeln."])
    if not proofs:
        return Verdict(rule, UNPROVEN, ["Inget scenario är märkt som bevis (@bevis) för regeln."])
    reasons, blocked_by, only_quarantine = [], [], True
    for proof in proofs:
        mine = [e for e in entries if e.get("template") == proof.scenario]
        if sum(1 for e in mine if credited(e, rule)) >= proof.runs:
            continue
        why, cause_key, quarantined = _why_not(rule, proof, mine, record, rules)
        only_quarantine = only_quarantine and quarantined
        reasons.append(f"{proof.scenario}: {why}")
        if cause_key is not None and cause_key in groups:
            group = groups[cause_key]
            if rule not in group.blocks:
                group.blocks.append(rule)
            blocked_by.append(group.line)
    if not reasons:
        return Verdict(rule, PROVEN)
    if only_quarantine:
        return Verdict(rule, QUARANTINED, reasons)
    return Verdict(rule, UNPROVEN, reasons, blocked_by=list(dict.fromkeys(blocked_by)))


def _why_not(rule: str, proof: Proof, mine: list[dict], record: dict, rules: dict) -> tuple[str, tuple | None, bool]:
    """Why a proof did not prove `rule`: the words, the key of the cause that kept it, quarantined."""
    if not mine:
        if rules.get("narrowed"):
            return (
                "valdes bort i den här körningen (-k, --deselect eller nod-id), så regeln är inte bevisad",
                None,
                False,
            )
        return "kördes inte", None, False
    for entry in mine:
        if credited(entry, rule):
            continue
        quarantine = quarantine_of(record, entry)
        if quarantine and entry.get("outcome") == FAILED:
            return f"i karantän till {quarantine.get('until', '?')} ({quarantine.get('reason', '')})", None, True
        outcome = entry.get("outcome")
        if outcome == FAILED:
            cause = cause_of(entry)
            return f"hindrad av {_blame(cause)}", cause.key, False
        if outcome == SKIPPED:
            return entry.get("skip_reason") or "hoppades över", None, False
        if outcome == NOT_RUN:
            return "kördes inte (körningen stannade före scenariot)", None, False
        return entry.get("reference_differs") or entry.get("failure") or outcome or "kördes inte", None, False
    ran = sum(1 for e in mine if credited(e, rule))
    return f"{ran} av {proof.runs} exempel kördes", None, False


def _blame(cause: Cause) -> str:
    named = ", ".join(cause.rules) if cause.rules and cause.kind == DEVIATION else HEADINGS[cause.kind].lower()
    return f"{named}: {cause.line}"


def _exit_code(record: dict, verdicts: list[Verdict], groups: dict, flaky: list[dict]) -> int:
    stopped = record.get("stopped")
    if stopped:
        return int(stopped.get("code", ExitCode.SETUP))
    sharded = (record.get("rules") or {}).get("sharded", False)
    if any(g.cause.kind == TEST_DATA for g in groups.values()):  # a test customer could not be had
        return ExitCode.SETUP
    if any(v.state == BROKEN or (not sharded and not v.green) for v in verdicts):
        return ExitCode.NOT_HELD
    if any(g.cause.kind in (SUITE, REFERENCE, ACCESS) for g in groups.values()):
        return ExitCode.NOT_HELD
    if any(e.get("kind") == ACCESSIBILITY and e.get("outcome") == FAILED for e in record.get("scenarios", {}).values()):
        return ExitCode.NOT_HELD
    if record.get("other_failures") or record.get("accessibility_failed"):
        return ExitCode.NOT_HELD
    if flaky and (record.get("options") or {}).get("fail_on_flaky"):
        return ExitCode.NOT_HELD
    return ExitCode.HELD


def summary_lines(judgement: Judgement) -> list[str]:
    """The console's closing block: the count, then one short block per cause, then what else did
    not hold, the flaky and the quarantined."""
    if judgement.stopped:
        stopped = judgement.stopped
        head = "Målmiljön svarade inte" if judgement.outage else "Körningen kunde inte genomföras"
        return [f"{head}: inga regler bedömdes (avslutskod {judgement.exit_code}).", f"  {stopped.get('text', '')}"]
    counts = {state: sum(1 for v in judgement.verdicts if v.state == state) for state in STATES_SAID}
    parts = [f"{counts[PROVEN]} bevisade"] + [
        f"{counts[state]} {said}" for state, said in STATES_SAID.items() if state != PROVEN and counts[state]
    ]
    lines = [f"Hjälpsidans regler: {', '.join(parts)}."]
    for group in judgement.causes:
        broken = group.cause.kind == DEVIATION and group.cause.rules
        lines.append(f"  {', '.join(group.cause.rules)} misslyckas: {group.line}" if broken else f"  ✘ {group.line}")
        touched = len(group.scenarios)
        more = f" och {touched - 3} till" if touched > 3 else ""
        lines.append(f"      {touched} scenari{'o' if touched == 1 else 'er'}: {'; '.join(group.scenarios[:3])}{more}")
        if group.blocks:
            lines.append(f"      Hindrade från att bevisas: {', '.join(group.blocks)}")
    left_out = [v.rule for v in judgement.verdicts if v.reasons and all(DESELECTED in r for r in v.reasons)]
    if left_out:
        lines.append(f"  Inte bevisade, deras bevis valdes bort (-k, --deselect eller nod-id): {', '.join(left_out)}")
    for verdict in judgement.verdicts:
        if verdict.rule in left_out:
            continue
        if verdict.state in (UNPROVEN, OUT_OF_SCOPE, QUARANTINED) and not verdict.blocked_by:
            lines.append(f"  {verdict.rule} {verdict.said.lower()}: {'; '.join(verdict.reasons)}")
    for entry in judgement.flaky:
        lines.append(f"  Ostadigt (misslyckades, gick igenom när det kördes igen): {_name(entry)}")
    for entry in judgement.quarantined:
        lines.append(f"  I karantän, misslyckades (fäller inte körningen): {_name(entry)}")
    return lines


STATES_SAID = {
    PROVEN: "bevisade",
    BROKEN: "misslyckas",
    UNPROVEN: "inte bevisade",
    QUARANTINED: "i karantän",
    OUT_OF_SCOPE: "utanför omfånget",
    NOT_JUDGED: "inte bedömda",
}
assert set(STATES_SAID) >= set(GREEN)
