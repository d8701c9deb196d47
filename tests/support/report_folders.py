"""Run records (korning.json, as `make spec` leaves it in its report folder) made up for tests:
one scenario per (name, tags, status), for a target of a given name."""

from __future__ import annotations

import re
from pathlib import Path

from minasidor_spec.common.rules import rules_of
from minasidor_spec.judging import run_record
from minasidor_spec.judging.run_record import FORMAT, VERSION, kind_of


def test_id(name: str) -> str:
    return "test_" + re.sub(r"\W+", "_", name.lower()).strip("_")


def entry(name: str, tags: list[str], status: str, extras: dict | None = None, feature: str = "Inloggning") -> dict:
    """A scenario of the record: one step serving all its rules, with `status` as its outcome."""
    rules = rules_of(tags)
    step_status = {"reference": "failed", "advisory": "failed"}.get(status, status)
    found = {
        "id": test_id(name),
        "feature": feature,
        "scenario": name,
        "example": "",
        "template": f"{feature}: {name}",
        "tags": tags,
        "kind": kind_of(tags),
        "rules": [] if "tillganglighet" in tags else rules,
        "steps": [{"keyword": "Så", "name": "händer något", "rules": rules, "status": step_status}],
        "attempts": [{"outcome": status, "duration": 0.1}],
        "outcome": status,
        "duration": 0.1,
    }
    if status == "failed":
        text = f"Avvikelse från hjälpsidan ({', '.join(rules)}): {name} gick inte"
        found["explanation"] = text
        found["cause"] = {"kind": "avvikelse", "rules": rules, "text": text}
    if status == "skipped":
        found["skip_reason"] = "Hoppas över: målmiljön saknar det scenariot behöver"
    return found | (extras or {})


def record(scenarios: list[tuple], rules: dict | None = None, target: str = "", target_name: str = "", **more) -> dict:
    """`scenarios`: (name, tags, status[, extras]); status "passed", "failed", "skipped", "not_run" ..."""
    entries = [entry(name, tags, status, *extras) for name, tags, status, *extras in scenarios]
    return {
        "format": FORMAT,
        "version": VERSION,
        "started": "2026-12-07T10:00:00",
        "finished": "2026-12-07T10:01:00",
        "target": target,
        "target_name": target_name,
        "rules": rules or {},
        "scenarios": {e["id"]: e for e in entries},
        **more,
    }


def write_report(
    folder: Path, target: str, scenarios: list[tuple], rules: dict | None = None, target_name: str = "", **more
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    run_record.save(record(scenarios, rules, target, target_name, **more), run_record.in_folder(folder))
    return folder


def every_rule_proven(except_for: dict[str, str] | None = None, extras: dict[str, dict] | None = None) -> list[tuple]:
    """One proving scenario per rule, passed unless `except_for` gives its status."""
    except_for, extras = except_for or {}, extras or {}
    return [
        (f"Scenario för H{n}", [f"H{n}", "bevis"], except_for.get(f"H{n}", "passed"), extras.get(f"H{n}", {}))
        for n in range(1, 14)
    ]
