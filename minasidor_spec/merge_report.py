"""Merge the results of shard runs (each `python -m minasidor_spec spec --shard K/N --report
DIR`) into one report with the same rule verdicts as a single run.

Usage: python -m minasidor_spec merge-report [--out report] [--history FIL] DIR [DIR ...]

The merged run is added to the history (standard: report.historik.jsonl beside --out)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import report
from .history import default_path as default_history


def _features(cucumber: list[dict], merged: dict[str, dict], seen: set[str]) -> list[str]:
    """Add a shard's features (the same feature's scenarios from several shards become one);
    the ids of scenarios another shard ran already (kept once)."""
    twice = []
    for feature in cucumber:
        key = feature.get("uri") or feature.get("name", "")
        target = merged.setdefault(key, {**feature, "elements": []})
        for element in feature.get("elements", []):
            if element.get("id") in seen:
                twice.append(element.get("id", ""))
                continue
            seen.add(element.get("id"))
            target["elements"].append(element)
    return twice


def _artefacts(shard: Path, extras: dict) -> dict:
    """A scenario's screenshots and traces from the shard's report folder (its run's own
    artefacts are gone once its report was written)."""
    for element_id, entry in extras.items():
        name = report.file_name(element_id)
        shots = sorted((shard / "skarmbilder").glob(f"{name}-*.png"))
        traces = sorted((shard / "spar").glob(f"{name}-*.zip"))
        entry["screenshots"] = [str(p) for p in shots] or entry.get("screenshots", [])
        entry["traces"] = [str(p) for p in traces] or entry.get("traces", [])
    return extras


def merge(shards: list[Path], out: Path, history_path: Path | None = None) -> int:
    missing = [str(s) for s in shards if not (s / "cucumber.json").exists()]
    if missing:
        print(f"FEL: ingen cucumber.json i {', '.join(missing)} – kördes de delarna?", file=sys.stderr)
        return 1
    features: dict[str, dict] = {}
    run = {"target": "", "preflight": {}, "accessibility": [], "device": "", "rules": {}, "scenarios": {}}
    seen_pages, seen_scenarios = set(), set()
    for shard in shards:
        for twice in _features(
            json.loads((shard / "cucumber.json").read_text(encoding="utf-8")), features, seen_scenarios
        ):
            print(f"OBS: {twice} kördes i mer än en delkörning (räknas en gång); dela med samma tidsfil i alla.")
        part = report.load_run(shard / "extras.json")
        for key in ("target", "preflight", "device", "rules"):
            run[key] = run[key] or part.get(key, run[key])
        for scanned in part.get("accessibility", []):
            if (scanned["url"], scanned["title"]) not in seen_pages:
                seen_pages.add((scanned["url"], scanned["title"]))
                run["accessibility"].append(scanned)
        run["scenarios"].update(_artefacts(shard, part.get("scenarios", {})))
    out.mkdir(parents=True, exist_ok=True)
    (out / "cucumber.json").write_text(json.dumps(list(features.values()), ensure_ascii=False), encoding="utf-8")
    (out / "extras.json").write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"==> Slår ihop {len(shards)} delkörningar: {sum(len(f['elements']) for f in features.values())} scenarier")
    history = str(history_path or default_history(out))
    written = report.main(
        ["--history", history, str(out / "cucumber.json"), str(out / "index.html"), str(out / "extras.json")]
    )
    if written:
        return written
    green, lines = report.judged_green(out / "cucumber.json", out / "extras.json")
    print("\n".join(lines))
    return 0 if green else 1


def main(argv: list[str]) -> int:
    out, history = Path("report"), None
    while argv[:1] in (["--out"], ["--history"]) and len(argv) >= 2:
        if argv[0] == "--out":
            out = Path(argv[1])
        else:
            history = Path(argv[1])
        argv = argv[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    return merge([Path(a) for a in argv], out, history)
