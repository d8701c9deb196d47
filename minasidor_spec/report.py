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

import json
import re
import shutil
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from . import history, screenshots
from .history import History
from .overview import overview
from .rule_gate import OWN_SECTION_TAGS
from .rules import RULES
from .scenario_items import readable
from .verdicts import (
    ADVISORY,
    CORE_TAG,
    FAILED,
    GREEN,
    PASSED,
    REFERENCE_DIFFERS,
    REFERENCE_TAG,
    SAID,
    SKIPPED,
    Outcome,
    Proof,
    judge_all,
    proofs_from_json,
    rules_named,
    summary_lines,
)

# Scenarios that prove no help-page rule but have a section of their own (tag: heading, text).
OWN_SECTIONS = {
    "tangentbord": (
        "Bara tangentbord",
        "Inloggning och utloggning med bara tangentbordet (Tab, Enter, "
        "mellanslag, Escape, piltangenter), med synligt fokus. Hjälpsidan reglerar det inte, "
        "men kunder som inte använder mus behöver det.",
    )
}
assert set(OWN_SECTIONS) == OWN_SECTION_TAGS
STATUS_TEXT = {
    PASSED: "Godkänd",
    FAILED: "Misslyckad",
    SKIPPED: "Överhoppad",
    "undefined": "Saknar steg",
    REFERENCE_DIFFERS: "Referensbeslut avviker",
    ADVISORY: "Misslyckad (avgör inte)",
}

# A trend strip's marks, said: rule verdicts and scenario outcomes.
STATE_TEXT = {**{state: said.lower() for state, said in SAID.items()}, **{k: v.lower() for k, v in STATUS_TEXT.items()}}


@dataclass
class Scenario:
    feature: str
    name: str
    tags: list[str]
    steps: list[dict]
    id: str = ""
    extras: dict = field(default_factory=dict)
    status: str = field(init=False)

    def __post_init__(self):
        # pytest's own outcome when the collector recorded it: a step that skips the
        # scenario (a missing test customer) is "passed" in cucumber JSON.
        if self.extras.get("outcome") in STATUS_TEXT:
            self.status = self.extras["outcome"]
            return
        statuses = [s.get("result", {}).get("status", "skipped") for s in self.steps]
        if "failed" in statuses:
            self.status = "failed"
        elif statuses and all(s == "passed" for s in statuses):
            self.status = "passed"
        else:
            self.status = "skipped"

    @property
    def rules(self) -> list[str]:
        return [t for t in self.tags if t in RULES]

    @property
    def key(self) -> str:
        """ "Feature: Scenario", the same for every example of an outline (what a proof names)."""
        return self.extras.get("template") or f"{self.feature}: {self.name}"

    @property
    def proves(self) -> bool:
        return CORE_TAG in self.tags

    @property
    def reference_decision(self) -> bool:
        return REFERENCE_TAG in self.tags

    def outcome(self) -> Outcome:
        status = ADVISORY if self.extras.get("advisory") else self.status
        reason = (
            self.extras.get("skip_reason")
            or self.extras.get("explanation")
            or self.extras.get("failure")
            or self.extras.get("reference_differs")
            or ""
        )
        return Outcome(
            self.key,
            () if self.own_section else tuple(self.rules),
            status,
            reason,
            rules_named(self.extras.get("explanation")),
        )

    @property
    def own_section(self) -> bool:
        """Shown in a section of its own (keyboard only): it follows its rule's way but does
        not decide the rule's verdict."""
        return bool(set(self.tags) & set(OWN_SECTIONS))

    @property
    def example(self) -> str:
        """The example row of a scenario outline, e.g. "16XXXXXX-XXXX"."""
        return readable(self.id.split("[", 1)[1].rstrip("]")) if "[" in self.id else ""

    def unchecked(self, step: dict) -> bool:
        """Did this step check only the behaviour (the target's wording of it is unknown)?"""
        name = step.get("name", "")
        return any(f'"{wording}"' in name or wording in name for wording in self.extras.get("unchecked", []))

    @property
    def unchecked_count(self) -> int:
        return sum(1 for step in self.steps if self.unchecked(step))

    @property
    def screenshots(self) -> list[dict]:
        """The end state (one per browser window): {"image": a small JPEG as a data: URL,
        "full": the full-size PNG's link, when copied beside the report}."""
        return self.extras.get("screenshot_images", [])


