"""`make mutants` (python -m minasidor_spec mutants [NAME...]): run the features against each
mutant of the reference stack (mutant_catalogue.py) and print which ones they kill. A mutant is
killed when some scenario fails; the goal is at least 95 % killed by the features alone (no
unit test of the portal takes part: the features are what runs against real deployments).
First the unmutated copy must pass, or no verdict would mean anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..child_run import child_run
from .mutant_catalogue import MUTANTS, Mutant

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


def run_features(tree: Path, log: Path, stop_at_first: bool) -> tuple[int, str | None]:
    """pytest on the features in `tree`; its exit code and the first failing scenario."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with log.open("w") as output:
        run = child_run(
            "-p",
            "no:randomly",
            *(["-x"] if stop_at_first else []),
            cwd=tree,
            env=env,
            output=output,
            timeout=TIMEOUT_SECONDS,
        )
    return run.exit_code, run.failed[0].name.removeprefix("test_") if run.failed else None


def main(names: list[str]) -> int:
    chosen = [m for m in MUTANTS if not names or m.name in names]
    unknown = set(names) - {m.name for m in MUTANTS}
    if unknown:
        print(f"FEL: okända mutanter: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
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
            return 1
    killed, lived, broken = [], [], []
    for number, mutant in enumerate(chosen, 1):
        with tempfile.TemporaryDirectory(prefix="minasidor-mutant-") as folder:
            tree = Path(folder)
            copy_repository(tree)
            apply(mutant, tree)
            start = time.perf_counter()
            try:
                code, first = run_features(tree, logs / f"{mutant.name}.log", stop_at_first=True)
            except subprocess.TimeoutExpired:
                code, first = -1, None
            seconds = time.perf_counter() - start
        label = f"[{number}/{len(chosen)}] {mutant.rule:>3} {mutant.name}: {mutant.change}"
        if code == 1 and first:
            killed.append(mutant)
            print(f"  dödad  {label}\n         av «{first}» ({seconds:.0f} s)", flush=True)
        elif code == 0:
            lived.append(mutant)
            print(f"  LEVER  {label} ({seconds:.0f} s)", flush=True)
        else:
            broken.append(mutant)
            print(f"  FEL    {label}: pytest avslutades med {code} (se mutant-logs/{mutant.name}.log)", flush=True)
    judged = len(killed) + len(lived)
    share = len(killed) / judged if judged else 0.0
    print(
        f"\nMutanter: {len(chosen)}, dödade av specifikationen: {len(killed)}, levde: {len(lived)}, "
        f"kunde inte köras: {len(broken)}. Andel dödade: {share:.0%} (mål: minst {GOAL:.0%})."
    )
    rules = sorted({m.rule for m in chosen}, key=lambda r: (len(r), r))
    print("Regler med mutanter: " + ", ".join(rules))
    for mutant in lived:
        print(f"  lever: {mutant.rule} {mutant.name} – {mutant.change}")
    return 0 if share >= GOAL and not broken else 1
