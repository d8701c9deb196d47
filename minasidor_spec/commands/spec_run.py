"""The main job: run the features with everything the report needs, then write the report.
`make spec` and the deployment tests run it the same way (`python -m minasidor_spec spec`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minasidor_spec.commands.parallel_run import run_parallel, runs_alone
from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging import run_record as records
from minasidor_spec.reporting import report
from minasidor_spec.reporting.history import default_path as default_history
from minasidor_spec.run.shards import durations_path

# The features as pytest finds them by module name, wherever the engine is installed (the run's
# PYTHONPATH may name another copy: a mutant's tree).
FEATURES = ("--pyargs", "minasidor_spec.feature_suite")

# Plugins the repository's own tests use (property tests, API fuzzing, worker processes), not the
# features: left unloaded, a run of the features starts sooner.
NOT_FOR_FEATURES = ("hypothesispytest", "schemathesis", "anyio", "xdist", "xdist.looponfail")


def without_test_plugins() -> list[str]:
    return [argument for name in NOT_FOR_FEATURES for argument in ("-p", f"no:{name}")]


def pytest_arguments(report_dir: Path) -> list[str]:
    """What a run for the report asks of pytest; options given after these win."""
    return [
        *without_test_plugins(),
        "-p",
        "no:randomly",
        "-q",
        "--scenario-progress",
        f"--report-extras={records.in_folder(report_dir)}",
        "--screenshot=on",
        "--tracing=off",
        "--failure-traces=again",
        f"--output={report_dir / 'artefakter'}",
        f"--durations-path={durations_path()}",
    ]


def names_tests(arguments: list[str]) -> bool:
    """Does the command line name what to run (a test file, a folder, a node id, --pyargs)?"""
    previous = ""
    for argument in arguments:
        if argument == "--pyargs" or (
            not argument.startswith("-")
            and (
                argument.endswith(".py")
                or ".py::" in argument
                or (Path(argument).is_dir() and not (previous.startswith("-") and "=" not in previous))
            )
        ):
            return True
        previous = argument
    return False


def _quiet_failures(arguments: list[str]) -> list[str]:
    """One short block per cause in the console (the judge's); pytest's tracebacks only with -v
    (or a --tb of the user's own): the report has them."""
    if any(a.startswith("--tb") or a in ("-v", "-vv", "--verbose") for a in arguments):
        return []
    return ["--tb=no", "-rN"]


def _is_shard(arguments: list[str]) -> bool:
    return any(a == "--shard" or a.startswith("--shard=") for a in arguments)


def run(arguments: list[str], report_dir: Path, history_path: Path | None = None, parallel: int = 1) -> int:
    """pytest with `arguments` (--target, -k, ...; the features unless they name tests), then the
    report, junit.xml and the history from the run record; the judge's exit code (0 held, 1 a rule
    failed or is unproven, 3 the target did not answer, 4 profile, secret, test data or browser).
    pytest runs as a child, so that it imports (and rewrites) the plugin itself. With `parallel`
    above 1, the features run in that many shards side by side (parallel_run.py)."""
    if parallel > 1 and not names_tests(arguments):
        alone = runs_alone(arguments)
        if alone is None:
            return run_parallel(arguments, report_dir, history_path, parallel)
        print(f"==> I en process: {alone}", flush=True)
    shutil.rmtree(report_dir, ignore_errors=True)
    report_dir.mkdir(parents=True)
    durations_path().parent.mkdir(parents=True, exist_ok=True)
    # A whole run records each scenario's duration for the shards; a shard must not, or the
    # next shard (reading the file) would split differently.
    timing = [] if _is_shard(arguments) else ["--store-durations"]
    suite = [] if names_tests(arguments) else list(FEATURES)
    exit_code = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *suite,
            *pytest_arguments(report_dir),
            *_quiet_failures(arguments),
            *timing,
            *arguments,
        ]
    ).returncode
    record = records.in_folder(report_dir)
    if not record.exists():  # pytest stopped before any scenario (a bad profile, a usage error)
        print(f"==> Ingen rapport: körningen stannade innan den började (pytest avslutade med {exit_code}).")
        return ExitCode.SETUP if exit_code in (pytest.ExitCode.INTERNAL_ERROR, ExitCode.SETUP) else exit_code
    # A shard is a part of a run: the history gets the whole run, from merge-report.
    history = None if _is_shard(arguments) else (history_path or default_history(report_dir))
    judgement = report.write(record, report_dir / "index.html", history)
    shutil.rmtree(report_dir / "artefakter", ignore_errors=True)
    return judgement.exit_code
