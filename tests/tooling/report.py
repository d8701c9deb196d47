"""Write the product owner's report (Swedish, one self-contained HTML page) from pytest-bdd's
cucumber JSON: each help-page rule with the scenarios that prove it.

Usage: python -m tests.tooling.report report/cucumber.json report/index.html
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .rules import RULES

STATUS_TEXT = {"passed": "Godkänd", "failed": "Misslyckad", "skipped": "Överhoppad", "undefined": "Saknar steg"}


@dataclass
class Scenario:
    feature: str
    name: str
    tags: list[str]
    steps: list[dict]
    status: str = field(init=False)

    def __post_init__(self):
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


def load_scenarios(cucumber_json: Path) -> list[Scenario]:
    features = json.loads(cucumber_json.read_text(encoding="utf-8"))
    return [
        Scenario(
            feature=feature["name"],
            name=element["name"],
            tags=[t["name"].lstrip("@") for t in element.get("tags", []) + feature.get("tags", [])],
            steps=element.get("steps", []),
        )
        for feature in features
        for element in feature.get("elements", [])
    ]


def rule_sections(scenarios: list[Scenario]) -> list[dict]:
    sections = []
    for rule, text in RULES.items():
        proving = [s for s in scenarios if rule in s.rules]
        if not proving:
            verdict = "missing"
        elif any(s.status == "failed" for s in proving):
            verdict = "failed"
        elif any(s.status == "passed" for s in proving):
            verdict = "passed"
        else:
            verdict = "skipped"
        sections.append({"rule": rule, "text": text, "scenarios": proving, "verdict": verdict})
    return sections


def render(scenarios: list[Scenario]) -> str:
    env = Environment(loader=PackageLoader("tests.tooling", "templates"), autoescape=select_autoescape())
    sections = rule_sections(scenarios)
    totals = {status: sum(1 for s in scenarios if s.status == status) for status in ("passed", "failed", "skipped")}
    return env.get_template("report.html").render(
        sections=sections,
        totals=totals,
        scenario_count=len(scenarios),
        proven=sum(1 for s in sections if s["verdict"] == "passed"),
        untagged=[s for s in scenarios if not s.rules],
        status_text=STATUS_TEXT,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    if not source.exists():
        print(f"FEL: {source} finns inte – kördes specifikationen?", file=sys.stderr)
        return 1
    scenarios = load_scenarios(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(scenarios), encoding="utf-8")
    print(f"==> Rapport: {target} ({len(scenarios)} scenarier)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
