"""A failed scenario's trace comes from running it once more with the trace on (retrace): the
scenarios that pass are never traced, the verdict is the first run's (without --reruns: on our
own stack a flake is a failure), and the record learns whether the second run failed again or
passed (a failure that comes and goes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

from minasidor_spec.commands.spec_run import without_test_plugins

FEATURE = """# language: sv
Egenskap: Spår

  @H1 @bevis
  Scenario: Går fel första gången
    Givet att det går fel första gången

  @H2 @bevis
  Scenario: Går fel varje gång
    Givet att det går fel varje gång

  @H3 @bevis
  Scenario: Går bra
    Givet att det går bra
"""

STEPS = """
import os, pathlib

import pytest
from pytest_bdd import given, scenarios

scenarios("spar.feature")


@pytest.fixture
def _preflight_first():
    \"\"\"These scenarios open no page of a target: no walk of it before them.\"\"\"


@given("att det går fel första gången")
def first_time_only(page):
    page.set_content("<title>Hej</title><p>Hej</p>")
    mark = pathlib.Path(os.environ["RETRACE_MARK"])
    first = not mark.exists()
    mark.write_text("körd")
    assert not first, "första gången"


@given("att det går fel varje gång")
def every_time(page):
    page.set_content("<p>Hej</p>")
    assert False, "varje gång"


@given("att det går bra")
def goes_well(page):
    page.set_content("<p>Hej</p>")
"""


def _trace_types(trace: Path) -> Counter:
    with zipfile.ZipFile(trace) as archive:
        lines = [
            line
            for name in archive.namelist()
            if name.endswith(".trace")
            for line in archive.read(name).decode("utf-8").splitlines()
        ]
    return Counter(json.loads(line).get("type") for line in lines if line.strip())


def test_failed_ones_run_again_traced_and_the_first_verdict_stands(tmp_path):
    (tmp_path / "spar.feature").write_text(FEATURE, encoding="utf-8")
    (tmp_path / "test_three.py").write_text(STEPS, encoding="utf-8")
    extras = tmp_path / "korning.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "test_three.py",
            *without_test_plugins(),
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            f"--report-extras={extras}",
            "--screenshot=on",
            "--tracing=off",
            "--failure-traces=again",
            f"--output={tmp_path / 'artefakter'}",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "RETRACE_MARK": str(tmp_path / "mark")},
    )
    assert run.returncode == 1 and "2 failed, 1 passed" in run.stdout, run.stdout[-3000:] + run.stderr[-2000:]
    assert "Kör 2 misslyckade scenarier en gång till med Playwright-spår" in run.stdout
    assert "✔ gick igenom nu: test_går_fel_första_gången" in run.stdout
    assert "✘ misslyckades igen: test_går_fel_varje_gång" in run.stdout
    scenarios = json.loads(extras.read_text(encoding="utf-8"))["scenarios"]
    flaky, broken, fine = (
        scenarios[name] for name in ("test_går_fel_första_gången", "test_går_fel_varje_gång", "test_går_bra")
    )
    assert flaky["outcome"] == broken["outcome"] == "failed" and fine["outcome"] == "passed"
    assert (flaky["run_again"], broken["run_again"]) == ("passed", "failed") and "run_again" not in fine
    for failed in (flaky, broken):
        assert len(failed["traces"]) == 1 and Path(failed["traces"][0]).stat().st_size > 1000
        recorded = _trace_types(Path(failed["traces"][0]))
        assert recorded["frame-snapshot"] > 0 and recorded["before"] > 0  # the DOM before and after each action
        assert "screencast-frame" not in recorded  # a lean trace: no film of every paint
        assert all(Path(shot).exists() for shot in failed["screenshots"])  # the first run's, of its failure
    assert "traces" not in fine and len(fine["screenshots"]) == 1
