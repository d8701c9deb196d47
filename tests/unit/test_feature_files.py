"""The feature files themselves: Swedish, every scenario tied to a help-page rule and exactly one
kind (@bevis, @referensbeslut, @tillganglighet), and a proof in the help page's words only: what a
proof quotes is the help page's, what the customer types, or (declared as our reading) BankID's
own recommended texts; our portal's wording lives in reference-decision scenarios."""

import re
from pathlib import Path

import pytest
from pytest_bdd.feature import get_features

from minasidor_spec.common.rules import RULES
from minasidor_spec.judging.run_record import KIND_TAGS, PROOF
from minasidor_spec.judging.run_results import OWN_SECTIONS
from minasidor_spec.judging.verdicts import CORE_TAG, REFERENCE_TAG
from reference_app.portal import bankid_messages

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
HELP_PAGE = (ROOT / "features" / "hjalpsidan.txt").read_text(encoding="utf-8")
QUOTED = re.compile(r'"([^"]*)"')
# Steps whose quotation is what the customer types or picks, not a text the portal shows.
TYPED = re.compile(
    r"^(jag loggar in med|jag väljer lösenordet|att jag använder webbläsaren|jag loggar in med organisationsnumret"
    r"|jag registrerar min önskade e-postadress med)"
)
BANKID_TEXTS = {
    value for name, value in vars(bankid_messages).items() if name.startswith("RFA") and isinstance(value, str)
}


def _scenarios():
    for feature in get_features([str(FEATURES)]):
        for scenario in feature.scenarios.values():
            yield feature, scenario


def test_every_feature_is_swedish():
    for path in FEATURES.glob("*.feature"):
        assert path.read_text(encoding="utf-8").startswith("# language: sv\n"), path.name


@pytest.mark.parametrize(("feature", "scenario"), list(_scenarios()), ids=lambda x: getattr(x, "name", ""))
def test_every_scenario_names_the_rule_it_proves(feature, scenario):
    """Every scenario names its rule. Those with a section of their own in the report
    (@tangentbord: keyboard only) name the rule whose way they follow; they do not decide it."""
    rules = (scenario.tags | feature.tags) & set(RULES)
    assert rules, f"{feature.rel_filename}: scenariot {scenario.name!r} saknar regeltagg (@H1..@H13)"


@pytest.mark.parametrize(("feature", "scenario"), list(_scenarios()), ids=lambda x: getattr(x, "name", ""))
def test_every_scenario_is_exactly_one_kind(feature, scenario):
    kinds = (scenario.tags | feature.tags) & set(KIND_TAGS)
    assert len(kinds) == 1, (
        f"{feature.rel_filename}: scenariot {scenario.name!r} ska ha exakt ett slag "
        f"(@bevis, @referensbeslut eller @tillganglighet), har {sorted(kinds) or 'inget'}"
    )


def _quoted_own_wording(feature, scenario) -> list[str]:
    found = []
    for step in scenario.steps:
        if TYPED.match(step.name):
            continue
        for quoted in QUOTED.findall(step.name):
            declared_bankid = quoted in BANKID_TEXTS and "Vår läsning" in feature.description
            if quoted and quoted.casefold() not in HELP_PAGE.casefold() and not declared_bankid:
                found.append(quoted)
    return found


@pytest.mark.parametrize(("feature", "scenario"), list(_scenarios()), ids=lambda x: getattr(x, "name", ""))
def test_a_proof_quotes_only_the_help_page_and_what_the_customer_types(feature, scenario):
    if PROOF not in scenario.tags | feature.tags:
        return
    assert not _quoted_own_wording(feature, scenario), (
        f"{feature.rel_filename}: beviset {scenario.name!r} citerar referensportalens ordalydelse "
        f"{_quoted_own_wording(feature, scenario)}: flytta den till ett @referensbeslut-scenario"
    )


def test_a_proof_quoting_our_message_is_caught():
    """The check above can fail: a proof with our portal's error message in it."""
    [(feature, scenario)] = [(f, s) for f, s in _scenarios() if s.name.startswith("Den som skriver fel lösenord får")]
    assert _quoted_own_wording(feature, scenario) == [
        "Fel kundnummer eller lösenord. Kontrollera uppgifterna och försök igen."
    ]


def test_tags_are_registered_markers(pytestconfig):
    registered = {line.split(":")[0] for line in pytestconfig.getini("markers")}
    for feature, scenario in _scenarios():
        assert scenario.tags | feature.tags <= registered, scenario.name


def test_every_rule_names_the_scenarios_that_prove_it():
    """Each rule has at least one proof (@bevis); a proof is never a reference decision, and a
    keyboard-only scenario (its own section) proves nothing."""
    proven = set()
    for feature, scenario in _scenarios():
        tags = scenario.tags | feature.tags
        if CORE_TAG in tags:
            assert REFERENCE_TAG not in tags and not tags & set(OWN_SECTIONS), scenario.name
            proven |= tags & set(RULES)
    missing = sorted(set(RULES) - proven, key=lambda rule: int(rule[1:]))
    assert not missing, f"Regler utan bevis (@bevis): {', '.join(missing)}"


def test_every_tag_has_a_legend_a_product_owner_can_read():
    from minasidor_spec.reporting.overview import TAG_LEGEND

    used = {tag for feature, scenario in _scenarios() for tag in scenario.tags | feature.tags} - set(RULES)
    assert used <= set(TAG_LEGEND), f"Taggar utan förklaring: {sorted(used - set(TAG_LEGEND))}"
