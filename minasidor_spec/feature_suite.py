"""Every scenario of the help page's features, bound to pytest (pytest-bdd). `python -m
minasidor_spec spec` runs this module; so does `pytest --pyargs minasidor_spec.feature_suite`
with an installed copy. The steps come from the plugin (minasidor_spec.steps)."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import scenarios


def features_folder() -> Path:
    """Installed, the features are package data beside this module; in the repository they are
    its top-level features/ (the wheel maps that folder to minasidor_spec/features)."""
    here = Path(__file__).resolve().parent
    installed = here / "features"
    return installed if installed.is_dir() else here.parent / "features"


FEATURES = features_folder()
SUITE = Path(__file__).resolve()  # what a run of the features names to pytest

scenarios(str(FEATURES))
