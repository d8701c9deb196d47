"""The single-page portal's services, started once for every variant, and the seed in the
header of the run (so a failure in `make test`'s sample can be replayed)."""

from __future__ import annotations

import pytest

from tests.support.spa_stack import spa_services

from .combinations import EVERYTHING, SEED


def pytest_report_header() -> str:
    if EVERYTHING:
        return "varianter: alla (parvis täckning)"
    return f"varianter: urval med frö {SEED} (upprepa med MINASIDOR_VARIANT_SEED={SEED})"


@pytest.fixture(scope="session")
def variant_services(tmp_path_factory):
    with spa_services(tmp_path_factory.mktemp("varianttjanster")) as running:
        yield running
