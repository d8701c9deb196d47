"""Three targets side by side: each rule's verdict in the right cell, the rows that differ marked,
the scenarios that differ marked, each target's reference decisions in a section of its own."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from minasidor_spec.reporting import compare
from tests.support.report_folders import every_rule_proven, write_report

SCOPE = {"scope": {"H3": "BankID:s testmiljö kräver en människa"}, "judged": [f"H{n}" for n in range(1, 14)]}


def _three(tmp_path):
    reference = write_report(tmp_path / "referens", "Referensportalen", every_rule_proven())
    staging = write_report(
        tmp_path / "staging",
        "Staging – https://staging.example.se",
        every_rule_proven({"H5": "failed"})
        + [
            (
                "Fel lösenord",
                ["H5", "referensbeslut"],
                "passed",
                {"decisions": ["meddelandet har en annan ordalydelse"]},
            )
        ],
    )
    production = write_report(
        tmp_path / "produktion", "Produktion", every_rule_proven({"H3": "skipped", "H7": "skipped"}), SCOPE
    )
    return [reference, staging, production]


def test_each_cell_has_the_rules_verdict_on_that_target(tmp_path):
    targets = compare.named_apart([compare.load(folder) for folder in _three(tmp_path)])
    rows = {row["rule"]: row for row in compare.table(targets)}
    assert [cell["verdict"] for cell in rows["H5"]["cells"]] == ["bevisad", "misslyckas", "bevisad"]
    assert [cell["verdict"] for cell in rows["H3"]["cells"]] == ["bevisad", "bevisad", "utanför omfånget"]
    assert [cell["verdict"] for cell in rows["H7"]["cells"]] == ["bevisad", "bevisad", "inte bevisad"]
    assert rows["H7"]["cells"][2]["why"].startswith("Hoppas över: målmiljön saknar")
    assert rows["H7"]["cells"][2]["where"] == "Scenario för H7"
    assert {rule for rule, row in rows.items() if row["differs"]} == {"H3", "H5", "H7"}
    assert rows["H5"]["differing_scenarios"] == {"test_scenario_för_h5"}
    assert not rows["H1"]["differs"] and rows["H1"]["differing_scenarios"] == set()


def test_a_rule_one_run_did_not_judge_does_not_differ(tmp_path):
    everything = write_report(tmp_path / "allt", "Staging", every_rule_proven())
    bankid_only = write_report(
        tmp_path / "bankid", "Produktion", [("Scenario för H3", ["H3", "bevis"], "failed")], {"judged": ["H3"]}
    )
    rows = {row["rule"]: row for row in compare.table([compare.load(everything), compare.load(bankid_only)])}
    assert [cell["verdict"] for cell in rows["H1"]["cells"]] == ["bevisad", "inte bedömd"]
    assert not rows["H1"]["differs"] and rows["H3"]["differs"]


def test_the_page_shows_the_targets_as_columns_and_marks_the_differences(tmp_path, page: Page):
    out = tmp_path / "jamforelse.html"
    assert compare.compare(_three(tmp_path), out) == 0
    page.goto(out.as_uri())
    headers = page.get_by_role("columnheader")
    expect(headers).to_have_count(4)
    expect(headers.nth(2)).to_contain_text("Staging – https://staging.example.se")
    expect(page.get_by_text("3 av 13 regler har olika utslag:")).to_be_visible()
    h5 = page.get_by_role("row", name=re.compile(r"^H5 "))
    expect(h5).to_have_class(re.compile("skiljer"))
    expect(h5.get_by_role("cell").nth(1)).to_contain_text("Misslyckas")
    staging = h5.get_by_role("cell").nth(1)
    staging.get_by_text("Misslyckas").click()
    expect(staging).to_contain_text("Scenario för H5 gick inte – i ”Scenario för H5”")
    expect(staging.locator("li.differs")).to_have_text(re.compile("^Misslyckad: Scenario för H5"))
    expect(staging.locator("li:not(.differs)")).to_have_text(re.compile("^Godkänd: Fel lösenord"))
    expect(page.get_by_role("row", name=re.compile(r"^H1 "))).not_to_have_class(re.compile("skiljer"))
    expect(page.get_by_role("row", name=re.compile(r"^H3 ")).get_by_role("cell").nth(2)).to_contain_text(
        "Utanför omfånget"
    )
    decisions = page.locator("#referensbeslut")
    expect(decisions).to_contain_text("Referensbeslut: avviker – meddelandet har en annan ordalydelse")
    expect(decisions.get_by_role("heading", name="Referensportalen")).to_be_visible()


def test_two_runs_of_one_target_are_told_apart_and_a_folder_without_a_report_is_refused(tmp_path, capsys):
    yesterday = write_report(tmp_path / "igar", "Staging", every_rule_proven())
    today = write_report(tmp_path / "idag", "Staging", every_rule_proven({"H9": "failed"}))
    targets = compare.named_apart([compare.load(yesterday), compare.load(today)])
    assert [target.name for target in targets] == ["Staging (igar)", "Staging (idag)"]
    assert compare.compare([yesterday, tmp_path / "saknas"], tmp_path / "x.html") == 1
    assert "ingen rapportmapp" in capsys.readouterr().err


def test_a_target_that_did_not_answer_is_shown_as_not_reached_and_differs_in_nothing(tmp_path, capsys):
    stopped = {"code": 3, "kind": "nåddes inte", "text": "Målmiljön svarade inte: portalen", "what": "portalen"}
    down = write_report(
        tmp_path / "nere", "Staging", [("Scenario för H5", ["H5", "bevis"], "not_run")], stopped=stopped
    )
    up = write_report(tmp_path / "uppe", "Produktion", every_rule_proven())
    targets = [compare.load(up), compare.load(down)]
    rows = {row["rule"]: row for row in compare.table(targets)}
    assert [cell["verdict"] for cell in rows["H5"]["cells"]] == ["bevisad", "nåddes inte"]
    assert not any(row["differs"] for row in rows.values())
    assert compare.compare([up, down], tmp_path / "j.html") == 0
    assert "nåddes inte: Staging" in capsys.readouterr().out
    assert "Staging nåddes inte:" in (tmp_path / "j.html").read_text(encoding="utf-8")
