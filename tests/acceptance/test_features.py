"""The features (minasidor_spec.feature_suite) in make test: its scenarios, collected here."""

from minasidor_spec.feature_suite import *  # noqa: F403 (the scenarios pytest-bdd bound there)
