"""What a product owner asks first, from a run's rule sections: which rules hold on the target,
which do not and why (one line each), which are out of its scope, which this run did not judge.
The report's first screen and the comparison of targets both say it this way."""

from __future__ import annotations

from .rules import TITLES
from .verdicts import BROKEN, NOT_JUDGED, OUT_OF_SCOPE, PROVEN, UNPROVEN

LINE = 150  # characters of a reason on the first screen; the whole reason is under the rule


def one_line(text: str, limit: int = LINE) -> str:
    """The first reason, cut at a word before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def row(section: dict) -> dict:
    reasons = section.get("reasons") or []
    return {
        "rule": section["rule"],
        "title": TITLES[section["rule"]],
        "verdict": section["verdict"],
        "said": section["said"],
        "why": one_line(reasons[0]) if reasons else "",
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
