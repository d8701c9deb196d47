"""The one judge (minasidor_spec.judging.judge): credit and blame by step, one cause per failure, an
outage judges nothing, a flake is not a failure, quarantine never fails a run, a deselected proof
leaves its rule unproven; and the exit code each of those gives."""

from __future__ import annotations

from minasidor_spec.common.rules import rules_per_step
from minasidor_spec.judging.judge import judge, summary_lines
from tests.support.report_folders import entry, record

FIRST = "Första gången"
DEVIATION = "avvikelse"


def first_time(failing_at: int | None, cause: dict | None = None) -> dict:
    """The first-time scenario (H8 H9 H11 H12 H13): its steps serve H9, H11, H12, H13 in turn; it
    fails at step `failing_at` (the later steps did not run)."""
    serving = [["H9"], ["H9"], ["H11"], ["H12"], ["H12"], ["H13"], ["H13"]]
    steps = []
    for index, rules in enumerate(serving):
        status = (
            "passed" if failing_at is None or index < failing_at else "failed" if index == failing_at else "not_run"
        )
        steps.append({"keyword": "Och", "name": f"steg {index}", "rules": ["H8", *rules], "status": status})
    found = entry(FIRST, ["H8", "H9", "H11", "H12", "H13", "bevis"], "passed" if failing_at is None else "failed")
    found["steps"] = steps
    if cause is not None:
        found["cause"] = cause
    return found


def with_entries(*entries: dict, **more) -> dict:
    run = record([], **more)
    run["scenarios"] = {e["id"]: e for e in entries}
    return run


def states(judgement) -> dict[str, str]:
    return {v.rule: v.state for v in judgement.verdicts}


def test_steps_serve_their_own_rules_and_a_whole_scenario_rule_every_step():
    # Givet (none declared), När register (H9), Så (none), När link (H11), När login (H5, H13), Så (none)
    served = rules_per_step(("H8", "H9", "H11", "H13"), [(), ("H9",), (), ("H11",), ("H5", "H13"), ()])
    assert served == [
        ("H8", "H9", "H11", "H13"),
        ("H8", "H9"),
        ("H8", "H9"),
        ("H8", "H11"),
        ("H8", "H13"),
        ("H8", "H13"),
    ]
    assert rules_per_step(("H8",), [(), ("H5", "H13"), ()]) == [("H8",), ("H8",), ("H8",)]


def test_a_rule_whose_steps_passed_is_proven_though_the_scenario_failed_later_on_another_rules_step():
    cause = {"kind": DEVIATION, "rules": ["H11"], "text": "x", "word": 'länken "Skapa lösenord"', "where": "/"}
    judgement = judge(with_entries(first_time(2, cause)))
    found = states(judgement)
    assert found["H9"] == "bevisad"
    assert found["H11"] == "misslyckas"
    assert found["H8"] == found["H12"] == found["H13"] == "inte bevisad"
    [group] = judgement.causes
    assert group.blocks == ["H8", "H12", "H13"] and group.scenarios == [f"Inloggning: {FIRST}"]
    assert judgement.verdict("H12").blocked_by == [group.line]
    assert 'länken "Skapa lösenord" saknas på sidan /' in group.line
    assert judgement.exit_code == 1


def test_a_missing_word_seen_in_many_scenarios_is_one_cause():
    cause = {"kind": DEVIATION, "rules": ["H11"], "text": "a", "word": 'länken "Skapa lösenord"'}
    other = entry("Länk till e-posten", ["H11", "bevis"], "failed", {"cause": {**cause, "text": "b"}})
    box = entry("Till höger", ["H4", "bevis"], "failed", {"cause": {**cause, "text": "c"}})
    judgement = judge(with_entries(first_time(2, cause), other, box))
    assert len(judgement.causes) == 1 and len(judgement.causes[0].scenarios) == 3
    assert [v.rule for v in judgement.verdicts if v.state == "misslyckas"] == ["H11"]
    assert states(judgement)["H4"] == "inte bevisad"


def test_a_failure_blamed_on_no_rule_of_its_own_blocks_but_breaks_nothing():
    crash = entry("Inloggning", ["H5", "bevis"], "failed", {"cause": {"kind": "sviten", "rules": [], "text": "boom"}})
    judgement = judge(with_entries(crash))
    assert states(judgement)["H5"] == "inte bevisad" and judgement.exit_code == 1
    assert "Fel i sviten själv" in judgement.causes[0].line


