"""The feature files themselves: Swedish, and every scenario tied to a help-page rule."""

from pathlib import Path

import pytest
from pytest_bdd.feature import get_features

from minasidor_spec.rules import RULES
from minasidor_spec.run_results import OWN_SECTIONS
from minasidor_spec.verdicts import CORE_TAG, REFERENCE_TAG

FEATURES = Path(__file__).resolve().parents[2] / "features"


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
