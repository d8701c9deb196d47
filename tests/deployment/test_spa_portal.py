"""The suite on a Mina sidor built as a single-page app (tests/spa_portal: client-rendered views,
History API routing, fetch forms, a soft 404, the choice as two buttons with aria-pressed, the
name menu as role=menu, every message in one live region, an HTML-only password mail with the
token in the fragment): its faithful run proves every rule it can, with no failure; and each of
its deviations from the help page fails exactly the scenarios of its rule, naming that rule.
Deviations that touch no common scenario run together, one portal per group; of H3 only its proof
runs there (its other scenarios pass on the faithful portal, and the renamed tab touches none)."""

from __future__ import annotations

import json
import re
import urllib.parse
import zipfile

import pytest

from tests.support.other_stack import CONSENT_BUTTON, STAGING_PASSWORD, STAGING_SECRET
from tests.support.spa_stack import spa_services, spa_stack
from tests.support.spec_run import (
    WITHOUT_TEST_MODE,
    check_deviations_caught,
    deviation_run,
    failures,
    rule_lines,
    run_spec,
    scenario_outcomes,
    summary,
)

# What a deployment without our test mode cannot do (a movable clock, a mail server told to refuse),
# and the keyboard scenario about tabs: it has no role=tab.
SKIPPED = WITHOUT_TEST_MODE | {"test_jag_byter_flik_för_inloggningssätt_med_piltangenterna"}

IE = "test_den_som_använder_internet_explorer_uppmanas_att_använda_en_annan_webbläsare"
KUNDNUMMER = "test_den_som_skriver_ett_kundnummer_som_inte_kan_stämma_får_veta_det_vid_fältet"
FIRST_TIME = "test_första_gången_registrerar_jag_min_epostadress_skapar_ett_lösenord_och_loggar_in"
NOT_ACCEPTED = "test_den_som_väljer_ett_lösenord_som_inte_godtas_får_veta_det_vid_fältet"
# Per group of deviations: each scenario that must fail, and the rule its explanation names.
GROUPS = {
    "H1,H2,H4,H6,H7,H10,H13": {
        f"{IE}[Internet Explorer 11]": "H1",
        f"{IE}[Internet Explorer 10]": "H1",
        "test_hjälpsidan_om_inloggning_har_en_undermeny_med_fler_hjälpavsnitt": "H2",
        "test_jag_öppnar_ett_annat_hjälpavsnitt_från_undermenyn": "H2",
        "test_referensportalens_undermeny_har_hjälpavsnitten_om_fakturor_avtal_och_kundservice": "H2",
        "test_instruktionen_första_gången_du_loggar_in_visas_till_höger": "H4",
        "test_jag_loggar_ut_via_mitt_namn_uppe_i_högra_hörnet": "H6",
        "test_företaget_loggar_in_med_16_före_organisationsnumret": "H7",
        "test_företaget_som_skriver_organisationsnumret_utan_16_loggas_inte_in[XXXXXX-XXXX]": "H7",
        "test_företaget_som_skriver_organisationsnumret_utan_16_loggas_inte_in[XXXXXXXXXX]": "H7",
        "test_den_som_redan_har_en_epostadress_kan_inte_byta_till_en_annan_här_och_uppmanas_att_ringa_kundservice": "H10",
        FIRST_TIME: "H13",
    },
    "H3,H8,H9,H11": {
        "test_jag_loggar_in_genom_att_läsa_av_qrkoden_med_bankidappen_i_telefonen": "H3",
        "test_utan_lösenord_går_det_inte_att_logga_in_med_kundnummer": "H8",
        "test_en_privatkund_registrerar_sin_epostadress": "H9",
        FIRST_TIME: "H9",
        "test_jag_får_en_länk_till_min_registrerade_epostadress_när_jag_skapar_lösenord": "H11",
    },
    "H5,H12": {
        **{
            name: "H5"
            for name in (
                "test_en_privatkund_loggar_in_med_kundnummer_och_lösenord",
                "test_den_som_skriver_fel_lösenord_loggas_inte_in_och_får_veta_att_något_var_fel",
                "test_den_som_skriver_fel_lösenord_får_ett_allmänt_felmeddelande_och_kundnumret_står_kvar",
                "test_den_som_skriver_ett_kundnummer_som_inte_finns_får_samma_meddelande_som_vid_fel_lösenord",
                f"{KUNDNUMMER}[f\\xe4ltet \\xe4r tomt--Fyll i ditt kundnummer.]",
                f"{KUNDNUMMER}[bokstaven O i st\\xe4llet f\\xf6r en nolla-10O001-Kundnummer f\\xe5r bara inneh\\xe5lla siffror. F\\xf6retag skriver 16 och organisationsnumret.]",
                f"{KUNDNUMMER}[f\\xf6r f\\xe5 siffror-123-Kundnumret har 6\\u20138 siffror och finns p\\xe5 din senaste faktura.]",
                f"{KUNDNUMMER}[ett personnummer-19121212-1212-Logga in med ditt kundnummer, inte personnummer. Kundnumret finns p\\xe5 din senaste faktura.]",
                "test_den_som_inte_fyller_i_lösenordet_får_veta_det_vid_fältet",
            )
        },
        **{
            name: "H12"
            for name in (
                FIRST_TIME,
                "test_en_länk_kan_bara_användas_en_gång",
                "test_en_ny_länk_gör_att_den_förra_slutar_fungera",  # the page it leads to is missing
                f"{NOT_ACCEPTED}[kort-kort-Nytt l\\xf6senord-L\\xf6senordet m\\xe5ste ha minst 8 tecken.]",
                f"{NOT_ACCEPTED}[Bl\\xe5b\\xe4rsskog i juli-Bl\\xe5b\\xe4rsskog i augusti-Upprepa l\\xf6senordet-L\\xf6senorden \\xe4r inte likadana. Skriv samma l\\xf6senord i b\\xe5da f\\xe4lten.]",
            )
        },
    },
}