def test_an_outage_judges_no_rule_and_exits_3():
    stopped = {"code": 3, "kind": "nåddes inte", "text": "Målmiljön svarade inte: portalen", "what": "portalen"}
    judgement = judge(with_entries(entry("Inloggning", ["H5", "bevis"], "not_run"), stopped=stopped))
    assert judgement.outage and judgement.exit_code == 3
    assert set(states(judgement).values()) == {"inte bedömd"}
    assert summary_lines(judgement)[0].startswith("Målmiljön svarade inte: inga regler bedömdes (avslutskod 3)")


def test_a_flaky_proof_proves_its_rule_and_fails_the_run_only_when_asked():
    flaky = entry("Inloggning", ["H5", "bevis"], "passed", {"flaky": True})
    flaky["attempts"] = [{"outcome": "failed"}, {"outcome": "passed"}]
    assert states(judge(with_entries(flaky)))["H5"] == "bevisad"
    everything = [entry(f"S{n}", [f"H{n}", "bevis"], "passed") for n in range(1, 14) if n != 5]
    assert judge(with_entries(flaky, *everything)).exit_code == 0
    strict = judge(with_entries(flaky, *everything, options={"fail_on_flaky": True}))
    assert strict.exit_code == 1 and any("Ostadigt" in line for line in summary_lines(strict))


def test_a_quarantined_failure_is_reported_and_never_fails_the_run():
    everything = [entry(f"S{n}", [f"H{n}", "bevis"], "passed") for n in range(1, 14)]
    broken = entry("Karantän", ["H5", "bevis"], "failed")
    rules = {"quarantine": {"Inloggning: Karantän": {"reason": "känd bugg", "until": "2027-01-31"}}}
    judgement = judge(with_entries(broken, *everything, rules=rules))
    assert judgement.exit_code == 0 and [e["scenario"] for e in judgement.quarantined] == ["Karantän"]
    assert states(judgement)["H5"] == "i karantän"


def test_a_deselected_proof_leaves_its_rule_unproven_and_the_run_fails():
    everything = [entry(f"S{n}", [f"H{n}", "bevis"], "passed") for n in range(1, 14) if n != 7]
    proofs = {f"H{n}": [{"scenario": f"Inloggning: S{n}", "runs": 1}] for n in range(1, 14)}
    judgement = judge(with_entries(*everything, rules={"proofs": proofs, "narrowed": True}))
    assert states(judgement)["H7"] == "inte bevisad" and judgement.exit_code == 1
    assert "valdes bort" in judgement.verdict("H7").reasons[0]


def test_a_mark_expression_leaves_the_other_rules_unjudged_and_green():
    proofs = {"H5": [{"scenario": "Inloggning: S5", "runs": 1}], "H6": [{"scenario": "Inloggning: S6", "runs": 1}]}
    judgement = judge(with_entries(entry("S5", ["H5", "bevis"], "passed"), rules={"proofs": proofs, "judged": ["H5"]}))
    assert states(judgement)["H5"] == "bevisad" and states(judgement)["H6"] == "inte bedömd"


def test_every_proof_needs_every_example():
    one = entry("Exempel", ["H7", "bevis"], "passed")
    proofs = {"H7": [{"scenario": "Inloggning: Exempel", "runs": 2}]}
    verdict = judge(with_entries(one, rules={"proofs": proofs})).verdict("H7")
    assert verdict.state == "inte bevisad" and verdict.reasons == ["Inloggning: Exempel: 1 av 2 exempel kördes"]


def test_a_reference_decision_broken_on_our_portal_fails_the_run_but_no_rule():
    everything = [entry(f"S{n}", [f"H{n}", "bevis"], "passed") for n in range(1, 14)]
    decision = entry(
        "Spärr", ["H5", "referensbeslut"], "failed", {"cause": {"kind": "referensbeslut", "rules": ["H5"], "text": "x"}}
    )
    judgement = judge(with_entries(decision, *everything))
    assert states(judgement)["H5"] == "bevisad" and judgement.exit_code == 1


def test_a_test_customer_that_could_not_be_had_blocks_and_exits_4():
    failed = entry(
        "Registrering",
        ["H9", "bevis"],
        "failed",
        {"cause": {"kind": "testdata", "rules": [], "text": "[provisioning] gav ingen testkund"}},
    )
    judgement = judge(with_entries(failed))
    assert states(judgement)["H9"] == "inte bevisad" and judgement.exit_code == 4
    assert judgement.causes[0].line.startswith("Testdata saknas: ")
