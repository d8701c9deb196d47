"""Which faithful renderings of the single-page portal to run together: a pairwise-covering set
(allpairspy: every two renderings of two elements meet in some combination), and the deviations,
each on several combinations. `make variants` runs them all; `make test` a seeded sample
(MINASIDOR_VARIANT_SEED replays one), only the scenarios the varied elements touch."""

from __future__ import annotations

import os
import random

from allpairspy import AllPairs

from tests.spa_portal.variants import RENDERINGS, TOUCHES, written

EVERYTHING = os.environ.get("MINASIDOR_VARIANTS") == "alla"
# Drawn by tests/conftest.py before the workers start, so that all of them collect the same tests.
SEED = int(os.environ.get("MINASIDOR_VARIANT_SEED") or 0)
# The portal's deviations whose rule a varied element shows, with the rule each must fail.
DEVIATIONS = {
    "H1": "H1",
    "H2": "H2",
    "H3": "H3",
    "H5": "H5",
    "H6": "H6",
    "H3-byte": "H3",
    "H6-vy": "H6",
    "H9-vem": "H9",
    "H9-tack": "H9",
    "H10": "H10",
    "H13": "H13",
}
# Where a deviation shows in other scenarios than its rule's proofs: BankID's texts swapped for two
# failed states show in the scenarios of those states.
SELECTED = {"H3-byte": "H3 and referensbeslut and not mobil"}
RUNS_PER_DEVIATION = 3  # in `make variants`
SAMPLED_ELEMENTS = 2  # in `make test`: two elements varied, the others as by default


def pairwise() -> list[dict[str, str]]:
    return [dict(zip(RENDERINGS, row, strict=True)) for row in AllPairs(list(RENDERINGS.values()))]


def varied(combination: dict[str, str]) -> dict[str, str]:
    """The elements not rendered as by default."""
    return {element: way for element, way in combination.items() if way != RENDERINGS[element][0]}


def rules_touched(combination: dict[str, str]) -> list[str]:
    return sorted({rule for element in varied(combination) for rule in TOUCHES[element]}, key=lambda r: int(r[1:]))


def faithful() -> list[dict[str, str]]:
    """All pairwise combinations, or (make test) one with SAMPLED_ELEMENTS elements varied."""
    if EVERYTHING:
        return pairwise()
    chooser = random.Random(SEED)
    elements = chooser.sample(sorted(RENDERINGS), SAMPLED_ELEMENTS)
    return [{element: chooser.choice(RENDERINGS[element][1:]) for element in elements}]


def deviating() -> list[tuple[str, dict[str, str]]]:
    """Each deviation on RUNS_PER_DEVIATION pairwise combinations, or (make test) one of them."""
    combinations = pairwise()
    if EVERYTHING:  # the same three for each deviation, whatever the seed: a run is repeatable
        chooser = random.Random(0)
        return [
            (deviation, combination)
            for deviation in DEVIATIONS
            for combination in chooser.sample(combinations, RUNS_PER_DEVIATION)
        ]
    chooser = random.Random(SEED)
    return [(chooser.choice(sorted(DEVIATIONS)), chooser.choice(combinations))]


def name(combination: dict[str, str]) -> str:
    return written(varied(combination)) or "standard"
