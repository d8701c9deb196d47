"""What a product owner asks first, from a run's judgement: did the target answer at all; what
went wrong, one line per cause (the word or rule, where, what the page shows there instead, how
many scenarios it touched, which rules it kept from being proven); which rules hold, which are out
of the target's scope, which this run did not judge; what was flaky or quarantined. The report's
first screen and the comparison of targets both say it this way."""

from __future__ import annotations

from minasidor_spec.common.rules import TITLES
from minasidor_spec.judging.causes import short
from minasidor_spec.judging.judge import Judgement
from minasidor_spec.judging.verdicts import BROKEN, NOT_JUDGED, OUT_OF_SCOPE, PROVEN, QUARANTINED, UNPROVEN
from minasidor_spec.target.capabilities import HISTORY_TAG

LINE = 150  # characters of a reason on the first screen; the whole reason is under the rule


def one_line(text: str, limit: int = LINE) -> str:
    """The first reason, cut at a word before `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def row(section: dict) -> dict:
    """A rule in a line: its verdict and the first reason (without the heading the rule gives)."""
    reasons = section.get("reasons") or []
    first = reasons[0] if reasons else ""
    where = ""
    for scenario in section.get("scenarios", []):
        if first.startswith(f"{scenario.key}: "):
            first, where = first[len(scenario.key) + 2 :], scenario.name
            break
    return {
        "rule": section["rule"],
        "title": TITLES[section["rule"]],
        "verdict": section["verdict"],
        "said": section["said"],
        "why": one_line(short(first)) if first else "",
        "where": where,
        "more": max(len(reasons) - 1, 0),
    }


def cause_rows(judgement: Judgement) -> list[dict]:
    return [
        {
            "line": group.line,
            "kind": group.cause.kind,
            "rules": list(group.cause.rules),
            "count": len(group.scenarios),
            "scenarios": group.scenarios,
            "blocks": group.blocks,
            "text": group.cause.text,
        }
        for group in judgement.causes
    ]


def overview(sections: list[dict], judgement: Judgement) -> dict:
    """The rules by what a product owner needs to know of them, and the causes of what failed."""
    rows = [row(section) for section in sections]
    blocked = {rule for group in judgement.causes for rule in group.blocks}
    return {
        "stopped": judgement.stopped,
        "outage": judgement.outage,
        "causes": cause_rows(judgement),
        "holds": [r for r in rows if r["verdict"] == PROVEN],
        "broken": [r for r in rows if r["verdict"] == BROKEN],
        "fails": [r for r in rows if r["verdict"] in (BROKEN, UNPROVEN)],
        "unproven": [r for r in rows if r["verdict"] == UNPROVEN and r["rule"] not in blocked],
        "blocked": [r for r in rows if r["verdict"] == UNPROVEN and r["rule"] in blocked],
        "quarantine": [r for r in rows if r["verdict"] == QUARANTINED],
        "scope": [r for r in rows if r["verdict"] == OUT_OF_SCOPE],
        "unjudged": [r for r in rows if r["verdict"] == NOT_JUDGED],
        "flaky": judgement.flaky,
        "quarantined": judgement.quarantined,
    }


# The tags as a product owner reads them in a feature (the report's legend and the README's).
TAG_LEGEND = {
    "H1–H13": "regeln på hjälpsidan som scenariot hör till",
    "bevis": "bevisar regeln: alla regelns bevis ska gå igenom för att regeln ska hålla",
    "referensbeslut": "prövar vår referensportals eget val där hjälpsidan inte säger något "
    "(ordalydelser, gränser, säkerhet); på en annan portal visas en skillnad men fäller ingen regel",
    "tillganglighet": "tillgänglighet (bara tangentbord); avgör ingen regel",
    "tangentbord": "görs med bara tangentbordet",
    "bankid": "behöver svitens falska BankID i testläge",
    "assisterad": "går också med BankID:s egen testmiljö, där en person spelar appen",
    "epost": "läser kundens e-post (målmiljöns e-postfångare)",
    "epostfel": "får e-postservern att vägra ta emot e-post (testläge)",
    "klocka": "flyttar målmiljöns klocka framåt (testläge)",
    "ny_kund": "förbrukar en testkund (från testläget, [provisioning] eller profilens pool)",
    "spärr": "spärrar en testkunds inloggning med lösenord en stund",
    "mobil": "körs också på en mobiltelefon i make test",
    HISTORY_TAG: "går tillbaka med webbläsarens Bakåt (i en webbläsare med bakåtcache)",
}
