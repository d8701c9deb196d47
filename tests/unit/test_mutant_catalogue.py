"""The mutant catalogue stays usable: every edit finds its text exactly once, and every
help-page rule has a mutant (make mutants runs them; this only keeps them applicable)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minasidor_spec.common.rules import RULES
from minasidor_spec.devtools.mutant_catalogue import MUTANTS

ROOT = Path(__file__).resolve().parents[2]


def test_at_least_25_mutants_with_one_per_rule():
    assert len(MUTANTS) >= 25
    assert {m.rule for m in MUTANTS} >= set(RULES)
    assert len({m.name for m in MUTANTS}) == len(MUTANTS)


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda m: m.name)
def test_each_edit_finds_its_text_exactly_once(mutant):
    for edit in mutant.edits:
        assert (ROOT / edit.path).read_text(encoding="utf-8").count(edit.old) == 1, edit.path
        assert edit.old != edit.new


def test_each_mutants_rule_has_scenarios_of_its_own_to_catch_it():
    """make mutants counts a mutant only when its rule's own scenarios catch it (-m RULE)."""
    from pytest_bdd.feature import get_features

    from minasidor_spec.devtools.mutants import own_scenarios
    from minasidor_spec.feature_suite import FEATURES

    tagged = [
        scenario.tags | feature.tags
        for feature in get_features([str(FEATURES)])
        for scenario in feature.scenarios.values()
    ]
    for rule in {mutant.rule for mutant in MUTANTS}:
        assert own_scenarios(rule) == f"{rule} and not tangentbord"
        assert any(rule in tags and "tangentbord" not in tags and "bevis" in tags for tags in tagged), rule
