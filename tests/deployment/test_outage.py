"""An outage is not a verdict. A profile whose portal does not answer: the CI command
(`minasidor-spec spec`) exits 3, the report says what did not answer and judges no rule, the
history keeps an outage and `compare` shows the target as not reached. The same when the portal
stops answering halfway through a run: the scenarios after it are "not run"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from minasidor_spec.judging import run_record
from minasidor_spec.reporting import compare, history
from reference_app.embedded import EmbeddedStack
from reference_app.processes import free_port
from tests.support.report_folders import every_rule_proven, write_report
from tests.support.spec_run import ROOT

CLI = str(Path(sys.executable).with_name("minasidor-spec"))


def _spec(report: Path, *arguments: str) -> list[str]:
    return [CLI, "spec", "--report", str(report), "-p", "no:cacheprovider", "--no-a11y", *arguments]


def test_a_portal_that_does_not_answer_exits_3_and_judges_no_rule(tmp_path):
    profile = tmp_path / "staging.toml"
    profile.write_text(f'name = "Staging"\nbase_url = "http://127.0.0.1:{free_port()}"\n', encoding="utf-8")
    report = tmp_path / "rapport"
    run = subprocess.run(_spec(report, "--target", str(profile)), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stdout[-3000:] + run.stderr[-2000:]
    assert "Målmiljön svarade inte: inga regler bedömdes (avslutskod 3)." in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "Målmiljön nåddes inte: inga regler bedömdes." in html and "Inte godkänd" not in html
    assert "Det som inte svarade: <strong>portalen</strong>" in html
    [kept] = history.load(tmp_path / "rapport.historik.jsonl", "Staging")
    assert kept["stopped"]["code"] == 3 and kept["rules"] == {}
    reached = write_report(tmp_path / "produktion", "Produktion", every_rule_proven(), target_name="Produktion")
    rows = compare.table([compare.load(reached), compare.load(report)])
    assert {cell["verdict"] for row in rows for cell in row["cells"][1:]} == {"nåddes inte"}
    assert (report / "junit.xml").exists()


def test_a_portal_that_stops_answering_halfway_stops_the_run_with_exit_3(tmp_path):
    report = tmp_path / "rapport"
    with EmbeddedStack(str(tmp_path / "data")) as stack:
        child = subprocess.Popen(
            _spec(
                report,
                "--base-url",
                stack.portal_url,
                "--mail-api",
                stack.mail_api_url,
                "--reference-portal",
                "-m",
                "H5 and not tangentbord",
                "--failure-traces=none",
            ),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        seen = []
        for line in child.stdout:
            seen.append(line)
            if line.startswith("  ✔ 2. "):  # two scenarios done: the portal goes away
                stack.stop()
                break
        seen += child.stdout.readlines()
        child.stdout.close()
        code = child.wait(timeout=120)
    said = "".join(seen)
    assert code == 3, said[-4000:]
    assert "Målmiljön svarar inte: portalen på" in said
    record = run_record.load(report / "korning.json")
    outcomes = [entry["outcome"] for entry in record["scenarios"].values()]
    assert outcomes[:2] == ["passed", "passed"] and outcomes[-1] == "not_run", outcomes
    assert record["stopped"]["what"] == "portalen"
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "Målmiljön nåddes inte" in html and "kördes inte" in html
