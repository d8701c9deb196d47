"""Merge the run records of shard runs (each `minasidor-spec spec --shard K/N --report DIR`) into
one record, report and junit.xml with the same rule verdicts as a single run.

Usage: python -m minasidor_spec merge-report [--out report] [--history FIL] DIR [DIR ...]

The merged run is added to the history (standard: report.historik.jsonl beside --out)."""

from __future__ import annotations

import sys
from pathlib import Path

from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging import run_record as records
from minasidor_spec.judging.judge import summary_lines
from minasidor_spec.judging.run_record import FORMAT, VERSION
from minasidor_spec.reporting import report
from minasidor_spec.reporting.history import default_path as default_history

SHARED = ("target", "target_name", "preflight", "device", "started", "options")


def _artefacts(shard: Path, scenarios: dict) -> dict:
    """A scenario's screenshots and traces from the shard's report folder (its run's own
    artefacts are gone once its report was written)."""
    for element_id, entry in scenarios.items():
        name = report.file_name(element_id)
        shots = sorted((shard / "skarmbilder").glob(f"{name}-*.png"))
        traces = sorted((shard / "spar").glob(f"{name}-*.zip"))
        entry["screenshots"] = [str(p) for p in shots] or entry.get("screenshots", [])
        entry["traces"] = [str(p) for p in traces] or entry.get("traces", [])
    return scenarios


def merged(parts: list[tuple[Path, dict]]) -> dict:
    """One record from the shards' records: their scenarios (one a scenario two shards ran), their
    rules, and the first stop (an outage in one shard is an outage of the run)."""
    run = {"format": FORMAT, "version": VERSION, "scenarios": {}, "accessibility": [], "rules": {}}
    run |= {key: "" for key in SHARED}
    seen_pages = set()
    for shard, part in parts:
        for key in SHARED:
            run[key] = run[key] or part.get(key, run[key])
        run["finished"] = max(run.get("finished", ""), part.get("finished", ""))
        run["stopped"] = run.get("stopped") or part.get("stopped")
        run["other_failures"] = run.get("other_failures", 0) + part.get("other_failures", 0)
        rules = part.get("rules") or {}
        for key, value in rules.items():
            run["rules"].setdefault(key, value)
        for scanned in part.get("accessibility", []):
            if (scanned["url"], scanned["title"]) not in seen_pages:
                seen_pages.add((scanned["url"], scanned["title"]))
                run["accessibility"].append(scanned)
        for element_id, entry in _artefacts(shard, part.get("scenarios", {})).items():
            if element_id in run["scenarios"]:
                print(
                    f"OBS: {element_id} kördes i mer än en delkörning (räknas en gång); dela med samma tidsfil i alla."
                )
                continue
            run["scenarios"][element_id] = entry
    run["rules"]["sharded"] = False
    return run


def merge(shards: list[Path], out: Path, history_path: Path | None = None) -> int:
    parts = []
    for shard in shards:
        try:
            parts.append((shard, records.load(records.in_folder(shard))))
        except records.NotARecord as error:
            print(f"FEL: delkörningen {shard}: {error}", file=sys.stderr)
            return ExitCode.SETUP
    run = merged(parts)
    records.save(run, records.in_folder(out))
    print(f"==> Slår ihop {len(shards)} delkörningar: {len(run['scenarios'])} scenarier")
    judgement = report.write(records.in_folder(out), out / "index.html", history_path or default_history(out))
    print("\n".join(summary_lines(judgement)))
    return judgement.exit_code
