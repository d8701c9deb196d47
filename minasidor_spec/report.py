"""Write the product owner's report (Swedish, one self-contained HTML page) from pytest-bdd's
cucumber JSON: each help-page rule with the scenarios that prove it.

Usage: python -m minasidor_spec report [--history FIL] report/cucumber.json report/index.html [report/extras.json]

With --history the run's verdicts are added to that file (JSON Lines) and the report shows the
target's earlier runs: a trend per rule and scenario, newly failing, unsteady scenarios.

The extras (see report_collector) add per scenario the end-state screenshot (a small JPEG
embedded, so the page stays one file; the full-size PNG under skarmbilder/), the skip reason,
and on failure the Playwright trace, copied next to the page under spar/.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from . import history, screenshots
from .history import History
from .overview import overview
from .run_results import (
    OWN_SECTIONS,
    STATE_TEXT,
    STATUS_TEXT,
    Scenario,
    load_run,
    load_scenarios,
    reference_decisions,
    rule_sections,
    verdicts_of,
)
from .verdicts import FAILED, GREEN, PASSED, REFERENCE_DIFFERS, SKIPPED, summary_lines


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
    scenarios: list[Scenario],
    target: str = "",
    preflight: dict | None = None,
    scans: list[dict] | None = None,
    device: str = "",
    rules: dict | None = None,
    history: History | None = None,
    generated: datetime | None = None,
) -> str:
    env = Environment(loader=PackageLoader("minasidor_spec", "templates"), autoescape=select_autoescape())
    sections = rule_sections(scenarios, rules)
    totals = {
        status: sum(1 for s in scenarios if s.status == status)
        for status in (PASSED, FAILED, SKIPPED, REFERENCE_DIFFERS)
    }
    totals["unchecked"] = sum(s.unchecked_count for s in scenarios)
    return env.get_template("report.html").render(
        sections=sections,
        overview=overview(sections),
        history=history or History(),
        target=target,
        device=device,
        preflight=preflight or {},
        accessibility=[(s, note) for s in scenarios for note in s.extras.get("accessibility", [])],
        scans=_scan_rows(scans or []),
        totals=totals,
        scenario_count=len(scenarios),
        proven=sum(1 for s in sections if s["verdict"] == "bevisad"),
        green=all(s["green"] for s in sections),
        decisions=reference_decisions(scenarios),
        untagged=[s for s in scenarios if not s.rules],
        own_sections=[
            {"tag": tag, "heading": heading, "text": text, "scenarios": [s for s in scenarios if tag in s.tags]}
            for tag, (heading, text) in OWN_SECTIONS.items()
            if any(tag in s.tags for s in scenarios)
        ],
        status_text=STATUS_TEXT,
        state_text=STATE_TEXT,
        generated=(generated or datetime.now()).strftime("%Y-%m-%d %H:%M"),
    )


def history_record(
    scenarios: list[Scenario], rules: dict | None, target: str, when: datetime, run_id: str = ""
) -> dict:
    """This run as the history keeps it: each rule's verdict and each scenario's outcome."""
    _, verdicts = verdicts_of(scenarios, rules)
    outcomes = {
        s.id or s.key: {
            "name": f"{s.name} – {s.example}" if s.example else s.name,
            "outcome": s.outcome().outcome,
            "again": s.extras.get("run_again"),
        }
        for s in scenarios
    }
    verdict_of = {v.rule: v.state for v in verdicts}
    return history.record(when.isoformat(timespec="minutes"), target, verdict_of, outcomes, run_id)


def main(argv: list[str]) -> int:
    history_path = None
    if "--history" in argv[:-1]:
        at = argv.index("--history")
        history_path, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    extras = Path(argv[2]) if len(argv) == 3 else None
    if not source.exists():
        print(f"FEL: {source} finns inte – kördes specifikationen?", file=sys.stderr)
        return 1
    scenarios = load_scenarios(source, extras)
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_traces(scenarios, target.parent)
    copy_screenshots(scenarios, target.parent)
    run = load_run(extras)
    now = datetime.fromtimestamp(source.stat().st_mtime)  # when the run wrote its results
    runs = History()
    if history_path is not None:
        name = run.get("target_name") or run["target"]  # the same from run to run
        written = source.read_bytes() + (extras.read_bytes() if extras is not None and extras.exists() else b"")
        run_id = hashlib.sha256(written).hexdigest()[:16]  # the same run's files, the same id
        history.append(history_path, history_record(scenarios, run.get("rules"), name, now, run_id))
        runs = History(history.load(history_path, name))
    target.write_text(
        render(
            scenarios,
            run["target"],
            run.get("preflight"),
            run.get("accessibility"),
            run.get("device", ""),
            run.get("rules"),
            runs,
            now,
        ),
        encoding="utf-8",
    )
    history_note = f"; historik: {history_path} ({len(runs.runs)} körningar)" if history_path else ""
    print(f"==> Rapport: {target} ({len(scenarios)} scenarier{history_note})")
    return 0


def judged_green(source: Path, extras: Path | None) -> tuple[bool, list[str]]:
    """Is every rule proven or out of scope (as a merged run judges it), and the console's lines."""
    scenarios = load_scenarios(source, extras)
    _, verdicts = verdicts_of(scenarios, {**load_run(extras).get("rules", {}), "sharded": False})
    return all(v.state in GREEN for v in verdicts), summary_lines(verdicts)
