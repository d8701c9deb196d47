"""Order for `make test`'s worker processes (pytest -n): the longest tests first, so that no
worker is left with a long one at the end while the others wait (longest first is what keeps
the whole run short). Each of these runs the spec in a child process against a stack of its
own; the rest keep their order."""

from __future__ import annotations

import os
import random

import pytest

VARIANT_SEED = "MINASIDOR_VARIANT_SEED"


def pytest_configure(config: pytest.Config) -> None:
    """One seed for the variants' sample (tests/variants) in every worker: drawn here, before
    the workers start, which inherit it."""
    if not hasattr(config, "workerinput"):
        os.environ.setdefault(VARIANT_SEED, str(random.SystemRandom().randrange(10**6)))


def pytest_report_header() -> str:
    """In the run's header, so that a failure in the variants' sample can be replayed."""
    if os.environ.get("MINASIDOR_VARIANTS") == "alla":
        return "varianter: alla (parvis täckning)"
    seed = os.environ[VARIANT_SEED]
    return f"varianter: urval med frö {seed} (upprepa med {VARIANT_SEED}={seed})"


# Node id prefixes, longest first (as `pytest --durations` shows them on this kind of machine).
LONGEST_FIRST = (
    "tests/deployment/test_spa_portal.py::test_each_deviation_fails_exactly_the_scenarios_of_its_rule[H3,H8,H9,H11]",
    "tests/deployment/test_spa_portal.py::test_a_faithful_single_page_portal",
    "tests/deployment/test_other_portal.py::test_a_faithful_other_portal",
    "tests/deployment/test_other_portal.py::test_each_deviation_fails_exactly_the_scenarios_of_its_rule[H3,H4,H6,H7,H10]",
    "tests/deployment/test_spa_portal.py::test_each_deviation_fails_exactly_the_scenarios_of_its_rule[H5,H12]",
    "tests/deployment/test_spa_portal.py::test_each_deviation_fails_exactly_the_scenarios_of_its_rule[H1,H2,H4,H6,H7,H10,H13]",
    "tests/deployment/test_example_profile.py",
    "tests/deployment/test_shards_and_remote_browser.py",
    "tests/deployment/test_mobile_run.py",
    "tests/deployment/test_other_portal.py::test_each_deviation_fails_exactly_the_scenarios_of_its_rule[H5,H13]",
    "tests/deployment/test_drift_on_altered_portal.py",
    "tests/deployment/test_installed_package.py",
    "tests/variants/",
    "tests/deployment/",
    "tests/fuzz/",
)


def _rank(item: pytest.Item) -> int:
    return next(
        (rank for rank, prefix in enumerate(LONGEST_FIRST) if item.nodeid.startswith(prefix)), len(LONGEST_FIRST)
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_rank)  # stable: within a rank, the order of collection
