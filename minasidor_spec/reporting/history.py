"""Every run's verdicts, one JSON line per run appended to a history file beside the report
(`--history FIL`; CI keeps the file in its cache). The report reads the target's earlier runs
back: a trend per rule and scenario, what is newly failing since the run before, and which
scenarios are unsteady (flaky: failed and passed when run again; or flipped between passed and
failed in the last runs). A run whose target did not answer is kept as an outage: it judged no
rule, so it neither turns a rule red nor breaks a trend's comparison."""

from __future__ import annotations

import fcntl
import json
from dataclasses import dataclass, field
from pathlib import Path

from minasidor_spec.judging.verdicts import BROKEN, FAILED, GREEN, PASSED, UNPROVEN

SHOWN = 10  # runs in a trend strip, this one included
NOT_GREEN = (BROKEN, UNPROVEN)


def default_path(report_dir: Path) -> Path:
    """Beside the report folder (the folder itself is written anew each run): report.historik.jsonl."""
    return report_dir.parent / f"{report_dir.name}.historik.jsonl"


OUTAGE = "nåddes inte"  # a run whose target did not answer: a mark of its own, no verdict


def record(
    when: str,
    target: str,
    verdicts: dict[str, str],
    scenarios: dict[str, dict],
    run_id: str = "",
    stopped: dict | None = None,
) -> dict:
    """One run: when, where, each rule's verdict and each scenario's outcome ({"name", "outcome",
    "again": the outcome of its run again for a trace, if any, "flaky"}); `run_id` tells a run apart
    from a report written again from it. A run that stopped (the target did not answer: an outage)
    keeps why, and no verdict."""
    run = {"id": run_id, "time": when, "target": target, "rules": verdicts, "scenarios": scenarios}
    if stopped:
        run["stopped"] = {key: stopped.get(key, "") for key in ("code", "kind", "text", "what", "url")}
    return run


def is_outage(run: dict) -> bool:
    return bool(run.get("stopped"))


def append(path: Path, run: dict) -> bool:
    """Add a run to the history (locked: shards or parallel jobs may share the file). A run already
    there (its report written again) is not added twice; False then."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as history:
        fcntl.flock(history, fcntl.LOCK_EX)
        history.seek(0)
        if run.get("id") and any(f'"id": "{run["id"]}"' in line for line in history):
            return False
        history.write(json.dumps(run, ensure_ascii=False) + "\n")
        return True


def load(path: Path | None, target: str) -> list[dict]:
    """The runs on `target`, oldest first; a line that is not a run (a cut-off write) is left out."""
    if path is None or not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            run = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(run, dict) and run.get("target", "") == target and isinstance(run.get("rules"), dict):
            runs.append(run)
    return runs


@dataclass(frozen=True)
class Mark:
    """One run in a trend strip."""

    time: str
    state: str  # a verdict ("bevisad", ...) or an outcome ("passed", ...)


@dataclass
class History:
    """The target's runs, the last of them this one."""

    runs: list[dict] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return len(self.runs) > 1

    @property
    def judged(self) -> list[dict]:
        """The runs that judged the rules (an outage judged none)."""
        return [run for run in self.runs if not is_outage(run)]

    def rule_trend(self, rule: str) -> list[Mark]:
        return [
            Mark(run["time"], OUTAGE if is_outage(run) else run["rules"].get(rule, "")) for run in self.runs[-SHOWN:]
        ]

    def scenario_trend(self, scenario: str) -> list[Mark]:
        return [
            Mark(
                run["time"], OUTAGE if is_outage(run) else run.get("scenarios", {}).get(scenario, {}).get("outcome", "")
            )
            for run in self.runs[-SHOWN:]
        ]

    def rule_newly_failing(self, rule: str) -> bool:
        """Not green now, green in the run before that judged the rules (an outage between is no verdict)."""
        judged = self.judged
        if len(judged) < 2 or is_outage(self.runs[-1]):
            return False
        before, now = judged[-2]["rules"].get(rule), judged[-1]["rules"].get(rule)
        return now in NOT_GREEN and before in GREEN

    @property
    def outages(self) -> int:
        return sum(1 for run in self.runs[-SHOWN:] if is_outage(run))

    def scenario_newly_failing(self, scenario: str) -> bool:
        judged = self.judged
        if len(judged) < 2 or is_outage(self.runs[-1]):
            return False
        before = judged[-2].get("scenarios", {}).get(scenario, {}).get("outcome")
        return self._outcome(scenario) == FAILED and before == PASSED

    def unsteady(self, scenario: str) -> bool:
        """Flaky in this run (failed, then passed when run again), or flipped between passed and
        failed more than once in the last runs."""
        now = self.runs[-1].get("scenarios", {}).get(scenario, {}) if self.runs else {}
        if now.get("flaky") or (now.get("outcome") == FAILED and now.get("again") == PASSED):
            return True
        outcomes = [mark.state for mark in self.scenario_trend(scenario) if mark.state in (PASSED, FAILED)]
        return sum(1 for one, two in zip(outcomes, outcomes[1:], strict=False) if one != two) >= 2

    def _outcome(self, scenario: str) -> str:
        return self.runs[-1].get("scenarios", {}).get(scenario, {}).get("outcome", "") if self.runs else ""