@pytest.fixture(scope="session")
def spa_around(tmp_path_factory):
    """One mail catcher and one fake BankID for the portal in all its versions."""
    with spa_services(tmp_path_factory.mktemp("ensidestjanster")) as running:
        yield running


def test_a_faithful_single_page_portal_proves_every_rule_it_can(tmp_path, spa_around, monkeypatch):
    """Behind a staging site's basic auth (its password from the environment) and a cookie banner."""
    monkeypatch.setenv(STAGING_SECRET, STAGING_PASSWORD)
    with spa_stack(tmp_path / "ren", spa_around, staging=True) as stack:  # axe-core: in the short run below
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
    assert run.returncode == 0 and not failures(tmp_path / "rapport"), run.stdout[-6000:]
    assert {name for name, extra in outcomes.items() if extra.get("outcome") == "skipped"} == SKIPPED, summary(run)
    assert "Hjälpsidans regler: 13 bevisade." in run.stdout
    report = (tmp_path / "rapport" / "index.html").read_text(encoding="utf-8")
    assert (
        "<strong>13 av 13</strong> regler bevisade" in report
        and "saknas" not in report.split('id="ord"', 1)[1].split("</section>", 1)[0]
    )
    # Where it decides otherwise than our portal (a password needs a digit, errors sit in one region): noted.
    assert "Referensbeslut: avviker" in report and "valdes i stället" in report
    assert "Cookie-ruta: en cookie-ruta visades" in run.stdout
    assert STAGING_PASSWORD not in run.stdout + report and "Norrsken-Ljus-2026" not in run.stdout + report


LOGIN = "test_en_privatkund_loggar_in_med_kundnummer_och_lösenord"
WRONG_PASSWORD = "Fel-Lösen-4711-xyz"