def load_run(extras_json: Path | None) -> dict:
    """The collector's file: {"target": ..., "scenarios": {test id: extras}}."""
    if extras_json is None or not extras_json.exists():
        return {"target": "", "scenarios": {}}
    return json.loads(extras_json.read_text(encoding="utf-8"))


def load_scenarios(cucumber_json: Path, extras_json: Path | None = None) -> list[Scenario]:
    features = json.loads(cucumber_json.read_text(encoding="utf-8"))
    extras = load_run(extras_json)["scenarios"]
    return [
        Scenario(
            feature=feature["name"],
            name=element["name"],
            tags=[t["name"].lstrip("@") for t in element.get("tags", []) + feature.get("tags", [])],
            steps=element.get("steps", []),
            id=element.get("id", ""),
            extras=extras.get(element.get("id", ""), {}),
        )
        for feature in features
        for element in feature.get("elements", [])
    ] + _skipped_before_first_step(features, extras)


def _skipped_before_first_step(features: list[dict], extras: dict) -> list[Scenario]:
    """Scenarios skipped before any step ran: cucumber JSON leaves them out, the report doesn't."""
    reported = {element.get("id") for feature in features for element in feature.get("elements", [])}
    return [
        Scenario(
            feature=extra.get("feature", ""),
            name=extra["scenario"],
            tags=extra.get("tags", []),
            steps=[],
            id=element_id,
            extras=extra,
        )
        for element_id, extra in extras.items()
        if element_id not in reported and "scenario" in extra and extra.get("outcome") == "skipped"
    ]


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


def _proofs_from_tags(scenarios: list[Scenario]) -> dict[str, list[Proof]]:
    """The proofs as the scenarios' tags give them (a run without the rule gate's record)."""
    runs = Counter(s.key for s in scenarios if s.proves and not s.own_section)
    proofs: dict[str, list[Proof]] = {}
    for key in runs:
        scenario = next(s for s in scenarios if s.key == key)
        for rule in scenario.rules:
            proofs.setdefault(rule, []).append(Proof(key, runs[key]))
    return proofs


def verdicts_of(scenarios: list[Scenario], rules: dict | None = None):
    """Every rule's verdict (verdicts.judge_all) from the run's record of proofs, judged rules and
    scope, or from the scenarios' own tags."""
    rules = rules or {}
    proofs = proofs_from_json(rules["proofs"]) if rules.get("proofs") else _proofs_from_tags(scenarios)
    judged = set(rules["judged"]) if "judged" in rules else set(RULES)
    return proofs, judge_all(proofs, [s.outcome() for s in scenarios], rules.get("scope", {}), judged)


def rule_sections(scenarios: list[Scenario], rules: dict | None = None) -> list[dict]:
    proofs, verdicts = verdicts_of(scenarios, rules)
    sections = []
    for verdict in verdicts:
        proving = [s for s in scenarios if verdict.rule in s.rules and not s.own_section]
        sections.append(
            {
                "rule": verdict.rule,
                "text": RULES[verdict.rule],
                "scenarios": proving,
                "verdict": verdict.state,
                "said": verdict.said,
                "reasons": verdict.reasons,
                "green": verdict.green,
                "proofs": [p.scenario for p in proofs.get(verdict.rule, [])],
            }
        )
    return sections


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


def reference_decisions(scenarios: list[Scenario]) -> list[dict]:
    """Where the target decides otherwise than our reference portal (whole scenarios, and checks
    inside scenarios), and the wordings that could not be checked."""
    rows = []
    for scenario in scenarios:
        differs = [scenario.extras["reference_differs"]] if scenario.extras.get("reference_differs") else []
        differs += scenario.extras.get("decisions", [])
        if differs or scenario.extras.get("unchecked"):
            rows.append({"scenario": scenario, "differs": differs, "unchecked": scenario.extras.get("unchecked", [])})
    return rows


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


def history_record(scenarios: list[Scenario], rules: dict | None, target: str, when: datetime) -> dict:
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
    return history.record(when.isoformat(timespec="minutes"), target, {v.rule: v.state for v in verdicts}, outcomes)


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
    now = datetime.now()
    runs = History()
    if history_path is not None:
        history.append(history_path, history_record(scenarios, run.get("rules"), run["target"], now))
        runs = History(history.load(history_path, run["target"]))
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
