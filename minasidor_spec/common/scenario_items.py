"""Which pytest items are scenarios of the features, and what they are called."""

from __future__ import annotations

import pytest
from pytest_bdd.parser import ScenarioTemplate
from pytest_bdd.scenario import scenario_wrapper_template_registry  # as pytest-bdd's own generation.py


def template(item: pytest.Item) -> ScenarioTemplate | None:
    """The scenario an item runs, or None when the item is no scenario (a unit test)."""
    function = getattr(item, "obj", None)
    return scenario_wrapper_template_registry.get(function) if function is not None else None


def scenario_key(scenario: ScenarioTemplate) -> str:
    """ "Feature: Scenario": one scenario (all examples of an outline) across runs and shards."""
    return f"{scenario.feature.name}: {scenario.name}"


def bound_templates() -> list[ScenarioTemplate]:
    """Every scenario the test modules imported so far bind (also those not selected to run)."""
    unique = {(s.feature.filename, s.name): s for s in list(scenario_wrapper_template_registry.values())}
    return list(unique.values())


def is_scenario(item: pytest.Item) -> bool:
    return template(item) is not None


def readable(example: str) -> str:
    """An example as the feature writes it: pytest writes "å" in an id as "\\xe5"."""
    try:
        return example.encode("ascii").decode("unicode_escape") if "\\" in example else example
    except (UnicodeError, ValueError):
        return example


def example_of(item: pytest.Item) -> str:
    """The example row of a scenario outline ("16XXXXXX-XXXX", "kort-kort-Nytt lösenord-..."), else ""."""
    return readable(item.name.split("[", 1)[1].rstrip("]")) if "[" in item.name else ""


def runs_scenarios(session: pytest.Session) -> bool:
    """Does this run include scenarios (not only unit tests)?"""
    return any(is_scenario(item) for item in getattr(session, "items", []))
