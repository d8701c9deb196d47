"""The product owner's report built from cucumber JSON."""

import json

from minasidor_spec import report
from minasidor_spec.rules import RULES


def _cucumber(tmp_path, scenarios):
    elements = [
        {
            "name": name,
            "tags": [{"name": tag} for tag in tags],
            "steps": [
                {
                    "keyword": "Så",
                    "name": "händer något",
                    "result": {"status": status, "error_message": "boom" if status == "failed" else None},
                }
            ],
        }
        for name, tags, status in scenarios
    ]
    path = tmp_path / "cucumber.json"
    path.write_text(json.dumps([{"name": "Logga in", "tags": [], "elements": elements}]), encoding="utf-8")
    return path


def test_rules_get_verdicts_from_their_proofs(tmp_path):
    scenarios = report.load_scenarios(
        _cucumber(
            tmp_path,
            [
                ("Privatkund loggar in", ["H5", "bevis"], "passed"),
                ("Fel lösenord", ["H5"], "skipped"),  # not a proof: H5 is proven without it
                ("Utloggning", ["H6", "bevis"], "failed"),
                ("Webbläsare", ["H1", "bevis"], "skipped"),
                ("Hjälp", ["H2"], "passed"),  # passes, but proves nothing: no @bevis
            ],
        )
    )
    verdicts = {s["rule"]: s["verdict"] for s in report.rule_sections(scenarios)}
    assert verdicts["H5"] == "bevisad" and verdicts["H6"] == "misslyckas"
    assert verdicts["H1"] == "inte bevisad" and verdicts["H2"] == "inte bevisad" and verdicts["H3"] == "inte bevisad"


def test_a_run_judges_only_its_rules_and_the_profiles_scope(tmp_path):
    scenarios = report.load_scenarios(_cucumber(tmp_path, [("Webbläsare", ["H1", "bevis"], "skipped")]))
    rules = {"judged": ["H1"], "scope": {"H3": "BankID:s testmiljö kräver en människa"}}
    sections = {s["rule"]: s for s in report.rule_sections(scenarios, rules)}
    assert sections["H1"]["verdict"] == "inte bevisad"
    assert sections["H3"]["verdict"] == "utanför omfånget" and sections["H3"]["reasons"] == [
        "BankID:s testmiljö kräver en människa"
    ]
    assert sections["H5"]["verdict"] == "inte bedömd" and sections["H5"]["green"]


def test_html_is_swedish_and_lists_every_rule(tmp_path):
    source = _cucumber(tmp_path, [("Privatkund loggar in", ["H5", "bevis"], "passed"), ("Utan tagg", [], "passed")])
    target = tmp_path / "index.html"
    assert report.main([str(source), str(target)]) == 0
    html = target.read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "1 av 13" in html
    for rule in RULES:
        assert f'id="{rule}"' in html
    assert "Scenarier utan regel" in html and "Utan tagg" in html


def test_missing_input_is_reported_in_swedish(tmp_path, capsys):
    assert report.main([str(tmp_path / "saknas.json"), str(tmp_path / "ut.html")]) == 1
    assert "finns inte" in capsys.readouterr().err


def test_scenarios_skipped_before_their_first_step_still_show_with_the_reason(tmp_path):
    source = _cucumber(tmp_path, [("Privatkund loggar in", ["H5", "bevis"], "passed")])
    extras = tmp_path / "extras.json"
    extras.write_text(
        json.dumps(
            {
                "target": "staging",
                "scenarios": {
                    "test_qr": {
                        "feature": "Logga in med Mobilt BankID",
                        "scenario": "QR-inloggning",
                        "tags": ["H3", "bankid", "bevis"],
                        "outcome": "skipped",
                        "skip_reason": "Hoppas över: målmiljön använder inte svitens falska BankID (@bankid).",
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    scenarios = report.load_scenarios(source, extras)
    verdicts = {s["rule"]: s for s in report.rule_sections(scenarios)}
    assert verdicts["H3"]["verdict"] == "inte bevisad"
    assert verdicts["H3"]["reasons"] == [
        "Logga in med Mobilt BankID: QR-inloggning: Hoppas över: målmiljön använder inte svitens falska BankID (@bankid)."
    ]
    assert [s.extras["skip_reason"] for s in verdicts["H3"]["scenarios"]] == [
        "Hoppas över: målmiljön använder inte svitens falska BankID (@bankid)."
    ]
