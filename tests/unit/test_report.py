"""The product owner's report and junit.xml, written from a run record (korning.json)."""

import xml.etree.ElementTree as ElementTree

from minasidor_spec.cli import main as cli
from minasidor_spec.common.rules import RULES
from minasidor_spec.judging import run_record
from minasidor_spec.judging.judge import judge
from minasidor_spec.reporting import report
from tests.support.report_folders import every_rule_proven, record, write_report


def _sections(run: dict) -> dict[str, dict]:
    scenarios = report.load_scenarios(run)
    return {s["rule"]: s for s in report.rule_sections(scenarios, run, judge(run))}


def test_rules_get_verdicts_from_their_proofs():
    run = record(
        [
            ("Privatkund loggar in", ["H5", "bevis"], "passed"),
            ("Fel lösenord", ["H5", "referensbeslut"], "skipped"),  # not a proof: H5 is proven without it
            ("Utloggning", ["H6", "bevis"], "failed"),
            ("Webbläsare", ["H1", "bevis"], "skipped"),
            ("Hjälp", ["H2", "referensbeslut"], "passed"),  # passes, but proves nothing
        ]
    )
    verdicts = {rule: s["verdict"] for rule, s in _sections(run).items()}
    assert verdicts["H5"] == "bevisad" and verdicts["H6"] == "misslyckas"
    assert verdicts["H1"] == "inte bevisad" and verdicts["H2"] == "inte bevisad" and verdicts["H3"] == "inte bevisad"


def test_a_run_judges_only_its_rules_and_the_profiles_scope():
    rules = {
        "proofs": {"H1": [{"scenario": "Inloggning: Webbläsare", "runs": 1}]},
        "judged": ["H1"],
        "scope": {"H3": "BankID:s testmiljö kräver en människa"},
    }
    sections = _sections(record([("Webbläsare", ["H1", "bevis"], "skipped")], rules))
    assert sections["H1"]["verdict"] == "inte bevisad"
    assert sections["H3"]["verdict"] == "utanför omfånget" and sections["H3"]["reasons"] == [
        "BankID:s testmiljö kräver en människa"
    ]
    assert sections["H5"]["verdict"] == "inte bedömd" and sections["H5"]["green"]


def test_html_is_swedish_lists_every_rule_and_junit_has_every_scenario(tmp_path):
    folder = write_report(
        tmp_path / "rapport",
        "Staging",
        [("Privatkund loggar in", ["H5", "bevis"], "passed"), ("Utan slag", [], "passed")],
    )
    assert cli(["report", str(run_record.in_folder(folder)), str(folder / "index.html")]) == 0
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "1 av 13" in html
    for rule in RULES:
        assert f'id="{rule}"' in html
    assert "Scenarier utan slag" in html and "Utan slag" in html
    junit = ElementTree.parse(folder / "junit.xml").getroot()
    cases = junit.findall(".//testcase")
    assert [c.get("name") for c in cases] == ["Privatkund loggar in", "Utan slag"]
    assert junit.get("tests") == "2" and junit.get("failures") == "0"
    properties = {p.get("name"): p.get("value") for p in cases[0].iter("property")}
    assert properties["regler"] == "H5" and properties["slag"] == "bevis"


def test_junit_marks_failed_flaky_quarantined_and_not_run(tmp_path):
    scenarios = every_rule_proven({"H5": "failed", "H3": "not_run"}, {"H6": {"flaky": True}, "H5": {}})
    rules = {"quarantine": {"Inloggning: Scenario för H5": {"reason": "känd bugg", "until": "2027-01-31"}}}
    folder = write_report(tmp_path / "rapport", "Staging", scenarios, rules)
    report.write(run_record.in_folder(folder), folder / "index.html")
    junit = ElementTree.parse(folder / "junit.xml").getroot()
    by_name = {c.get("name"): c for c in junit.iter("testcase")}
    assert by_name["Scenario för H5"].find("skipped").get("message").startswith("I karantän: känd bugg")
    assert by_name["Scenario för H6"].find("flakyFailure") is not None
    assert "kördes inte" in by_name["Scenario för H3"].find("skipped").get("message")
    assert junit.get("failures") == "0"


def test_junit_and_report_say_an_outage_and_judge_nothing(tmp_path):
    stopped = {"code": 3, "kind": "nåddes inte", "text": "Målmiljön svarade inte: portalen", "what": "portalen"}
    folder = write_report(
        tmp_path / "rapport", "Staging", [("Inloggning", ["H5", "bevis"], "not_run")], stopped=stopped
    )
    judgement = report.write(run_record.in_folder(folder), folder / "index.html")
    assert judgement.exit_code == 3
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "Målmiljön nåddes inte: inga regler bedömdes." in html and "Inte godkänd" not in html
    junit = ElementTree.parse(folder / "junit.xml").getroot()
    assert junit.find(".//error").get("message").startswith("Målmiljön svarade inte")


def test_a_missing_or_foreign_record_is_refused_in_swedish(tmp_path, capsys):
    assert cli(["report", str(tmp_path / "saknas.json"), str(tmp_path / "ut.html")]) == 4
    assert "finns inte" in capsys.readouterr().err
    other = tmp_path / "annan.json"
    other.write_text('{"results": []}', encoding="utf-8")
    assert cli(["report", str(other), str(tmp_path / "ut.html")]) == 4
    assert "ingen körning av minasidor-spec" in capsys.readouterr().err


def test_scenarios_skipped_before_their_first_step_still_show_with_the_reason():
    reason = "Hoppas över: målmiljön använder inte svitens falska BankID (@bankid)."
    run = record([("QR-inloggning", ["H3", "bankid", "bevis"], "skipped", {"skip_reason": reason, "steps": []})])
    section = _sections(run)["H3"]
    assert section["verdict"] == "inte bevisad"
    assert section["reasons"] == [f"Inloggning: QR-inloggning: {reason}"]
    assert [s.extras["skip_reason"] for s in section["scenarios"]] == [reason]
