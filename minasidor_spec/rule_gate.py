"""The run's verdict is the help page's: it passes only when every rule it judges is proven by
its own scenarios (those tagged @bevis) or declared out of scope by the target's profile.

A failed, skipped or unselected proof makes the run fail, and the console says which rule and
why. `-m` judges only the rules its expression selects; `-k`, `--deselect` and node ids judge
only the rules whose proofs they all select (the others are "inte bedömd", said as such). A
shard (--shard) fails only on failures: its rules are judged when the shards are merged."""

from __future__ import annotations

from collections import Counter

import pytest
from _pytest.mark.expression import Expression

from .capabilities import ASSISTED_TAG
from .collector import EXPLANATION, REFERENCE_NOTE, VERDICTS_KEY, skip_reason
from .rules import RULES
from .scenario_items import bound_templates, scenario_key, template
from .verdicts import (
    ADVISORY,
    BROKEN,
    CORE_TAG,
    FAILED,
    PASSED,
    REFERENCE_DIFFERS,
    SKIPPED,
    Outcome,
    Proof,
    judge_all,
    rules_named,
    summary_lines,
)

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


def judged_rules(config: pytest.Config, selected: list[pytest.Item], proofs: dict[str, list[Proof]]) -> set[str]:
    rules = set(RULES)
    expression = config.option.markexpr
    if expression:
        compiled = Expression.compile(expression)
        rules = {rule for rule in rules if compiled.evaluate(lambda name, rule=rule, **_: name in (rule, CORE_TAG))}
    narrowed = (
        config.option.keyword or getattr(config.option, "deselect", None) or any("::" in arg for arg in config.args)
    )
    if narrowed:
        ran = Counter(scenario_key(template(item)) for item in selected if template(item) is not None)
        rules = {rule for rule in rules if proofs.get(rule) and all(ran[p.scenario] >= p.runs for p in proofs[rule])}
    return rules


class RuleGate:
    def __init__(self, config: pytest.Config, scope: dict[str, str], assisted: bool = False):
        self.config, self.scope, self.assisted = config, scope, assisted
        self.proofs: dict[str, list[Proof]] = {}
        self.judged: set[str] = set()
        self.keys: dict[str, tuple[str, tuple[str, ...]]] = {}  # node id -> (scenario, rules)
        self.outcomes: dict[str, Outcome] = {}

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
        for item in session.items:
            scenario = template(item)
            if scenario is not None:
                self.keys[item.nodeid] = (scenario_key(scenario), rules_decided(tags_of(scenario)))
        self.judged = judged_rules(self.config, session.items, self.proofs)

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport):
        if report.nodeid not in self.keys:
            return
        scenario, rules = self.keys[report.nodeid]
        known = self.outcomes.get(report.nodeid)
        if known is not None and known.outcome == FAILED:
            return
        if report.failed:
            said = next((value for key, value in report.user_properties if key == EXPLANATION), None)
            crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
            self.outcomes[report.nodeid] = Outcome(
                scenario, rules, FAILED, (said or crash or "misslyckades")[:300], rules_named(said)
            )
        elif report.when == "call" and hasattr(report, "wasxfail"):
            differs = next((value for key, value in report.user_properties if key == REFERENCE_NOTE), None)
            self.outcomes[report.nodeid] = Outcome(
                scenario, rules, REFERENCE_DIFFERS if differs else ADVISORY, differs or report.wasxfail
            )
        elif report.skipped:
            self.outcomes[report.nodeid] = Outcome(scenario, rules, SKIPPED, skip_reason(report) or "")
        elif report.when == "call":
            self.outcomes[report.nodeid] = Outcome(scenario, rules, PASSED)

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus):
        if not self.keys:
            return
        verdicts = judge_all(self.proofs, list(self.outcomes.values()), self.scope, self.judged)
        sharded = bool(self.config.getoption("shard", None))
        self.config.stash[VERDICTS_KEY] = {
            "verdicts": verdicts,
            "proofs": self.proofs,
            "judged": self.judged,
            "scope": self.scope,
            "sharded": sharded,
        }
        unproven = [v for v in verdicts if not v.green and not (sharded and v.state != BROKEN)]
        if unproven and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter):
        found = self.config.stash.get(VERDICTS_KEY, None)
        if found is None:
            return
        terminalreporter.ensure_newline()
        for line in summary_lines(found["verdicts"]):
            terminalreporter.write_line(line)
        if found["sharded"]:
            terminalreporter.write_line(
                "  (En delkörning: reglernas bevis bedöms när delarna slås ihop, make report-merge.)"
            )
