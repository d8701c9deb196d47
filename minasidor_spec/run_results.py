"""A run's results as the report, the history and the comparison read them: the scenarios from
pytest-bdd's cucumber JSON with the collector's extras (outcome, skip reason, explanation), each
rule's verdict with the scenarios that prove it, and the reference decisions a target made
otherwise."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .rule_gate import OWN_SECTION_TAGS
from .rules import RULES
from .scenario_items import readable
from .verdicts import (
    ADVISORY,
    CORE_TAG,
    FAILED,
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
