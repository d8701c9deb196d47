"""Three runs of one target appended to its history: the report shows each rule's and scenario's
trend, what is newly failing since the run before, and the unsteady scenarios (flipped between
passed and failed, or failed and passed when run again for the trace)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from minasidor_spec.judging import run_record
from minasidor_spec.reporting import history, report
from minasidor_spec.reporting.history import History
from tests.support.report_folders import every_rule_proven, write_report

TARGET = "Staging – https://staging.example.se"
H9, H11 = "test_scenario_för_h9", "test_scenario_för_h11"
RUNS = (
    every_rule_proven(),
    every_rule_proven({"H5": "failed", "H9": "failed"}),
    every_rule_proven({"H5": "failed", "H2": "failed", "H11": "failed"}, {"H11": {"run_again": "passed"}}),
)


def _three_runs(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "report.historik.jsonl"
    for number, scenarios in enumerate(RUNS, start=1):
        folder = write_report(tmp_path / f"run{number}", TARGET, scenarios)
        out = tmp_path / "report" / "index.html"
        report.write(run_record.in_folder(folder), out, path)
    return path, out


def test_the_history_keeps_each_runs_verdicts_and_outcomes(tmp_path):
    path, _ = _three_runs(tmp_path)
    runs = history.load(path, TARGET)
    assert len(runs) == 3 and [run["rules"]["H5"] for run in runs] == ["bevisad", "misslyckas", "misslyckas"]
    assert runs[2]["scenarios"][H11] == {
        "name": "Scenario för H11",
        "outcome": "failed",
        "again": "passed",
        "flaky": False,
    }
    assert history.load(path, "Produktion") == []


def test_a_report_written_again_from_the_same_run_is_not_counted_twice(tmp_path):
    path, _ = _three_runs(tmp_path)
    report.write(run_record.in_folder(tmp_path / "run3"), tmp_path / "igen.html", path)
    assert len(history.load(path, TARGET)) == 3


def test_an_outage_is_kept_as_such_and_judges_nothing(tmp_path):
    path, _ = _three_runs(tmp_path)
    stopped = {"code": 3, "kind": "nåddes inte", "text": "Målmiljön svarade inte: portalen", "what": "portalen"}
    folder = write_report(tmp_path / "run4", TARGET, [("Scenario för H5", ["H5", "bevis"], "not_run")], stopped=stopped)
    report.write(run_record.in_folder(folder), tmp_path / "report" / "index.html", path)
    runs = history.load(path, TARGET)
    assert runs[-1]["rules"] == {} and runs[-1]["stopped"]["what"] == "portalen"
    now = History(runs)
    assert [mark.state for mark in now.rule_trend("H5")][-2:] == ["misslyckas", "nåddes inte"]
    assert not now.rule_newly_failing("H2") and now.outages == 1


def test_trend_newly_failing_and_unsteady(tmp_path):
    path, _ = _three_runs(tmp_path)
    now = History(history.load(path, TARGET))
    assert [mark.state for mark in now.rule_trend("H5")] == ["bevisad", "misslyckas", "misslyckas"]
    assert [mark.state for mark in now.scenario_trend(H9)] == ["passed", "failed", "passed"]
    assert now.rule_newly_failing("H2") and not now.rule_newly_failing("H5") and not now.rule_newly_failing("H1")
    assert now.scenario_newly_failing("test_scenario_för_h2") and not now.scenario_newly_failing("test_scenario_för_h5")
    assert History(history.load(path, TARGET)[:2]).rule_newly_failing("H5")
    assert now.unsteady(H9) and now.unsteady(H11)
    assert not now.unsteady("test_scenario_för_h5") and not now.unsteady("test_scenario_för_h1")


def test_a_broken_line_or_another_target_does_not_stop_the_report(tmp_path):
    path = tmp_path / "h.jsonl"
    history.append(path, history.record("2026-12-01T10:00", "Produktion", {"H1": "bevisad"}, {}))
    with path.open("a", encoding="utf-8") as file:
        file.write('{"time": "2026-12-02T10:00", "target": "Stag\n')  # cut off by a crash
    history.append(path, history.record("2026-12-03T10:00", TARGET, {"H1": "misslyckas"}, {}))
    assert [run["time"] for run in history.load(path, TARGET)] == ["2026-12-03T10:00"]
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["target"] == "Produktion"


def test_the_report_shows_the_trend_and_marks(tmp_path, page: Page):
    _, out = _three_runs(tmp_path)
    page.goto(out.as_uri())
    overview = page.get_by_role("region", name="Överblick")
    h2 = overview.get_by_role("listitem").filter(has_text="H2 Undermeny")
    expect(h2.get_by_text("ny sedan förra körningen")).to_be_visible()
    expect(overview.get_by_role("listitem").filter(has_text="H5 Logga in")).not_to_contain_text("ny sedan")
    strip = h2.get_by_role("img", name=re.compile("^Regeln de senaste 3 körningarna"))
    expect(strip).to_have_attribute("aria-label", re.compile("bevisad, bevisad, misslyckas"))
    expect(page.locator("section#H9 summary")).to_contain_text("ostadig")
    expect(page.locator("section#H11 summary")).to_contain_text("ostadig")
    expect(page.locator("section#H1 summary")).not_to_contain_text("ostadig")
    expect(page.get_by_text("3 körningar i historiken")).to_be_visible()


def test_runs_of_one_profile_at_another_address_are_one_history(tmp_path):
    """The embedded stack answers at a new port each run: the profile's name keeps its history."""
    path = tmp_path / "h.jsonl"
    for port in (5001, 5002):
        folder = write_report(
            tmp_path / str(port), f"Referensmiljön – http://127.0.0.1:{port}", RUNS[0], None, "Referensmiljön"
        )
        report.write(run_record.in_folder(folder), folder / "index.html", path)
    assert len(history.load(path, "Referensmiljön")) == 2
