"""`spec --parallel 2` (what `make spec` runs): two shards side by side, each on its own embedded
stack, merged into one report with every selected scenario once, one numbered list in the
console, the merged verdict, and one line in the history."""

from __future__ import annotations

import json
import re

from minasidor_spec.judging import run_record
from tests.support.spec_run import run_spec

SUBSET = "H6 and not tangentbord"  # the logout scenarios: quick, and more than one per shard


def test_two_shards_side_by_side_make_one_report(tmp_path):
    report = tmp_path / "rapport"
    run = run_spec(report, "--parallel", "2", "-m", SUBSET, "--no-a11y", timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "==> 2 delkörningar sida vid sida (--parallel 2)" in run.stdout
    assert "==> Slår ihop 2 delkörningar" in run.stdout
    record = run_record.load(report / "korning.json")
    scenarios = record["scenarios"]
    assert len(scenarios) >= 3 and all(entry["outcome"] == "passed" for entry in scenarios.values())
    numbers = [int(n) for n in re.findall(r"^  ✔ (\d+)\. ", run.stdout, re.M)]
    assert numbers == list(range(1, len(scenarios) + 1))  # one list, each scenario once
    assert run.stdout.count("Hjälpsidans ord på målmiljön") == 1
    assert run.stdout.rstrip().splitlines()[-1].startswith("Hjälpsidans regler: 1 bevisade")
    assert "[pytest-split]" not in run.stdout
    history = (tmp_path / "rapport.historik.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(history) == 1 and json.loads(history[0])["rules"]["H6"] == "bevisad"