def test_a_cookie_banner_nobody_clicks_away_is_named_and_a_failure_trace_keeps_no_password(
    tmp_path, spa_around, monkeypatch
):
    """Without [consent], the banner that covers the page is named in the pre-flight and the failure.
    With it, a login that fails (the password from the environment is wrong) leaves a trace in
    which the typed password is nowhere."""
    monkeypatch.setenv(STAGING_SECRET, STAGING_PASSWORD)
    monkeypatch.setenv("MINASIDOR_FEL_LOSENORD", WRONG_PASSWORD)
    with spa_stack(tmp_path / "portal", spa_around, staging=True) as stack:
        text = stack.profile.read_text(encoding="utf-8").replace("[timeouts]", "[timeouts]\naction = 3")
        without = text.replace(f'[consent]\nbutton = "{CONSENT_BUTTON}"', "")
        assert without != text
        stack.profile.write_text(without, encoding="utf-8")
        run = run_spec(
            tmp_path / "rapport",
            "--target",
            str(stack.profile),
            "-k",
            "Privatkund_loggar_in_med_kundnummer",
            "--no-a11y",
            "--tracing=off",
            "--failure-traces=none",
        )
        stack.profile.write_text(
            text.replace('password = "Norrsken-Ljus-2026"', 'password = { env = "MINASIDOR_FEL_LOSENORD" }'),
            encoding="utf-8",
        )
        traced = run_spec(
            tmp_path / "spar",
            "--target",
            str(stack.profile),
            "-k",
            "Privatkund_loggar_in_med_kundnummer",
            "--no-a11y",
            "--tracing=retain-on-failure",
            "--failure-traces=none",
        )
    said = failures(tmp_path / "rapport")
    assert run.returncode == 1 and "En cookie-ruta täcker sidan (”Vi använder kakor (cookies)" in run.stdout, (
        run.stdout[-3000:]
    )
    assert list(said) == [LOGIN], said
    assert "En cookie-ruta täcker sidan" in said[LOGIN] and "[consent]" in said[LOGIN]
    assert traced.returncode == 1 and list(failures(tmp_path / "spar")) == [LOGIN], traced.stdout[-3000:]
    traces = list((tmp_path / "spar").rglob("*.zip"))
    assert traces, traced.stdout[-2000:]
    kept = []
    for trace in traces:  # the browser's, and the API request contexts'
        with zipfile.ZipFile(trace) as opened:
            kept.append(b"".join(opened.read(name) for name in opened.namelist()))
    assert any(b'"method":"fill"' in everything for everything in kept)  # the password was typed ...
    for form in (WRONG_PASSWORD, urllib.parse.quote_plus(WRONG_PASSWORD), STAGING_PASSWORD):
        assert not [everything for everything in kept if form.encode() in everything], form  # ... and is nowhere
    assert WRONG_PASSWORD not in traced.stdout + (tmp_path / "spar" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("deviations", GROUPS)
def test_each_deviation_fails_exactly_the_scenarios_of_its_rule(tmp_path, spa_around, deviations):
    rules = deviations.split(",")
    with spa_stack(tmp_path / "portal", spa_around, deviations) as stack:
        run = deviation_run(tmp_path / "rapport", stack.profile, rules)
    check_deviations_caught(run, tmp_path / "rapport", GROUPS[deviations], rules)


# Breaks a lenient foreign check would pass: a logout that only changes the view (the session stays
# valid), the name menu top left, a registration with anyone's personnummer (a takeover), a wrong
# personnummer answered with the portal's success message, BankID's texts for two states swapped.
# Each fails its rule on a foreign target: the proof, or (BankID's texts, BankID's rule for every
# relying party) the scenarios of those states, which otherwise test our decisions.
NAME_MENU = "test_jag_loggar_ut_via_mitt_namn_uppe_i_högra_hörnet"
WRONG_PERSON = "test_den_som_anger_ett_personnummer_som_inte_hör_till_kundnumret_registrerar_ingen_epostadress"
HIDDEN_BREAKS = {
    "H6-vy": ("H6", "H6 and bevis", {NAME_MENU}, "Du är inloggad"),
    "H6-vänster": ("H6", "H6 and bevis", {NAME_MENU}, "står inte uppe i högra hörnet"),
    "H9-vem": ("H9", "H9 and bevis", {WRONG_PERSON}, "Inget fel visades"),
    "H9-tack": ("H9", "H9 and bevis", {WRONG_PERSON}, "Inget fel visades: sidan säger att det gick bra"),
    "H3-byte": (
        "H3",
        "H3 and referensbeslut and not mobil",
        {
            "test_den_som_avbryter_i_bankidappen_loggas_inte_in_och_kan_försöka_igen",
            "test_den_som_avbryter_i_bankidappen_efter_säkerhetskoden_loggas_inte_in",
            "test_den_som_inte_identifierar_sig_i_appen_inom_tre_minuter_får_veta_att_appen_inte_svarar",
        },
        "BankID:s text för läget",
    ),
}


@pytest.mark.parametrize("deviation", HIDDEN_BREAKS)
def test_a_break_that_looks_right_on_screen_fails_its_rule(tmp_path, spa_around, deviation):
    rule, selection, scenarios, said = HIDDEN_BREAKS[deviation]
    with spa_stack(tmp_path / "portal", spa_around, deviation) as stack:
        run = run_spec(
            tmp_path / "rapport",
            "--target",
            str(stack.profile),
            "-m",
            selection,
            "--no-a11y",
            "--failure-traces=none",
            "--reruns",
            "0",
        )
    failed = failures(tmp_path / "rapport")
    assert set(failed) == scenarios, run.stdout[-3000:]
    for scenario in scenarios:
        assert said in failed[scenario] and f"({rule})" in failed[scenario], failed[scenario][:800]
    assert rule_lines(run).get(rule, "").startswith("misslyckas"), run.stdout[-3000:]


def test_too_few_test_customers_stop_the_run_before_the_first_scenario_and_a_state_file_of_ones_own(
    tmp_path, spa_around
):
    with spa_stack(tmp_path / "portal", spa_around, pool=2) as stack:
        short = run_spec(tmp_path / "rapport", "--target", str(stack.profile), "--no-a11y")
        state = tmp_path / "cache" / "kunder.json"
        one = run_spec(
            tmp_path / "en",
            "--target",
            str(stack.profile),
            "--test-data-state",
            str(state),
            "-k",
            "Privatkund_registrerar_sin_epostadress",
        )
    assert short.returncode == 4 and "passed" not in short.stdout, short.stdout[-3000:]
    said = short.stdout + short.stderr
    assert "Testkunderna räcker inte för de valda scenarierna" in said
    for role in ("privatkund utan e-postadress", "kund med e-postadress utan lösenord"):  # more than two each
        assert re.search(rf"'{role}': behöver ([3-9]|\d\d+), profilen har 2 oanvända", said), said[-3000:]
    assert "'företagskund utan e-postadress'" not in said  # one needed, two there
    # -k leaves the other rules' proofs out: they are not proven, so the run fails (exit 1), not 0.
    assert one.returncode == 1 and "'privatkund utan e-postadress': behöver 1, profilen har 2 oanvända" in one.stdout
    assert "1 passed" in one.stdout and "Inte bevisade, deras bevis valdes bort" in one.stdout
    assert json.loads(state.read_text(encoding="utf-8")) == {"used": {"privatkund utan e-postadress": ["7100001"]}}
    assert not (stack.profile.parent / "ensidesportal.tillstand.json").exists()
    # axe-core scans a foreign target's pages too, for the report's accessibility section.
    assert 'id="tillganglighet"' in (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
