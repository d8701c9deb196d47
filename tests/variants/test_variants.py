"""Faithful renderings of the help page's elements, generated, not hand-picked: each combination of
the single-page portal's renderings (tests/spa_portal/variants.py) runs the scenarios its varied
elements touch with no failure and every selected rule proven; each deviation is caught in every
combination it runs on, by failures that name its rule (the faithful runs have none)."""

from __future__ import annotations

import pytest

from tests.spa_portal.variants import written
from tests.support.spa_stack import spa_stack
from tests.support.spec_run import failures, rule_lines, run_spec, selecting

from .combinations import DEVIATIONS, SEED, SELECTED, deviating, faithful, name, rules_touched, varied

QUIET = ("--no-a11y", "--failure-traces=none", "--tracing=off", "--reruns", "0")


def _replay(combination: dict[str, str]) -> str:
    return f"(frö {SEED}; portalen: SPA_PORTAL_VARIANT={written(varied(combination))!r})"


@pytest.mark.parametrize("combination", faithful(), ids=name)
def test_a_faithful_combination_passes_and_proves_what_it_touches(tmp_path, variant_services, combination):
    rules = rules_touched(combination)
    with spa_stack(tmp_path / "portal", variant_services, variants=written(varied(combination))) as stack:
        run = run_spec(tmp_path / "rapport", "--target", str(stack.profile), "-m", " or ".join(rules), *QUIET)
    failed = failures(tmp_path / "rapport")
    assert not failed, f"{_replay(combination)}\n" + "\n".join(f"{n}: {said[:500]}" for n, said in failed.items())
    verdicts = rule_lines(run)
    assert run.returncode == 0 and not [r for r in rules if verdicts.get(r, "").startswith("misslyckas")], (
        f"{_replay(combination)}\n{run.stdout[-3000:]}"
    )


@pytest.mark.parametrize(("deviation", "combination"), deviating(), ids=lambda v: v if isinstance(v, str) else name(v))
def test_a_deviation_is_caught_in_every_combination_by_its_rule(tmp_path, variant_services, deviation, combination):
    rule = DEVIATIONS[deviation]
    with spa_stack(tmp_path / "portal", variant_services, deviation, variants=written(varied(combination))) as stack:
        selection = SELECTED.get(deviation) or selecting([rule])
        run = run_spec(tmp_path / "rapport", "--target", str(stack.profile), "-m", selection, *QUIET)
    failed = failures(tmp_path / "rapport")
    assert failed, f"{deviation} gick inte att se {_replay(combination)}\n{run.stdout[-3000:]}"
    for scenario, said in failed.items():
        assert f"({rule})" in said, f"{scenario}: {said[:600]} {_replay(combination)}"
    verdicts = rule_lines(run)
    assert run.returncode == 1 and verdicts.get(rule, "").startswith("misslyckas"), verdicts
    assert not [r for r, said in verdicts.items() if r != rule and said.startswith("misslyckas")], verdicts
