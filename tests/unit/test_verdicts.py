"""Each rule's verdict from its proofs and the outcomes of a run (pure)."""

from __future__ import annotations

from minasidor_spec.verdicts import (
    BROKEN,
    FAILED,
    NOT_JUDGED,
    OUT_OF_SCOPE,
    PASSED,
    PROVEN,
    REFERENCE_DIFFERS,
    SKIPPED,
    UNPROVEN,
    Outcome,
    Proof,
    judge,
    rules_named,
)

LOGIN, WRONG = "Logga in: Privatkund loggar in", "Logga in: Fel lösenord"
FIRST = "Skapa lösenord: Första gången"
PROOFS = [Proof(LOGIN), Proof(WRONG, runs=2)]


def test_proven_only_when_every_run_of_every_proof_passed():
    runs = [Outcome(LOGIN, ("H5",), PASSED), Outcome(WRONG, ("H5",), PASSED), Outcome(WRONG, ("H5",), PASSED)]
    assert judge("H5", PROOFS, runs).state == PROVEN
    one_short = judge("H5", PROOFS, runs[:2])
    assert one_short.state == UNPROVEN and one_short.reasons == [f"{WRONG}: 1 av 2 exempel kördes"]


def test_a_skipped_or_differing_proof_is_no_proof_and_says_why():
    runs = [
        Outcome(LOGIN, ("H5",), SKIPPED, "Hoppas över: ingen testkund."),
        Outcome(WRONG, ("H5",), REFERENCE_DIFFERS, "Referensbeslut: avviker – x"),
        Outcome(WRONG, ("H5",), PASSED),
    ]
    verdict = judge("H5", PROOFS, runs)
    assert verdict.state == UNPROVEN and verdict.reasons == [
        f"{LOGIN}: Hoppas över: ingen testkund.",
        f"{WRONG}: Referensbeslut: avviker – x",
    ]


def test_a_failure_breaks_the_rule_it_names_and_leaves_the_others_of_its_scenario_unproven():
    said = "Avvikelse från hjälpsidan (H12): hittade inte sidan där du väljer lösenord."
    failed = Outcome(FIRST, ("H8", "H9", "H12", "H13"), FAILED, said, rules_named(said))
    assert judge("H12", [Proof(FIRST)], [failed]).state == BROKEN
    h13 = judge("H13", [Proof(FIRST)], [failed])
    assert h13.state == UNPROVEN and h13.reasons == [f"{FIRST}: misslyckades på H12: {said}"]


def test_a_failure_is_said_even_where_the_selection_judges_no_proof():
    failed = Outcome(LOGIN, ("H5",), FAILED, "boom")
    assert judge("H5", PROOFS, [failed], judged=False).state == BROKEN
    assert judge("H5", PROOFS, [], judged=False).state == NOT_JUDGED


def test_out_of_scope_with_its_reason_whatever_ran():
    verdict = judge("H3", [Proof("BankID: QR")], [Outcome("BankID: QR", ("H3",), FAILED)], scope="Kräver en människa")
    assert (verdict.state, verdict.reasons, verdict.green) == (OUT_OF_SCOPE, ["Kräver en människa"], True)


def test_the_rules_an_explanation_names():
    assert rules_named("Avvikelse från hjälpsidan (H3, H5, H9): hittade inte ...") == ("H3", "H5", "H9")
    assert rules_named("Sidan /x finns inte (404).") == ()
