"""The main job as the deployment tests run it: `python -m minasidor_spec spec`, the command
`make spec` runs, in a child process, with its report in a folder of the test's own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The scenarios a deployment without our test mode skips: they move the clock or make the mail
# server refuse.
WITHOUT_TEST_MODE = frozenset(
    {
        "test_efter_för_många_fel_lösenord_spärras_inloggningen_en_stund",
        "test_efter_en_halvtimme_utan_aktivitet_loggas_jag_ut",
        "test_när_eposten_inte_går_att_skicka_registreras_ingenting",
        "test_en_länk_som_är_äldre_än_en_timme_har_gått_ut",
    }
)


def run_spec(report_dir: Path, *arguments: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """The features with `arguments` (--target, -k, ...); the report lands in report_dir, the
    scenario timings beside it (runs side by side must not share the repository's file)."""
    env = dict(os.environ, MINASIDOR_DURATIONS=str(report_dir.parent / "scenario-durations.json"))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "minasidor_spec",
            "spec",
            "--report",
            str(report_dir),
            "-p",
            "no:cacheprovider",
            *arguments,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=env,
        start_new_session=True,
    )  # no terminal, as in CI: nobody to ask (assisted BankID)


def summary(run: subprocess.CompletedProcess) -> str:
    """pytest's closing line ("3 passed, 2 skipped in 9.1s"), which the report's line follows."""
    lines = [
        line.strip("= ") for line in run.stdout.splitlines() if re.search(r"\d+ (passed|failed|skipped|error)", line)
    ]
    return lines[-1] if lines else run.stdout[-2000:] + run.stderr[-2000:]


def scenario_outcomes(report_dir: Path) -> dict[str, dict]:
    """Per scenario (pytest's name for it) what the report's collector recorded."""
    import json

    return json.loads((report_dir / "korning.json").read_text(encoding="utf-8"))["scenarios"]


def failures(report_dir: Path) -> dict[str, str]:
    """The scenarios that failed (not those that decide nothing: keyboard only, reference
    decisions on another target), with the Swedish explanation of each."""
    return {
        name: extra.get("explanation") or extra.get("failure", "")
        for name, extra in scenario_outcomes(report_dir).items()
        if extra.get("outcome") == "failed" and not extra.get("advisory")
    }


def rule_lines(run: subprocess.CompletedProcess) -> dict[str, str]:
    """The closing lines about rules: {"H5": "misslyckas: ...", ...} for every rule the console
    names as failing, unproven (not kept from it by a failure) or out of scope."""
    found = {}
    for line in run.stdout.splitlines():
        match = re.match(r"  (H\d+(?:, H\d+)*) (misslyckas|inte bevisad|utanför omfånget): (.*)", line)
        if match:
            for rule in match.group(1).split(", "):
                found[rule] = f"{match.group(2)}: {match.group(3)}"
    return found


def selecting(rules: list[str]) -> str:
    """-m for a deviation run: the scenarios of `rules`; of H3 only its proof (a renamed BankID tab
    touches no other BankID scenario, and those ten are the run's slowest)."""
    return " or ".join("(H3 and bevis)" if rule == "H3" else rule for rule in rules)


def deviation_run(report_dir: Path, profile: Path, rules: list[str]) -> subprocess.CompletedProcess:
    """The scenarios of `rules` (selecting) against a portal that breaks them."""
    return run_spec(
        report_dir,
        "--target",
        str(profile),
        "-m",
        selecting(rules),
        "--no-a11y",
        "--screenshot=only-on-failure",
        "--tracing=off",
        "--failure-traces=none",
    )


def check_deviations_caught(
    run: subprocess.CompletedProcess, report_dir: Path, expected: dict[str, str], rules: list[str]
) -> None:
    """Exactly the `expected` scenarios failed, each naming its rule; every deviated rule is said
    to fail and no other rule is."""
    failed = failures(report_dir)
    assert set(failed) == set(expected), (
        f"failed but not expected: {sorted(set(failed) - set(expected))}; "
        f"expected but not failed: {sorted(set(expected) - set(failed))}\n{run.stdout[-3000:]}"
    )
    for name, rule in expected.items():
        assert f"Avvikelse från hjälpsidan ({rule})" in failed[name], f"{name}: {failed[name][:600]}"
    verdicts = rule_lines(run)
    assert run.returncode == 1 and all(verdicts.get(rule, "").startswith("misslyckas") for rule in rules), verdicts
    assert not [rule for rule, said in verdicts.items() if rule not in rules and said.startswith("misslyckas")], (
        verdicts
    )
