"""The run record: one JSON file per run (`korning.json` in the report folder), the only source of
a run's verdict. The exit code, the console summary, the report, JUnit, the history, `compare` and
`merge-report` all read it (through minasidor_spec.judging.judge) and nothing else.

Format "minasidor-spec/korning", version 1:

    format, version         what this is
    started, finished       ISO times of the run
    target, target_name     where it ran ("Referensmiljön – http://…") and the profile's name
    device                  the emulated device, "" for a desktop
    stopped                 null, or why the run stopped before its end:
                            {code: 3 (the target did not answer) or 4 (profile, secret, test data,
                            browser), kind: a cause kind, text, what (the part that did not
                            answer), url, time}
    rules                   {proofs: {rule: [{scenario, runs}]}, judged: [rule], scope: {rule:
                            reason}, sharded: bool, narrowed: bool (-k, --deselect or node ids
                            left proofs out), quarantine: {scenario: {reason, until}}}
    options                 {fail_on_flaky, reruns}
    other_failures          failed tests that are no scenario (unit tests in the same run)
    preflight, accessibility  the pre-flight's table of words, axe-core's scans
    scenarios               {id: scenario}, where a scenario is
        id, feature, scenario, example, template ("Feature: Scenario"), tags
        kind                "bevis", "referensbeslut" or "tillganglighet"
        rules               the help-page rules it proves or checks ([] for accessibility)
        steps               [{keyword, name, rules: the rules this step serves, status: passed,
                            failed, skipped, undefined or not_run}] (the last attempt's)
        attempts            [{outcome, duration, failure?, explanation?, cause?}] in order
        outcome             the last attempt's: passed, failed, skipped, reference (a reference
                            decision that differs on a foreign target), advisory (accessibility on
                            a foreign target), not_run (the run stopped first)
        flaky               failed, then passed when run again
        cause               the last failure's cause: {kind, rules, text, word, where, instead,
                            step} (minasidor_spec.judging.causes)
        explanation, failure  the Swedish explanation and the raw failure text
        skip_reason, reference_differs, unchecked, decisions, accessibility, screenshots, traces,
        run_again           what the report shows beside the steps
"""

from __future__ import annotations

import json
from pathlib import Path

FORMAT = "minasidor-spec/korning"
VERSION = 1
FILE_NAME = "korning.json"
NOT_RUN = "not_run"

# Every scenario is exactly one kind, said by its tag (a test keeps the features so).
PROOF, REFERENCE, ACCESSIBILITY = "bevis", "referensbeslut", "tillganglighet"
KIND_TAGS = {PROOF: PROOF, REFERENCE: REFERENCE, ACCESSIBILITY: ACCESSIBILITY}
KIND_SAID = {
    PROOF: "bevis för en regel på hjälpsidan",
    REFERENCE: "referensbeslut (hjälpsidan säger inget; vår referensportals val)",
    ACCESSIBILITY: "tillgänglighet (avgör ingen regel)",
}


def kind_of(tags) -> str:
    """The scenario's kind from its tags ("" when it has none, or more than one)."""
    kinds = [kind for kind in KIND_TAGS if kind in tags]
    return kinds[0] if len(kinds) == 1 else ""


class NotARecord(ValueError):
    pass


def load(path: Path) -> dict:
    """A run record, checked to be one this version reads."""
    if not path.exists():
        raise NotARecord(f"{path} finns inte – kördes specifikationen (make spec)?")
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise NotARecord(f"{path} är ingen läsbar körning (JSON): {error}") from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise NotARecord(f"{path} är ingen körning av minasidor-spec (format {FORMAT!r} saknas).")
    if record.get("version", 0) > VERSION:
        raise NotARecord(f"{path} är skriven av en nyare version (format {record['version']}); uppdatera sviten.")
    record.setdefault("scenarios", {})
    record.setdefault("rules", {})
    return record


def in_folder(folder: Path) -> Path:
    return folder / FILE_NAME


def save(record: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
