"""A failed scenario's trace comes from running it once more with the trace on (retrace): the
scenarios that pass are never traced, the verdict is the first run's, and the report learns
whether the second run failed again or passed (a failure that comes and goes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

from minasidor_spec.spec_run import without_test_plugins

TESTS = """
import os, pathlib

def test_goes_wrong_the_first_time_only(page):
    page.set_content("<title>Hej</title><p>Hej</p>")
    mark = pathlib.Path(os.environ["RETRACE_MARK"])
    first = not mark.exists()
    mark.write_text("körd")
    assert not first, "första gången"

def test_goes_wrong_every_time(page):
    page.set_content("<p>Hej</p>")
    assert False, "varje gång"

def test_passes(page):
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
    (tmp_path / "test_three.py").write_text(TESTS, encoding="utf-8")
    extras = tmp_path / "extras.json"
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
    assert "✔ gick igenom nu: test_goes_wrong_the_first_time_only[chromium]" in run.stdout
    assert "✘ misslyckades igen: test_goes_wrong_every_time[chromium]" in run.stdout
    scenarios = json.loads(extras.read_text(encoding="utf-8"))["scenarios"]
    flaky, broken, fine = (
        scenarios[f"{name}[chromium]"]
        for name in ("test_goes_wrong_the_first_time_only", "test_goes_wrong_every_time", "test_passes")
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
