"""A target that lacks something (no fake BankID, no mail catcher, no company customer):
the scenarios that need it are skipped with the reason, the report lists them with that
reason, and a rule with no passing scenario is not counted as proven."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reference_app.embedded import EmbeddedStack
from tests.tooling import report

ROOT = Path(__file__).resolve().parents[2]


def test_missing_capabilities_skip_with_reasons_and_leave_rules_unproven(tmp_path):
    with EmbeddedStack(str(tmp_path / "data")) as stack:
        profile = tmp_path / "begransad.toml"
        profile.write_text(f'name = "Begränsad"\nbase_url = "{stack.portal_url}"\n'
                           '[customers.privatkund]\nkundnummer = "100001"\nname = "Tolvan Tolvansson"\n'
                           'password = "Vinterljus-Kaffe-42"\n', encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/acceptance", "-q", "-p", "no:cacheprovider", "--target", str(profile),
             "-k", "BankID or företag", "--cucumberjson", str(tmp_path / "cucumber.json"),
             "--report-extras", str(tmp_path / "extras.json")],
            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0 and "skipped" in run.stdout.splitlines()[-1], run.stdout[-3000:]
    reasons = {extra.get("skip_reason") for extra in json.loads((tmp_path / "extras.json").read_text())["scenarios"].values()}
    assert any("falska BankID" in r and "(@bankid)" in r for r in reasons if r)
    assert any("ingen testkund med rollen 'företagskund'" in r for r in reasons if r)
    assert any("e-post" in r and "(@epost)" in r for r in reasons if r)
    scenarios = report.load_scenarios(tmp_path / "cucumber.json", tmp_path / "extras.json")
    verdicts = {section["rule"]: section for section in report.rule_sections(scenarios)}
    assert verdicts["H3"]["verdict"] == "skipped"  # shown red: no passing scenario
    assert verdicts["H3"]["scenarios"] and all(s.extras.get("skip_reason") for s in verdicts["H3"]["scenarios"])
    company_logins = [s for s in verdicts["H7"]["scenarios"] if s.name.startswith("Företaget loggar in")]
    assert company_logins and all(s.status == "skipped" and s.extras["skip_reason"] for s in company_logins)
