"""BankID's own test environment, assisted ([bankid] mode = "assisterad"): the suite shows a
person the QR code in the terminal, tells them in Swedish what to do, and waits. Proven here by
playing the person with our simulated BankID app, reading the QR code off the terminal as a
phone's camera would; and without a terminal (CI) the same scenarios are skipped as needing a
person, and H3 is not proven."""

from __future__ import annotations

import os
import re
from types import SimpleNamespace

import pytest

from minasidor_spec.pages.bankid_app import TEST_SECURITY_CODE, BankIDApp
from tests.support.spa_stack import customers, spa_services, spa_stack
from tests.support.spec_run import ROOT, rule_lines, run_spec, scenario_outcomes
from tests.support.terminal_person import TerminalRun, last_qr, spec_command

QR_LOGIN = "test_jag_loggar_in_genom_att_läsa_av_qrkoden_med_bankidappen_i_telefonen"
CANCEL_IN_APP = "test_den_som_avbryter_i_bankidappen_loggas_inte_in_och_kan_försöka_igen"
PLAYED_BY_NOBODY = {
    "test_sidan_visar_en_ny_qrkod_varje_sekund_och_appen_tar_emot_den_som_visas_just_nu",
    "test_den_som_avbryter_på_sidan_får_veta_att_inloggningen_avbröts_och_kan_försöka_igen",
}
SAME_DEVICE = "test_på_mobilen_startas_bankidappen_på_samma_enhet"
PERSON_SECONDS = 60


@pytest.fixture(scope="module")
def assisted_profile(tmp_path_factory):
    """The single-page portal, whose BankID the profile calls BankID's own test environment."""
    folder = tmp_path_factory.mktemp("assisterad")
    with spa_services(folder / "tjanster") as around, spa_stack(folder / "portal", around) as stack:
        text = stack.profile.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^app_url = .*$", f'mode = "assisterad"\ntimeout = {PERSON_SECONDS}', text, count=1)
        stack.profile.write_text(text, encoding="utf-8")
        yield stack.profile, around.bankid


def play_person(run: TerminalRun, phone: BankIDApp, name: str) -> list[str]:
    """Do what the suite asks, in order, until it ends; returns the instructions seen."""
    done, seen = 0, 0
    said: list[str] = []
    while not run.ended:
        run.wait_for_more(seen, timeout=5)
        seen = run.chunks
        text = run.text
        while (match := re.compile(r">>> ([^\n]*)\n").search(text, done)) is not None:
            instruction = match.group(1)
            if instruction.startswith("Öppna BankID-appen"):
                code = last_qr(text[match.end() :])
                if code is None:  # not drawn yet
                    break
                phone.open_camera()
                phone.scan(lambda: last_qr(run.text[match.end() :]))
                if phone.stale_code.is_visible():  # the codes drawn were too old (a loaded machine): read on
                    break
            elif instruction.startswith("Välj BankID:t"):
                phone.choose_id(name)
            elif instruction.startswith("Skriv in din säkerhetskod"):
                phone.identify(TEST_SECURITY_CODE)
            elif instruction.startswith("Välj Avbryt"):
                phone.cancel_button.click()
            said.append(instruction)
            done = match.end()
    return said


def test_a_person_with_a_test_bankid_proves_h3_from_the_terminal(tmp_path, assisted_profile, page):
    profile, bankid = assisted_profile
    env = dict(os.environ, MINASIDOR_DURATIONS=str(tmp_path / "tider.json"))
    run = TerminalRun(spec_command(tmp_path / "rapport", "--target", str(profile), "-m", "H3", "--no-a11y"), ROOT, env)
    try:
        said = play_person(run, BankIDApp(page, bankid), customers()["privatkund"][0]["name"])
    finally:
        code = run.close()
    output = run.text
    (tmp_path / "terminal.txt").write_text(output, encoding="utf-8")  # what the person saw, for a failure
    outcomes = {name: extra.get("outcome") for name, extra in scenario_outcomes(tmp_path / "rapport").items()}
    assert code == 0, output[-4000:]
    assert outcomes[QR_LOGIN] == "passed" and outcomes[CANCEL_IN_APP] == "passed", outcomes
    assert all(outcomes[name] == "passed" for name in PLAYED_BY_NOBODY), outcomes
    assert outcomes[SAME_DEVICE] == "skipped", outcomes  # needs our fake: not a proof in assisted mode
    assert said[0].startswith("Öppna BankID-appen med test-BankID:t för Tolvan Tolvansson (19121212-XXXX)"), said
    assert (
        "Skriv in din säkerhetskod i BankID-appen och välj Identifiera." in said
        and "Välj Avbryt i BankID-appen." in said
    )
    assert "H3" not in rule_lines(SimpleNamespace(stdout=output)) and "1 bevisade" in output


def test_without_a_terminal_the_person_scenarios_are_skipped_and_h3_unproven(tmp_path, assisted_profile):
    """(That [scope] puts an unproven rule out of scope, with its reason, tests/unit/test_rule_gate.py proves.)"""
    profile, _ = assisted_profile
    ci = run_spec(tmp_path / "ci", "--target", str(profile), "-m", "H3 and bevis", "--no-a11y")
    reason = scenario_outcomes(tmp_path / "ci")[QR_LOGIN].get("skip_reason", "")
    assert ci.returncode == 1 and "kräver en person med test-BankID" in reason, ci.stdout[-3000:]
    assert rule_lines(ci)["H3"].startswith("inte bevisad"), rule_lines(ci)
