"""Report folders (cucumber.json and extras.json, as `make spec` leaves them) made up for tests:
one scenario per (name, tags, status), for a target of a given name."""

from __future__ import annotations

import json
import re
from pathlib import Path


def test_id(name: str) -> str:
    return "test_" + re.sub(r"\W+", "_", name.lower()).strip("_")


def write_report(
    folder: Path, target: str, scenarios: list[tuple], rules: dict | None = None, target_name: str = ""
) -> Path:
    """`scenarios`: (name, tags, status[, extras]); status "passed", "failed" or "skipped"."""
    folder.mkdir(parents=True, exist_ok=True)
    elements, extras = [], {}
    for name, tags, status, *more in scenarios:
        element_id = test_id(name)
        elements.append(
            {
                "id": element_id,
                "name": name,
                "tags": [{"name": tag} for tag in tags],
                "steps": [{"keyword": "Så", "name": "händer något", "result": {"status": status}}],
            }
        )
        extras[element_id] = {"outcome": status, **(more[0] if more else {})}
        if status == "failed":
            extras[element_id].setdefault("explanation", f"Avvikelse från hjälpsidan ({tags[0]}): {name} gick inte")
        if status == "skipped":
            extras[element_id].setdefault("skip_reason", "Hoppas över: målmiljön saknar det scenariot behöver")
    cucumber = [{"name": "Inloggning", "uri": "inloggning.feature", "tags": [], "elements": elements}]
    (folder / "cucumber.json").write_text(json.dumps(cucumber, ensure_ascii=False), encoding="utf-8")
    run = {"target": target, "target_name": target_name, "scenarios": extras, **({"rules": rules} if rules else {})}
    (folder / "extras.json").write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
    return folder


def every_rule_proven(except_for: dict[str, str] | None = None, extras: dict[str, dict] | None = None) -> list[tuple]:
    """One proving scenario per rule, passed unless `except_for` gives its status."""
    except_for, extras = except_for or {}, extras or {}
    return [
        (f"Scenario för H{n}", [f"H{n}", "bevis"], except_for.get(f"H{n}", "passed"), extras.get(f"H{n}", {}))
        for n in range(1, 14)
    ]
