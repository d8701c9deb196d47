"""junit.xml beside the report, from the run record and its judgement, for CI systems that read
JUnit natively (GitHub Actions' test reporters, GitLab, Jenkins, Azure DevOps). One testcase per
scenario (one example of an outline), its rules, kind and attempts as properties; a flaky scenario
passes with `flaky` set (and a <flakyFailure> as Maven Surefire writes it), a quarantined one that
failed is skipped with its reason. When the target did not answer, one testcase says so."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from minasidor_spec.judging.judge import Judgement, quarantine_of
from minasidor_spec.judging.run_record import NOT_RUN
from minasidor_spec.judging.verdicts import ADVISORY, FAILED, REFERENCE_DIFFERS, SKIPPED
from minasidor_spec.pages.help_words import HELP_PAGE

FILE_NAME = "junit.xml"
SUITE_NAME = HELP_PAGE.name


def _properties(case: ElementTree.Element, values: dict[str, str]) -> None:
    properties = ElementTree.SubElement(case, "properties")
    for name, value in values.items():
        ElementTree.SubElement(properties, "property", name=name, value=value)


def _case(suite: ElementTree.Element, record: dict, entry: dict) -> str:
    """One scenario's testcase; what it counts as ("failure", "skipped" or "")."""
    name = entry.get("scenario", "") + (f" [{entry['example']}]" if entry.get("example") else "")
    case = ElementTree.SubElement(
        suite, "testcase", classname=entry.get("feature", ""), name=name, time=f"{entry.get('duration', 0):.3f}"
    )
    quarantine = quarantine_of(record, entry)
    values = {
        "regler": " ".join(entry.get("rules", [])),
        "slag": entry.get("kind", ""),
        "försök": str(len(entry.get("attempts", [])) or 0),
    }
    if entry.get("flaky"):
        values["ostadig"] = "true"
    if quarantine:
        values["karantän"] = f"{quarantine.get('reason', '')} (till {quarantine.get('until', '')})"
    _properties(case, values)
    outcome = entry.get("outcome")
    text = (entry.get("cause") or {}).get("text") or entry.get("explanation") or entry.get("failure") or ""
    if entry.get("flaky"):
        flaky = ElementTree.SubElement(case, "flakyFailure", message=text[:300] or "misslyckades först")
        flaky.text = text
        return ""
    if outcome == FAILED and quarantine:
        ElementTree.SubElement(case, "skipped", message=f"I karantän: {values['karantän']}. {text}"[:1000])
        return "skipped"
    if outcome == FAILED:
        failure = ElementTree.SubElement(case, "failure", message=text[:1000] or "misslyckades")
        failure.text = text
        return "failure"
    if outcome in (SKIPPED, NOT_RUN, REFERENCE_DIFFERS, ADVISORY):
        message = {
            SKIPPED: entry.get("skip_reason") or "hoppades över",
            NOT_RUN: "kördes inte (körningen stannade före scenariot)",
            REFERENCE_DIFFERS: entry.get("reference_differs") or "referensbeslut: avviker (avgör ingen regel)",
            ADVISORY: f"tillgänglighet, avgör inte körningen: {entry.get('failure', '')}",
        }[outcome]
        ElementTree.SubElement(case, "skipped", message=message[:1000])
        return "skipped"
    return ""


def to_xml(record: dict, judgement: Judgement) -> bytes:
    suites = ElementTree.Element("testsuites", name=SUITE_NAME)
    suite = ElementTree.SubElement(suites, "testsuite", name=SUITE_NAME, timestamp=record.get("started", ""))
    _properties(
        suite,
        {"målmiljö": record.get("target", ""), "avslutskod": str(judgement.exit_code)}
        | {f"regel {v.rule}": v.state for v in judgement.verdicts},
    )
    counts = {"failure": 0, "skipped": 0, "": 0}
    if judgement.stopped:
        case = ElementTree.SubElement(suite, "testcase", classname="Målmiljön", name="Målmiljön svarar", time="0")
        ElementTree.SubElement(
            case, "error", message=judgement.stopped.get("text", "")[:1000]
        ).text = judgement.stopped.get("text", "")
        counts["error"] = 1
    entries = list(record.get("scenarios", {}).values())
    for entry in entries:
        counts[_case(suite, record, entry)] += 1
    tests = len(entries) + (1 if judgement.stopped else 0)
    for element in (suites, suite):
        element.set("tests", str(tests))
        element.set("failures", str(counts["failure"]))
        element.set("errors", str(counts.get("error", 0)))
        element.set("skipped", str(counts["skipped"]))
        element.set("time", f"{sum(e.get('duration', 0) for e in entries):.3f}")
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="utf-8", xml_declaration=True)


def write(record: dict, judgement: Judgement, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_xml(record, judgement))
