"""Several targets side by side, as wpt.fyi shows browsers: the rules H1–H13 as rows, one column
per target (named by its profile), each cell the rule's verdict there with its scenarios behind a
click; rows whose verdicts differ are marked, and so are scenarios whose outcomes differ. The
reference decisions each target made otherwise have a section of their own. A target that did not
answer is shown as "nåddes inte", and its column judges no rule. Reads report folders (`make
spec`, or `merge-report` of shards): their run record, korning.json.

Usage: python -m minasidor_spec compare [--out jamforelse.html] REPORT-DIR [REPORT-DIR ...]"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from minasidor_spec.common.rules import RULES, TITLES
from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging import run_record as records
from minasidor_spec.judging import run_results as results
from minasidor_spec.judging.judge import Judgement, judge
from minasidor_spec.judging.verdicts import GREEN, NOT_JUDGED
from minasidor_spec.reporting.overview import overview, row


@dataclass
class ComparedTarget:
    name: str  # the profile's name, else the report's "Målmiljö", else the folder's
    where: str  # the report's "Målmiljö": the name and the address
    folder: Path
    generated: str
    sections: dict[str, dict]  # rule -> results.rule_sections' section
    decisions: list[dict]
    green: bool
    judgement: Judgement

    @property
    def unreached(self) -> str:
        """Why no rule was judged there (the target did not answer), else ""."""
        return self.judgement.stopped.get("text", "") if self.judgement.stopped else ""


class NotAReport(ValueError):
    pass


def load(folder: Path) -> ComparedTarget:
    path = records.in_folder(folder)
    if not path.exists():
        raise NotAReport(f"{folder} är ingen rapportmapp: {path.name} saknas (kör make spec REPORT={folder}).")
    try:
        record = records.load(path)
    except records.NotARecord as error:
        raise NotAReport(str(error)) from None
    judgement = judge(record)
    scenarios = results.load_scenarios(record)
    sections = results.rule_sections(scenarios, record, judgement)
    when = (record.get("finished") or datetime.fromtimestamp(path.stat().st_mtime).isoformat())[:16].replace("T", " ")
    return ComparedTarget(
        record.get("target_name") or record.get("target") or folder.name,
        record.get("target", ""),
        folder,
        when,
        {section["rule"]: section for section in sections},
        results.reference_decisions(scenarios),
        judgement.green,
        judgement,
    )


def named_apart(targets: list[ComparedTarget]) -> list[ComparedTarget]:
    """Two folders of the same target (yesterday and today) get their folder beside the name."""
    counts = Counter(target.name for target in targets)
    for target in targets:
        if counts[target.name] > 1:
            target.name = f"{target.name} ({target.folder.name})"
    return targets


def table(targets: list[ComparedTarget]) -> list[dict]:
    """One row per rule: its cells (one per target) and whether the verdicts differ."""
    rows = []
    for rule in RULES:
        cells = [
            {"target": target, **row(target.sections[rule])}
            | ({"verdict": "nåddes inte", "said": "Nåddes inte", "why": target.unreached} if target.unreached else {})
            for target in targets
        ]
        scenario_status = {}
        for target in targets:
            for scenario in target.sections[rule]["scenarios"]:
                scenario_status.setdefault(scenario.id or scenario.key, set()).add(scenario.status)
        rows.append(
            {
                "rule": rule,
                "title": TITLES[rule],
                "text": RULES[rule],
                "cells": cells,
                # A rule one run did not judge (its selection left the proofs out) differs in what
                # is known, not in what the target does.
                "differs": len(
                    {cell["verdict"] for cell in cells if cell["verdict"] not in (NOT_JUDGED, "nåddes inte")}
                )
                > 1,
                "differing_scenarios": {key for key, statuses in scenario_status.items() if len(statuses) > 1},
            }
        )
    return rows


def render(targets: list[ComparedTarget]) -> str:
    env = Environment(loader=PackageLoader("minasidor_spec.reporting", "templates"), autoescape=select_autoescape())
    rows = table(targets)
    return env.get_template("compare.html").render(
        targets=targets,
        rows=rows,
        differing=[r for r in rows if r["differs"]],
        overviews={target.name: overview(list(target.sections.values()), target.judgement) for target in targets},
        green_states=GREEN,
        status_text=results.STATUS_TEXT,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def compare(folders: list[Path], out: Path) -> int:
    try:
        targets = named_apart([load(folder) for folder in folders])
    except NotAReport as error:
        print(f"FEL: {error}", file=sys.stderr)
        return ExitCode.NOT_DONE
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(targets), encoding="utf-8")
    differing = sum(1 for r in table(targets) if r["differs"])
    unreached = [target.name for target in targets if target.unreached]
    note = f"; nåddes inte: {', '.join(unreached)}" if unreached else ""
    print(f"==> Jämförelse: {out} ({len(targets)} målmiljöer, {differing} av {len(RULES)} regler skiljer sig{note})")
    return ExitCode.DONE
