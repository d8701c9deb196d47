"""The run's verdict is the help page's: it passes only when every rule it judges is proven by
its own scenarios (those tagged @bevis) or declared out of scope by the target's profile. The
verdict is minasidor_spec.judging.judge's, from the run record the collector keeps.

`-m` judges only the rules its expression selects (the others are "inte bedömd", said as such);
`-k`, `--deselect` and node ids that leave a rule's proof out leave that rule "inte bevisad", and
the run fails. A shard (--shard) fails only on failures: its rules are judged when the shards are
merged. The exit code is the judge's: 0 every rule held, 1 a rule failed or is unproven, 3 the
target did not answer, 4 the profile, a secret, the test data or the browser stopped the run."""

from __future__ import annotations

import pytest
from _pytest.mark.expression import Expression

from minasidor_spec.common.rules import RULES
from minasidor_spec.common.scenario_items import bound_templates, scenario_key, template
from minasidor_spec.judging.causes import PROFILE
from minasidor_spec.judging.judge import judge, summary_lines
from minasidor_spec.judging.stops import STOPPED_KEY, stop_run
from minasidor_spec.judging.verdicts import CORE_TAG, Proof, to_json
from minasidor_spec.run.collector import VERDICTS_KEY
from minasidor_spec.target.capabilities import ASSISTED_TAG

COLLECTOR = "minasidor-report-collector"
# pytest's own exit statuses the judge's code replaces: all passed, some failed, and
# pytest-rerunfailures' 7 (a flaky test with --fail-on-flaky).
JUDGED_STATUSES = (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED, 7)

OWN_SECTION_TAGS = frozenset({"tangentbord"})  # shown in a section of their own, deciding no rule
OUT_OF_SCOPE = "Hoppas över: utanför målmiljöns omfång enligt profilen ([scope]: {reasons})."


def tags_of(scenario) -> set[str]:
    tags = set(scenario.tags) | set(scenario.feature.tags)
    if scenario.rule is not None:
        tags |= set(scenario.rule.tags)
    return tags


def rules_decided(tags: set[str]) -> tuple[str, ...]:
    """The rules a scenario with `tags` decides (keyboard-only scenarios decide none)."""
    if tags & OWN_SECTION_TAGS:
        return ()
    return tuple(sorted((tag for tag in tags if tag in RULES), key=lambda rule: int(rule[1:])))


def proofs_of(templates, assisted: bool = False) -> dict[str, list[Proof]]:
    """Per rule, the scenarios that prove it (tagged @bevis), with their number of runs. With
    BankID's own test environment (assisted), the BankID proofs are those a person can play."""
    proofs: dict[str, list[Proof]] = {}
    for scenario in templates:
        tags = tags_of(scenario)
        if CORE_TAG not in tags or (assisted and "bankid" in tags and ASSISTED_TAG not in tags):
            continue
        runs = sum(len(examples.examples) for examples in scenario.examples) or 1
        for rule in rules_decided(tags):
            proofs.setdefault(rule, []).append(Proof(scenario_key(scenario), runs))
    return proofs


def judged_rules(config: pytest.Config) -> set[str]:
    """The rules a `-m` expression selects (all without one)."""
    rules = set(RULES)
    expression = config.option.markexpr
    if expression:
        compiled = Expression.compile(expression)
        rules = {rule for rule in rules if compiled.evaluate(lambda name, rule=rule, **_: name in (rule, CORE_TAG))}
    return rules


def narrowed(config: pytest.Config) -> bool:
    """Did -k, --deselect or node ids choose the scenarios (so that proofs may be left out)?"""
    return bool(
        config.option.keyword or getattr(config.option, "deselect", None) or any("::" in arg for arg in config.args)
    )


class RuleGate:
    def __init__(self, config: pytest.Config, scope: dict[str, str], assisted: bool = False, quarantine=None):
        self.config, self.scope, self.assisted = config, scope, assisted
        self.quarantine: dict[str, dict] = quarantine or {}
        self.proofs: dict[str, list[Proof]] = {}
        self.summarized = False  # the console's closing lines are written once

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]):
        """Scenarios whose every rule is out of the target's scope are skipped, saying so."""
        for item in items:
            scenario = template(item)
            rules = rules_decided(tags_of(scenario)) if scenario is not None else ()
            if rules and all(rule in self.scope for rule in rules):
                reasons = "; ".join(f"{rule}: {self.scope[rule]}" for rule in rules)
                item.add_marker(pytest.mark.skip(reason=OUT_OF_SCOPE.format(reasons=reasons)))

    @pytest.hookimpl
    def pytest_collection_finish(self, session: pytest.Session):
        self.proofs = proofs_of(bound_templates(), self.assisted)
        self.quarantine = self._quarantined(bound_templates())

    def _quarantined(self, scenarios) -> dict[str, dict]:
        """The profile's [[quarantine]] by "Feature: Scenario"; a name no scenario has stops the run."""
        keys = {scenario_key(s): scenario_key(s) for s in scenarios} | {s.name: scenario_key(s) for s in scenarios}
        unknown = [name for name in self.quarantine if name not in keys]
        if unknown:
            stop_run(
                self.config,
                PROFILE,
                f"Målprofilens [[quarantine]] nämner scenarier som inte finns: {', '.join(map(repr, unknown))}. "
                "Skriv scenariots namn som i featurefilen (eller ”Egenskap: Scenario”).",
            )
        return {keys[name]: entry for name, entry in self.quarantine.items()}

    def record_rules(self) -> dict:
        return {
            "proofs": to_json(self.proofs),
            "judged": sorted(judged_rules(self.config)),
            "scope": self.scope,
            "sharded": bool(self.config.getoption("shard", None)),
            "narrowed": narrowed(self.config),
            "quarantine": self.quarantine,
        }

    @pytest.hookimpl(wrapper=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus):
        """Judge the record before the collector writes it; the exit code is the judge's, set
        after every other plugin's (pytest-rerunfailures' 7 for a flaky run becomes 1)."""
        collector = self.config.pluginmanager.get_plugin(COLLECTOR)
        judgement = None
        if collector is not None and (collector.extras or STOPPED_KEY in self.config.stash):
            rules = self.record_rules()
            judgement = judge(collector.record(rules))
            self.config.stash[VERDICTS_KEY] = {"record_rules": rules, "judgement": judgement}
        result = yield
        if judgement is not None and judgement.stopped and not self.summarized:
            self._say(summary_lines(judgement))  # pytest shows no summary after pytest.exit
        if judgement is not None and (
            session.exitstatus in (*JUDGED_STATUSES, judgement.exit_code) or judgement.stopped
        ):
            session.exitstatus = judgement.exit_code
        return result

    def _say(self, lines: list[str]) -> None:
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is None:
            return
        reporter.ensure_newline()
        for line in lines:
            reporter.write_line(line)

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter):
        found = self.config.stash.get(VERDICTS_KEY, None)
        if found is None:
            return
        self.summarized = True
        self._say(summary_lines(found["judgement"]))
        if found["record_rules"]["sharded"]:
            terminalreporter.write_line(
                "  (En delkörning: reglernas bevis bedöms när delarna slås ihop, make report-merge.)"
            )
