"""`make mutants` (python -m minasidor_spec mutants [NAME...]): run the features against each
mutant of the reference stack (mutant_catalogue.py) and print which ones they kill. Each mutant
breaks one help-page rule; it counts as killed when that rule's own scenarios catch it (one of
them fails, or the rule is left unproven), and the report names the scenario that did. A mutant
only another rule's scenario catches is reported as such and does not count: the verdict per rule
is what a QA lead reads. The goal is at least 95 % killed by their own rule's scenarios (no unit
test of the portal takes part: the features are what runs against real deployments). First the
unmutated copy must pass, or no verdict would mean anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from minasidor_spec.commands.child_run import child_run
from minasidor_spec.common.settings import ExitCode
from minasidor_spec.devtools.mutant_catalogue import MUTANTS, Mutant

GOAL = 0.95
TIMEOUT_SECONDS = 900
ROOT = Path(__file__).resolve().parents[2]


def copy_repository(target: Path) -> None:
    """The tracked files and the working tree's changes to them (not .venv, reports or caches)."""
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    for name in files:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def apply(mutant: Mutant, tree: Path) -> None:
    for edit in mutant.edits:
        path = tree / edit.path
        text = path.read_text(encoding="utf-8")
        if text.count(edit.old) != 1:
            raise SystemExit(f"FEL: mutanten {mutant.name} hittar inte sin text i {edit.path} (exakt en gång).")
        path.write_text(text.replace(edit.old, edit.new), encoding="utf-8")


def own_scenarios(rule: str) -> str:
    """-m for a rule's own scenarios (those tagged with it; not the keyboard-only ones, which
    follow its way but prove nothing of it)."""
    return f"{rule} and not tangentbord"


def run_features(tree: Path, log: Path, stop_at_first: bool, select: str | None = None) -> tuple[int, str | None]:
    """pytest on the features in `tree` (those `select` names, -m); its exit code and the first
    failing scenario."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with log.open("a") as output:
        run = child_run(
            "-p",
            "no:randomly",
            *(["-x"] if stop_at_first else []),
            *(["-m", select] if select else []),
            cwd=tree,
            env=env,
            output=output,
            timeout=TIMEOUT_SECONDS,
        )
    return run.exit_code, run.failed[0].name.removeprefix("test_") if run.failed else None


@dataclass(frozen=True)
class Verdict:
    mutant: Mutant
    outcome: str  # KILLED (by its rule's own scenarios), ELSEWHERE (only by another rule's), LIVED, BROKEN
    by: str = ""  # the scenario that failed first ("" when the rule was left unproven)
    seconds: float = 0.0


KILLED, ELSEWHERE, LIVED, BROKEN = "killed", "elsewhere", "lived", "broken"


def judge(mutant: Mutant, tree: Path, log: Path) -> Verdict:
    """Its rule's own scenarios first; if they miss it, the whole suite (to say who would catch it)."""
    start = time.perf_counter()
    try:
        code, first = run_features(tree, log, stop_at_first=True, select=own_scenarios(mutant.rule))
        if code == 1:
            return Verdict(mutant, KILLED, first or "", time.perf_counter() - start)
        if code != 0:
            return Verdict(mutant, BROKEN, seconds=time.perf_counter() - start)
        code, first = run_features(tree, log, stop_at_first=True)
    except subprocess.TimeoutExpired:
        return Verdict(mutant, BROKEN, seconds=time.perf_counter() - start)
    outcome = ELSEWHERE if code == 1 else LIVED if code == 0 else BROKEN
    return Verdict(mutant, outcome, first or "", time.perf_counter() - start)


def main(names: list[str]) -> int:
    chosen = [m for m in MUTANTS if not names or m.name in names]
    unknown = set(names) - {m.name for m in MUTANTS}
    if unknown:
        print(f"FEL: okända mutanter: {', '.join(sorted(unknown))}", file=sys.stderr)
        return ExitCode.USAGE
    logs = ROOT / "mutant-logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    with tempfile.TemporaryDirectory(prefix="minasidor-baseline-") as folder:
        copy_repository(Path(folder))
        print("==> Utan mutant: specifikationen ska vara grön ...", flush=True)
        code, first = run_features(Path(folder), logs / "utan-mutant.log", stop_at_first=True)
        if code != 0:
            print(
                f"FEL: utan mutant underkänns {first or 'körningen'} (se {logs / 'utan-mutant.log'}).", file=sys.stderr
            )
            return ExitCode.NOT_DONE
    verdicts = []
    for number, mutant in enumerate(chosen, 1):
        with tempfile.TemporaryDirectory(prefix="minasidor-mutant-") as folder:
            tree = Path(folder)
            copy_repository(tree)
            apply(mutant, tree)
            verdict = judge(mutant, tree, logs / f"{mutant.name}.log")
        verdicts.append(verdict)
        print(line(number, len(chosen), verdict), flush=True)
    print(summary(chosen, verdicts))
    killed = sum(v.outcome == KILLED for v in verdicts)
    judged = sum(v.outcome != BROKEN for v in verdicts)
    return ExitCode.DONE if judged and killed / judged >= GOAL and judged == len(verdicts) else ExitCode.NOT_DONE


def line(number: int, count: int, verdict: Verdict) -> str:
    mutant = verdict.mutant
    label = f"[{number}/{count}] {mutant.rule:>3} {mutant.name}: {mutant.change}"
    by = f"«{verdict.by}»" if verdict.by else "att regeln inte blev bevisad"
    return {
        KILLED: f"  dödad  {label}\n         av regelns eget scenario: {by} ({verdict.seconds:.0f} s)",
        ELSEWHERE: f"  ANNAN  {label}\n         bara av en annan regels scenario: {by} – räknas inte ({verdict.seconds:.0f} s)",
        LIVED: f"  LEVER  {label} ({verdict.seconds:.0f} s)",
        BROKEN: f"  FEL    {label}: kunde inte köras (se mutant-logs/{mutant.name}.log)",
    }[verdict.outcome]


def summary(chosen: list[Mutant], verdicts: list[Verdict]) -> str:
    counts = {outcome: sum(v.outcome == outcome for v in verdicts) for outcome in (KILLED, ELSEWHERE, LIVED, BROKEN)}
    judged = len(verdicts) - counts[BROKEN]
    share = counts[KILLED] / judged if judged else 0.0
    lines = [
        f"\nMutanter: {len(chosen)}, dödade av sin egen regels scenarier: {counts[KILLED]}, bara av en annan regels: "
        f"{counts[ELSEWHERE]}, levde: {counts[LIVED]}, kunde inte köras: {counts[BROKEN]}. "
        f"Andel dödade av egen regel: {share:.0%} (mål: minst {GOAL:.0%}).",
        "Regler med mutanter: " + ", ".join(sorted({m.rule for m in chosen}, key=lambda r: (len(r), r))),
    ]
    lines += [
        f"  {'lever' if v.outcome == LIVED else 'annan regel'}: {v.mutant.rule} {v.mutant.name} – {v.mutant.change}"
        for v in verdicts
        if v.outcome in (LIVED, ELSEWHERE)
    ]
    return "\n".join(lines)
