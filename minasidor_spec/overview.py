"""What a product owner asks first, from a run's rule sections: which rules hold on the target,
which do not and why (one line each), which are out of its scope, which this run did not judge.
The report's first screen and the comparison of targets both say it this way."""

from __future__ import annotations

import re

from .rules import TITLES
from .verdicts import BROKEN, NOT_JUDGED, OUT_OF_SCOPE, PROVEN, UNPROVEN

LINE = 150  # characters of a reason on the first screen; the whole reason is under the rule
# What the first screen leaves out of a reason: the rule it is listed under says it already.
DEVIATION = re.compile(r"Avvikelse från hjälpsidan \(H\d+(?:, H\d+)*\)(?: i steget ”[^”]*”)?: ")


def one_line(text: str, limit: int = LINE) -> str:
    """The first reason, cut at a word before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def essence(reason: str, scenarios) -> tuple[str, str]:
    """(what went wrong, in which scenario): a reason without its "Feature: Scenario: " and the
    deviation's heading."""
    for scenario in scenarios:
        if reason.startswith(f"{scenario.key}: "):
            return one_line(DEVIATION.sub("", reason[len(scenario.key) + 2 :])), scenario.name
    return one_line(DEVIATION.sub("", reason)), ""


def row(section: dict) -> dict:
    reasons = section.get("reasons") or []
    why, where = essence(reasons[0], section.get("scenarios", [])) if reasons else ("", "")
    return {
        "rule": section["rule"],
        "title": TITLES[section["rule"]],
        "verdict": section["verdict"],
        "said": section["said"],
        "why": why,
        "where": where,
        "more": len(reasons) - 1,
    }


def overview(sections: list[dict]) -> dict[str, list[dict]]:
    """The rules by what a product owner needs to know of them."""
    rows = [row(section) for section in sections]
    return {
        "holds": [r for r in rows if r["verdict"] == PROVEN],
        "fails": [r for r in rows if r["verdict"] in (BROKEN, UNPROVEN)],
        "scope": [r for r in rows if r["verdict"] == OUT_OF_SCOPE],
        "unjudged": [r for r in rows if r["verdict"] == NOT_JUDGED],
    }
