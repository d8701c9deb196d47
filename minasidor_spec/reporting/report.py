"""Write the product owner's report (Swedish, one self-contained HTML page) from a run record
(korning.json, minasidor_spec.judging.run_record): what went wrong, one line per cause, then each
help-page rule with the scenarios that prove it; and junit.xml beside it for CI.

Usage: python -m minasidor_spec report [--history FIL] report/korning.json report/index.html

With --history the run's verdicts are added to that file (JSON Lines) and the report shows the
target's earlier runs: a trend per rule and scenario, newly failing, unsteady scenarios.

Per scenario the end-state screenshot (a small JPEG embedded, so the page stays one file; the
full-size PNG under skarmbilder/), the skip reason, and on failure the Playwright trace, copied
next to the page under spar/.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from minasidor_spec.judging import run_record as records
from minasidor_spec.judging.judge import Judgement, judge
from minasidor_spec.judging.run_results import (
    OWN_SECTIONS,
    STATE_TEXT,
    STATUS_TEXT,
    STEP_TEXT,
    Scenario,
    load_scenarios,
    reference_decisions,
    rule_sections,
)
from minasidor_spec.judging.verdicts import FAILED, PASSED, PROVEN, REFERENCE_DIFFERS, SKIPPED
from minasidor_spec.reporting import history, junit, screenshots
from minasidor_spec.reporting.history import History
from minasidor_spec.reporting.overview import TAG_LEGEND, overview


def file_name(scenario_id: str) -> str:
    """A scenario's id as a file name (screenshots, traces)."""
    plain = unicodedata.normalize("NFKD", scenario_id).encode("ascii", "ignore").decode()  # ö -> o
    return re.sub(r"[^\w.-]+", "-", plain, flags=re.ASCII).strip("-")[:120] or "scenario"


def copy_screenshots(scenarios: list[Scenario], report_dir: Path) -> None:
    """Each end-state screenshot as a small embedded JPEG, the full size beside the report."""
    for scenario in scenarios:
        images = []
        for index, png in enumerate(scenario.extras.get("screenshots", []), start=1):
            if Path(png).exists():
                images.append(
                    {
                        "image": screenshots.reading_copy(Path(png)),
                        "full": screenshots.full_size_copy(Path(png), report_dir, f"{file_name(scenario.id)}-{index}"),
                    }
                )
        scenario.extras["screenshot_images"] = images


def copy_traces(scenarios: list[Scenario], report_dir: Path) -> None:
    """Put each failed scenario's trace next to the report; the link is relative."""
    for scenario in scenarios:
        links = []
        for index, trace in enumerate(scenario.extras.get("traces", []), start=1):
            if not Path(trace).exists():
                continue
            target = report_dir / "spar" / f"{file_name(scenario.id)}-{index}.zip"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(trace, target)
            links.append(target.relative_to(report_dir).as_posix())
        scenario.extras["trace_links"] = links


def _scan_rows(scans: list[dict]) -> list[dict]:
    """Each scanned page with its counts; pages with serious or critical violations first."""
    rows = [
        {
            **s,
            "count": len(s["violations"]),
            "blocking": sum(1 for v in s["violations"] if v["impact"] in ("critical", "serious")),
        }
        for s in scans
    ]
    return sorted(rows, key=lambda row: (-row["blocking"], -row["count"], row["url"]))


def render(
    record: dict,
    judgement: Judgement,
    scenarios: list[Scenario] | None = None,
    history: History | None = None,
    generated: datetime | None = None,
) -> str:
    env = Environment(loader=PackageLoader("minasidor_spec.reporting", "templates"), autoescape=select_autoescape())
    scenarios = scenarios if scenarios is not None else load_scenarios(record)
    sections = rule_sections(scenarios, record, judgement)
    totals = {
        status: sum(1 for s in scenarios if s.status == status)
        for status in (PASSED, FAILED, SKIPPED, REFERENCE_DIFFERS, records.NOT_RUN)
    }
    totals["unchecked"] = sum(s.unchecked_count for s in scenarios)
    totals["flaky"] = sum(1 for s in scenarios if s.flaky)
    return env.get_template("report.html").render(
        sections=sections,
        overview=overview(sections, judgement),
        judgement=judgement,
        history=history or History(),
        target=record.get("target", ""),
        device=record.get("device", ""),
        preflight=record.get("preflight") or {},
        accessibility=[(s, note) for s in scenarios for note in s.extras.get("accessibility", [])],
        scans=_scan_rows(record.get("accessibility") or []),
        totals=totals,
        scenario_count=len(scenarios),
        proven=sum(1 for s in sections if s["verdict"] == PROVEN),
        green=judgement.green,
        decisions=reference_decisions(scenarios),
        untagged=[s for s in scenarios if not s.kind],
        own_sections=[
            {"tag": tag, "heading": heading, "text": text, "scenarios": [s for s in scenarios if s.own_section]}
            for tag, (heading, text) in OWN_SECTIONS.items()
            if any(s.own_section for s in scenarios)
        ],
        tag_legend=TAG_LEGEND,
        status_text=STATUS_TEXT,
        step_text=STEP_TEXT,
        state_text=STATE_TEXT,
        generated=(generated or datetime.now()).strftime("%Y-%m-%d %H:%M"),
    )


def history_record(record: dict, judgement: Judgement, target: str, when: datetime, run_id: str = "") -> dict:
    """This run as the history keeps it: each rule's verdict and each scenario's outcome, or the
    outage that kept it from judging any rule."""
    if judgement.stopped:
        return history.record(when.isoformat(timespec="minutes"), target, {}, {}, run_id, stopped=judgement.stopped)
    outcomes = {
        s.id or s.key: {
            "name": f"{s.name} – {s.example}" if s.example else s.name,
            "outcome": s.status,
            "again": s.extras.get("run_again"),
            "flaky": s.flaky,
        }
        for s in load_scenarios(record)
    }
    verdict_of = {v.rule: v.state for v in judgement.verdicts}
    return history.record(when.isoformat(timespec="minutes"), target, verdict_of, outcomes, run_id)


def write(record_path: Path, index: Path, history_path: Path | None = None) -> Judgement:
    """The report (index.html), junit.xml beside it, and the run added to the history; the judgement."""
    record = records.load(record_path)
    judgement = judge(record)
    scenarios = load_scenarios(record)
    index.parent.mkdir(parents=True, exist_ok=True)
    copy_traces(scenarios, index.parent)
    copy_screenshots(scenarios, index.parent)
    now = _when(record, record_path)
    runs = History()
    if history_path is not None and (not judgement.stopped or judgement.outage):  # a run that could not start is no run
        name = record.get("target_name") or record.get("target", "")  # the same from run to run
        run_id = hashlib.sha256(record_path.read_bytes()).hexdigest()[:16]  # the same run's file, the same id
        history.append(history_path, history_record(record, judgement, name, now, run_id))
        runs = History(history.load(history_path, name))
    index.write_text(render(record, judgement, scenarios, runs, now), encoding="utf-8")
    junit.write(record, judgement, index.parent / junit.FILE_NAME)
    history_note = f"; historik: {history_path} ({len(runs.runs)} körningar)" if runs.runs else ""
    print(f"==> Rapport: {index} ({len(scenarios)} scenarier{history_note}); JUnit: {index.parent / junit.FILE_NAME}")
    return judgement


def _when(record: dict, path: Path) -> datetime:
    """When the run ended (the record says; else when its file was written)."""
    try:
        return datetime.fromisoformat(record["finished"])
    except (KeyError, TypeError, ValueError):
        return datetime.fromtimestamp(path.stat().st_mtime)
