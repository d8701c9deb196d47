"""The run's modules that the plugin registers as pytest plugins (module objects): the fixtures
by concern, the back-forward cache check and the drift explanations."""

from __future__ import annotations

from minasidor_spec.run import back_forward, drift
from minasidor_spec.run.fixtures import FIXTURE_MODULES

RUN_MODULES = (*FIXTURE_MODULES, back_forward, drift)
