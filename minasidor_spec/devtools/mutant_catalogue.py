"""Behavioural mutants of the reference stack: each breaks one help-page rule (H1-H13) or one
security promise in a way a customer could see. `make mutants` runs the features against each
and counts which ones the features kill."""

from __future__ import annotations

from minasidor_spec.devtools import mutants_first_time, mutants_login
from minasidor_spec.devtools.mutant_model import Edit, Mutant

__all__ = ["MUTANTS", "Edit", "Mutant"]

MUTANTS = [*mutants_login.MUTANTS, *mutants_first_time.MUTANTS]
