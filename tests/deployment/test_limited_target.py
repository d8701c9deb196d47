"""A target that lacks something (no fake BankID, no mail catcher, no company customer):
the scenarios that need it are skipped with the reason, the report lists them with that
reason, a rule whose proofs were skipped is not proven, and the run fails saying which and why."""

from __future__ import annotations

from minasidor_spec.judging import run_record
from minasidor_spec.judging.judge import judge
from minasidor_spec.reporting import report
from reference_app.embedded import EmbeddedStack
from tests.support.spec_run import rule_lines, run_spec, summary


def test_missing_capabilities_skip_with_reasons_and_leave_rules_unproven(tmp_path):
    with EmbeddedStack(str(tmp_path / "data")) as stack:
        profile = tmp_path / "begransad.toml"
        profile.write_text(
            f'name = "Begränsad"\nbase_url = "{stack.portal_url}"\n'
            '[customers.privatkund]\nkundnummer = "100001"\nname = "Tolvan Tolvansson"\n'
            'password = "Vinterljus-Kaffe-42"\n',
            encoding="utf-8",
        )
        run = run_spec(
            tmp_path / "rapport", "--target", str(profile), "-k", "BankID or företag", "--no-a11y", timeout=300
        )
    assert run.returncode == 1 and "failed" not in summary(run) and "skipped" in summary(run), run.stdout[-3000:]
    verdicts = rule_lines(run)
    assert verdicts["H3"].startswith("inte bevisad") and "(@bankid)" in verdicts["H3"], verdicts
    assert verdicts["H7"].startswith("inte bevisad") and "'företagskund'" in verdicts["H7"], verdicts
    record = run_record.load(tmp_path / "rapport" / "korning.json")
    reasons = {extra.get("skip_reason") for extra in record["scenarios"].values()}
    assert any("falska BankID" in r and "(@bankid)" in r for r in reasons if r)
    assert any("ingen testkund med rollen 'företagskund'" in r for r in reasons if r)
    assert any("e-post" in r and "(@epost)" in r for r in reasons if r)
    scenarios = report.load_scenarios(record)
    verdicts = {section["rule"]: section for section in report.rule_sections(scenarios, record, judge(record))}
    assert verdicts["H3"]["verdict"] == "inte bevisad"  # shown red: its proofs were skipped
    assert verdicts["H3"]["scenarios"] and all(s.extras.get("skip_reason") for s in verdicts["H3"]["scenarios"])
    company_logins = [s for s in verdicts["H7"]["scenarios"] if s.name.startswith("Företaget loggar in")]
    assert company_logins and all(s.status == "skipped" and s.extras["skip_reason"] for s in company_logins)
