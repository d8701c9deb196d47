"""`minasidor-spec plan [--target PROFIL.toml] [-m UTTRYCK] [-k UTTRYCK]`: before a run, the
scenarios it would select and the test customers they use up, per role, against what the
target has (its unused pool, or that it makes them). The count is the pre-flight's own
(test_data.customers_used): nowhere written by hand. Without probing the target, scenarios that
need something it may lack (@epost, @bankid, @klocka) are counted; the pre-flight counts exactly
once the run starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minasidor_spec.commands.spec_run import FEATURES, without_test_plugins
from minasidor_spec.common.scenario_items import template
from minasidor_spec.common.settings import ExitCode
from minasidor_spec.steps.customer_use import used_up_by
from minasidor_spec.target.customers import PRIVATE
from minasidor_spec.target.test_data import TestData, customers_used


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Loaded with -p minasidor_spec.commands.plan: the plan printed, nothing run."""
    scenarios = [item for item in items if template(item) is not None]
    profile = getattr(config, "target_profile", None)
    print("\n".join(plan_lines(profile, scenarios, config.getoption("test_data_state", None))))
    config.hook.pytest_deselected(items=list(items))
    items[:] = []


def plan_lines(profile, scenarios: list[pytest.Item], state: str | None) -> list[str]:
    makes = profile is None or bool(profile.customers.provisioning)
    private = ((profile.customers.known or {}).get(PRIVATE) or []) if profile is not None else []
    needed = customers_used(scenarios, bool(private and private[0].email) and not makes, used_up_by)
    where = "den inbyggda referensmiljön" if profile is None else profile.title
    lines = [f"Målmiljö: {where}", f"Scenarier som väljs: {len(scenarios)}"]
    if not needed:
        return [*lines, "Testkunder som förbrukas: inga"]
    lines.append("Testkunder som förbrukas, per roll:")
    if makes:
        how = "testläget skapar dem" if profile is None else "[provisioning] skapar dem"
        return lines + [f"  {role!r}: {count} ({how})" for role, count in sorted(needed.items())]
    target = profile.with_state(Path(state)) if state else profile
    rows = TestData(target, None).unused(needed)
    lines += [
        f"  {role!r}: {count}, profilen har {unused} oanvända"
        + ("" if unused >= count else f" – {count - unused} för få")
        for role, count, unused in rows
    ]
    lines.append(
        "  (har målmiljön testläge skapar den kunderna själv; förkontrollen räknar exakt när körningen börjar)"
    )
    return lines


def main(arguments: list[str]) -> int:
    """pytest as a child (it imports the plugin itself), selecting as `spec` would, running nothing."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *FEATURES,
            *without_test_plugins(),
            "-p",
            "no:randomly",
            "-p",
            "no:terminal",
            "-p",
            "minasidor_spec.commands.plan",
            "--capture=no",
            *arguments,
        ]
    )
    if run.returncode not in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        print(f"FEL: scenarierna gick inte att välja (pytest avslutade med {run.returncode}).", file=sys.stderr)
        return ExitCode.SETUP if run.returncode == pytest.ExitCode.USAGE_ERROR else run.returncode
    return ExitCode.DONE
