"""The plugins that watch a run, registered once its target profile is read: privacy in what is
kept, the collector of the run record, the rule gate that judges (not in an xdist worker, which
runs a share), and where asked for the accessibility watch, the retrace of failures and the
progress lines."""

from __future__ import annotations

import pytest

from minasidor_spec.run.a11y_watch import AccessibilityWatch
from minasidor_spec.run.collector import Collector
from minasidor_spec.run.privacy import Privacy
from minasidor_spec.run.progress import Progress
from minasidor_spec.run.retrace import Retrace
from minasidor_spec.run.rule_gate import COLLECTOR, RuleGate
from minasidor_spec.target.deployment import ASSISTED


def register_watchers(config: pytest.Config) -> None:
    config.pluginmanager.register(Privacy(), "minasidor-privacy")
    config.pluginmanager.register(Collector(config, config.getoption("report_extras")), COLLECTOR)
    if not hasattr(config, "workerinput"):  # an xdist worker runs a share: the whole run is judged elsewhere
        profile = config.target_profile
        scope = profile.scope.out if profile is not None else {}
        assisted = profile is not None and profile.bankid.mode == ASSISTED
        quarantine = profile.scope.quarantine if profile is not None else {}
        config.pluginmanager.register(RuleGate(config, scope, assisted, quarantine), "minasidor-rule-gate")
    if config.getoption("no_a11y") and (config.getoption("a11y") or config.getoption("a11y_strict")):
        raise pytest.UsageError("--no-a11y går inte ihop med --a11y eller --a11y-strict: välj ett av dem.")
    scans = config.getoption("report_extras") or config.getoption("a11y") or config.getoption("a11y_strict")
    if scans and not config.getoption("no_a11y"):
        config.pluginmanager.register(AccessibilityWatch(config, config.getoption("a11y_strict")), "minasidor-a11y")
    if config.getoption("report_extras") and config.getoption("failure_traces") == "again":
        config.pluginmanager.register(Retrace(config), "minasidor-retrace")
    if config.getoption("scenario_progress"):
        config.pluginmanager.register(Progress(config), "minasidor-progress")
