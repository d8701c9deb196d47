"""A run's results as the report, the history and the comparison read them: the scenarios of the
run record (minasidor_spec.judging.run_record) and each rule's section (its verdict from
minasidor_spec.judging.judge, with the scenarios that prove it), and the reference decisions a target
made otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field

from minasidor_spec.common.rules import RULES
from minasidor_spec.judging.judge import Judgement, proofs_of_entries
from minasidor_spec.judging.run_record import ACCESSIBILITY, KIND_SAID, NOT_RUN, PROOF, REFERENCE
from minasidor_spec.judging.verdicts import ADVISORY, FAILED, PASSED, REFERENCE_DIFFERS, SAID, SKIPPED, proofs_from_json

# Scenarios that prove no help-page rule but have a section of their own (tag: heading, text).
OWN_SECTIONS = {
    "tangentbord": (
        "Bara tangentbord",
        "Inloggning och utloggning med bara tangentbordet (Tab, Enter, "
        "mellanslag, Escape, piltangenter), med synligt fokus. Hjälpsidan reglerar det inte, "
        "men kunder som inte använder mus behöver det.",
    )
}
STATUS_TEXT = {
    PASSED: "Godkänd",
    FAILED: "Misslyckad",
    SKIPPED: "Överhoppad",
    "undefined": "Saknar steg",
    REFERENCE_DIFFERS: "Referensbeslut avviker",
    ADVISORY: "Misslyckad (avgör inte)",
    NOT_RUN: "Kördes inte",
}
# A step's status, said (the report's list of steps).
STEP_TEXT = {
    PASSED: "godkänt",
    FAILED: "misslyckades",
    SKIPPED: "hoppades över",
    "undefined": "saknar steg",
    NOT_RUN: "kördes inte",
}

# A trend strip's marks, said: rule verdicts and scenario outcomes.
STATE_TEXT = {
    **{state: said.lower() for state, said in SAID.items()},
    **{k: v.lower() for k, v in STATUS_TEXT.items()},
    "nåddes inte": "målmiljön nåddes inte",
}


@dataclass
class Scenario:
    """One scenario of the record (one example of an outline), as the report shows it."""

    extras: dict  # the record's entry
    feature: str = field(init=False)
    name: str = field(init=False)
    tags: list[str] = field(init=False)
    steps: list[dict] = field(init=False)
    id: str = field(init=False)
    status: str = field(init=False)

    def __post_init__(self):
        entry = self.extras
        self.feature, self.name = entry.get("feature", ""), entry.get("scenario", "")
        self.tags, self.steps, self.id = entry.get("tags", []), entry.get("steps", []), entry.get("id", "")
        self.status = ADVISORY if entry.get("advisory") else entry.get("outcome", NOT_RUN)
        if self.status not in STATUS_TEXT:
            self.status = FAILED if self.status == "rerun" else NOT_RUN

    @property
    def rules(self) -> list[str]:
        return [t for t in self.tags if t in RULES]

    @property
    def key(self) -> str:
        """ "Feature: Scenario", the same for every example of an outline (what a proof names)."""
        return self.extras.get("template") or f"{self.feature}: {self.name}"

    @property
    def kind(self) -> str:
        return self.extras.get("kind", "")

    @property
    def kind_said(self) -> str:
        return KIND_SAID.get(self.kind, "")

    @property
    def proves(self) -> bool:
        return self.kind == PROOF

    @property
    def reference_decision(self) -> bool:
        return self.kind == REFERENCE

    @property
    def own_section(self) -> bool:
        """Shown in a section of its own (accessibility): it follows its rule's way but does not
        decide the rule's verdict."""
        return self.kind == ACCESSIBILITY or bool(set(self.tags) & set(OWN_SECTIONS))

    @property
    def flaky(self) -> bool:
        return bool(self.extras.get("flaky"))

    @property
    def attempts(self) -> int:
        return len(self.extras.get("attempts", []))

    @property
    def example(self) -> str:
        """The example row of a scenario outline, e.g. "16XXXXXX-XXXX"."""
        return self.extras.get("example", "")

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


def load_scenarios(record: dict) -> list[Scenario]:
    return [Scenario(entry) for entry in record.get("scenarios", {}).values()]


def rule_sections(scenarios: list[Scenario], record: dict, judgement: Judgement) -> list[dict]:
    given = (record.get("rules") or {}).get("proofs")
    proofs = proofs_from_json(given) if given else proofs_of_entries(list(record.get("scenarios", {}).values()))
    sections = []
    for verdict in judgement.verdicts:
        proving = [s for s in scenarios if verdict.rule in s.rules and not s.own_section]
        sections.append(
            {
                "rule": verdict.rule,
                "text": RULES[verdict.rule],
                "scenarios": proving,
                "verdict": verdict.state,
                "said": verdict.said,
                "reasons": verdict.reasons,
                "blocked_by": verdict.blocked_by,
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
