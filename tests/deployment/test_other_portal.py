"""The spec checks the help page, not our portal: a second Mina sidor built independently
(tests/other_portal: its own addresses, markup and wording, a real MailDev, our fake BankID)
passes every scenario its capabilities allow and proves every rule; and each of its switchable
deviations from the help page fails exactly the scenarios of that rule, with the explanation
naming it. Deviations that touch no common scenario run together (of H3 only its proof)."""

from __future__ import annotations

import pytest

from tests.support.other_stack import STAGING_PASSWORD, STAGING_SECRET, other_stack, services
from tests.support.spec_run import (
    WITHOUT_TEST_MODE,
    check_deviations_caught,
    deviation_run,
    failures,
    run_spec,
    scenario_outcomes,
    summary,
)

# What a deployment without our test mode cannot do (a movable clock, a mail server told to refuse),
# and the keyboard scenario about tabs: it has no role=tab.
SKIPPED = WITHOUT_TEST_MODE | {"test_jag_byter_flik_för_inloggningssätt_med_piltangenterna"}

# Per group of deviations (touching no common scenario): each scenario that must fail, and the
# rule its explanation names.
ORG = "test_företaget_loggar_in_med_16_före_organisationsnumret"
WITHOUT_16 = "test_företaget_som_skriver_organisationsnumret_utan_16_loggas_inte_in"
GROUPS = {
    "H3,H4,H6,H7,H10": {
        "test_jag_loggar_in_genom_att_läsa_av_qrkoden_med_bankidappen_i_telefonen": "H3",
        "test_instruktionen_första_gången_du_loggar_in_visas_till_höger": "H4",
        "test_jag_loggar_ut_via_mitt_namn_uppe_i_högra_hörnet": "H6",
        ORG: "H7",
        f"{WITHOUT_16}[XXXXXX-XXXX]": "H7",
        f"{WITHOUT_16}[XXXXXXXXXX]": "H7",
        "test_den_som_redan_har_en_epostadress_kan_inte_byta_till_en_annan_här_och_uppmanas_att_ringa_kundservice": "H10",
    },
    # Its password form shows at once (the choice is only renamed): the other H5 scenarios go on without it.
    "H5,H13": {
        "test_en_privatkund_loggar_in_med_kundnummer_och_lösenord": "H5",
        "test_första_gången_registrerar_jag_min_epostadress_skapar_ett_lösenord_och_loggar_in": "H13",
    },
}


@pytest.fixture(scope="session")
def around(tmp_path_factory):
    """One MailDev and one fake BankID for the other portal in all its versions (for the whole
    session: with the longest tests first, this module's tests do not run one after another)."""
    with services(tmp_path_factory.mktemp("tjanster")) as running:
        yield running


def test_a_faithful_other_portal_passes_every_scenario_it_can(tmp_path, around, monkeypatch):
    """Behind a staging site's basic auth (its password from the environment) and a cookie banner."""
    monkeypatch.setenv(STAGING_SECRET, STAGING_PASSWORD)
    with other_stack(tmp_path / "ren", around, staging=True) as stack:  # axe-core: in the SPA's short run
        run = run_spec(
            tmp_path / "rapport",
            "--target",
            str(stack.profile),
            "--screenshot=only-on-failure",
            "--tracing=off",
            "--failure-traces=none",
            "--no-a11y",
        )
    outcomes = scenario_outcomes(tmp_path / "rapport")
    advisory = {name for name, extra in outcomes.items() if extra.get("advisory")}
    skipped = {name for name, extra in outcomes.items() if extra.get("outcome") == "skipped"}
    assert run.returncode == 0 and not failures(tmp_path / "rapport"), run.stdout[-6000:]
    assert skipped == SKIPPED, summary(run)
    # Its name menu is a <details>, which Escape does not close: shown, but no help-page rule.
    assert advisory == {"test_jag_öppnar_namnmenyn_med_enter_når_logga_ut_och_stänger_menyn_med_escape"}, summary(run)
    assert "Hjälpsidans regler: 13 bevisade." in run.stdout
    report = (tmp_path / "rapport" / "index.html").read_text(encoding="utf-8")
    assert "<strong>13 av 13</strong> regler bevisade" in report
    assert "Misslyckades på målmiljön, men avgör inte körningen" in report.split('id="tangentbord"', 1)[1]
    assert "ordalydelsen kontrollerades inte" in report  # its wording is mapped only in part
    assert "saknas" not in report.split('id="ord"', 1)[1].split("</section>", 1)[0]
    # Its used link's page says so without a "Skapa lösenord" link: a reference decision, not H11.
    assert "länken &#34;Skapa lösenord&#34; finns på sidan: syns inte här" in report
    assert "Cookie-ruta: en cookie-ruta visades" in run.stdout and "Cookie-ruta: en cookie-ruta visades" in report
    kept = run.stdout + run.stderr + report
    assert STAGING_PASSWORD not in kept and "Sommarregn-Ek-21" not in kept and "191212121212" not in kept


@pytest.mark.parametrize("deviations", GROUPS)
def test_each_deviation_fails_exactly_the_scenarios_of_its_rule(tmp_path, around, deviations):
    rules = deviations.split(",")
    with other_stack(tmp_path / "portal", around, deviations) as stack:
        run = deviation_run(tmp_path / "rapport", stack.profile, rules)
    check_deviations_caught(run, tmp_path / "rapport", GROUPS[deviations], rules)
