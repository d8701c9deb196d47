"""The single-page portal's services, started once for every variant (the seed of `make test`'s
sample is drawn and printed by tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.support.spa_stack import spa_services


@pytest.fixture(scope="session")
def variant_services(tmp_path_factory):
    with spa_services(tmp_path_factory.mktemp("varianttjanster")) as running:
        yield running
