"""`make soak` (python -m minasidor_spec soak [RUNS] [TEST...]): run the acceptance suite RUNS
times (default 20) in random order (pytest-randomly, a new seed each run, printed) while
stress-ng keeps both cores busy, each run followed by the TESTs named (pytest node ids: `make
soak` names the deployment tests against the other portals and the drifted one) in the same
seed's random order; print the runs, the failures per scenario or test and the seeds that
produced them. A spec QA runs for regression must never fail by chance: the goal is all green."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from minasidor_spec.commands.child_run import child_run
from minasidor_spec.common.settings import ExitCode
from minasidor_spec.run.debian import apt_install

DEFAULT_RUNS = 20


@dataclass
class RunResult:
    seed: int
    seconds: float
    passed: int = 0
    failed: list[str] = field(default_factory=list)
    exit_code: int = 0

    @property
    def green(self) -> bool:
        return self.exit_code == 0 and not self.failed


def run_once(seed: int, logs: Path, tests: list[str]) -> RunResult:
    """The acceptance suite once, in the order `seed` gives, against a fresh embedded stack, then
    `tests` in that seed's order; pytest's output is kept in `logs` when the run is not green."""
    log = logs / f"frö-{seed}.log"
    with log.open("w") as output:
        start = time.perf_counter()
        run = child_run("-p", "randomly", f"--randomly-seed={seed}", output=output)
        result = RunResult(seed, time.perf_counter() - start, exit_code=run.exit_code)
        result.failed.extend(case.name.removeprefix("test_") for case in run.failed)
        result.passed += sum(1 for case in run.cases if case.outcome == "passed")
        if tests:
            more = child_run("-p", "randomly", f"--randomly-seed={seed}", output=output, suite=tests)
            result.exit_code = result.exit_code or more.exit_code
            result.failed.extend(case.name for case in more.failed)
            result.passed += sum(1 for case in more.cases if case.outcome == "passed")
        result.seconds = time.perf_counter() - start
    if result.green:
        log.unlink(missing_ok=True)
    return result


def start_load() -> subprocess.Popen | None:
    """stress-ng on every core (Debian's package, installed when missing)."""
    if shutil.which("stress-ng") is None:
        print("==> stress-ng saknas: installerar Debians paket stress-ng (apt-get)", flush=True)
        if not apt_install("stress-ng"):
            return None
    cores = os.cpu_count() or 2
    print(f"==> Last: stress-ng --cpu {cores} under hela körningen", flush=True)
    return subprocess.Popen(
        ["stress-ng", "--cpu", str(cores), "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def summary(results: list[RunResult]) -> str:
    green = sum(r.green for r in results)
    lines = [f"Körningar: {len(results)}, gröna: {green}, med fel: {len(results) - green}"]
    per_scenario: dict[str, list[int]] = defaultdict(list)
    for result in results:
        for name in result.failed:
            per_scenario[name].append(result.seed)
        if result.exit_code and not result.failed:
            per_scenario["(körningen avbröts utan underkänt scenario)"].append(result.seed)
    if per_scenario:
        lines.append("Fel per scenario:")
        for name, seeds in sorted(per_scenario.items(), key=lambda item: -len(item[1])):
            lines.append(f"  {len(seeds)} × {name}  (frön: {', '.join(map(str, seeds))})")
    else:
        lines.append("Fel per scenario: inga")
    lines.append("Frön: " + ", ".join(str(r.seed) for r in results))
    lines.append(
        "Upprepa en körning: .venv/bin/pytest --pyargs minasidor_spec.feature_suite -p randomly --randomly-seed=FRÖ"
        " (och testerna som angavs, med samma frö)"
    )
    return "\n".join(lines)


def main(arguments: list[str]) -> int:
    tests = arguments[1:]
    try:
        runs = int(arguments[0]) if arguments else DEFAULT_RUNS
    except ValueError:
        print(f"FEL: antalet körningar måste vara ett heltal, inte {arguments[0]!r}.", file=sys.stderr)
        return ExitCode.USAGE
    if runs < 1:
        print("FEL: minst en körning.", file=sys.stderr)
        return ExitCode.USAGE
    logs = Path("soak-logs")  # not test-results/: pytest-playwright empties that at every start
    logs.mkdir(parents=True, exist_ok=True)
    load = start_load() if os.environ.get("SOAK_LOAD", "1") != "0" else None
    results: list[RunResult] = []
    try:
        for number in range(1, runs + 1):
            seed = random.randrange(2**32)
            print(f"==> Körning {number}/{runs}, frö {seed} ...", flush=True)
            result = run_once(seed, logs, tests)
            results.append(result)
            verdict = (
                "grön"
                if result.green
                else (
                    f"{len(result.failed)} underkända: {', '.join(result.failed) or '?'}"
                    f" (utskrift: {logs / f'frö-{seed}.log'})"
                )
            )
            print(f"    {result.passed} godkända, {verdict} ({result.seconds:.0f} s)", flush=True)
    except KeyboardInterrupt:
        print("Avbruten.", file=sys.stderr)
    finally:
        if load is not None:
            load.terminate()
            load.wait()
    print(summary(results))
    return ExitCode.DONE if results and all(r.green for r in results) and len(results) == runs else ExitCode.NOT_DONE
