"""A flake is not a failure, and a quarantined scenario never fails a run. A target whose help page
shows no submenu the first time it is asked (a proxy in front of the reference portal) and then
does: on another target a failed scenario runs again, so the scenario is "ostadig", its rule holds
and the run exits 0; with --fail-on-flaky it exits 1. A profile that quarantines the scenario
while it fails every time (no reruns): reported, exit 0."""

from __future__ import annotations

from pathlib import Path

from minasidor_spec.judging import run_record
from reference_app.embedded import EmbeddedStack
from tests.support.little_servers import failing_once
from tests.support.spec_run import run_spec

NO_SUBMENU = "<!doctype html><html lang='sv'><head><title>Hjälp</title></head><body><h1>Hjälp</h1></body></html>"
SUBMENU = "Hjälpsidan om inloggning har en undermeny med fler hjälpavsnitt"


def _run(report: Path, portal: str, *more: str):
    return run_spec(report, "--base-url", portal, "-m", "H2", "--no-a11y", "--failure-traces=none", *more, timeout=300)


def test_a_scenario_that_fails_once_and_then_passes_is_flaky_and_its_rule_holds(tmp_path):
    with EmbeddedStack(str(tmp_path / "data")) as stack:
        with failing_once(stack.portal_url, "/hjalp", NO_SUBMENU) as portal:
            run = _run(tmp_path / "rapport", portal)
        with failing_once(stack.portal_url, "/hjalp", NO_SUBMENU) as portal:
            strict = _run(tmp_path / "strikt", portal, "--fail-on-flaky")
    assert run.returncode == 0, run.stdout[-4000:]
    assert "Ostadigt (misslyckades, gick igenom när det kördes igen):" in run.stdout
    record = run_record.load(tmp_path / "rapport" / "korning.json")
    [flaky] = [entry for entry in record["scenarios"].values() if entry.get("flaky")]
    assert [a["outcome"] for a in flaky["attempts"]] == ["failed", "passed"]
    html = (tmp_path / "rapport" / "index.html").read_text(encoding="utf-8")
    assert "Ostadiga scenarier (1)" in html and "Godkänd: varje regel håller" in html
    assert strict.returncode == 1, strict.stdout[-4000:]


def test_a_quarantined_scenario_that_fails_is_reported_and_the_run_passes(tmp_path):
    profile = tmp_path / "mal.toml"
    with EmbeddedStack(str(tmp_path / "data")) as stack, failing_once(stack.portal_url, "/hjalp", NO_SUBMENU) as portal:
        profile.write_text(
            f'name = "Staging"\nbase_url = "{portal}"\n'
            f'[[quarantine]]\nscenario = "{SUBMENU}"\nreason = "Undermenyn laddas ibland inte"\n'
            "until = 2099-12-31\n",
            encoding="utf-8",
        )
        run = run_spec(
            tmp_path / "rapport",
            "--target",
            str(profile),
            "-m",
            "H2",
            "--reruns",
            "0",
            "--no-a11y",
            "--failure-traces=none",
            timeout=300,
        )
    assert run.returncode == 0, run.stdout[-4000:]
    assert f"I karantän, misslyckades (fäller inte körningen): Hjälpsidan och dess undermeny: {SUBMENU}" in run.stdout
    assert "H2 i karantän: " in run.stdout
