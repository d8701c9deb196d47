"""The features in a child pytest, read back from its JUnit XML: what the bench, the soak and
the mutants each need (one scenario's name, time and outcome per test case)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from minasidor_spec.commands.spec_run import FEATURES, without_test_plugins


@dataclass(frozen=True)
class Case:
    name: str  # pytest's name for the scenario ("test_...")
    seconds: float  # setup + call + teardown
    outcome: str  # "passed", "failed" (a failure or an error) or "skipped"


@dataclass(frozen=True)
class ChildRun:
    exit_code: int
    cases: list[Case]

    @property
    def failed(self) -> list[Case]:
        return [case for case in self.cases if case.outcome == "failed"]


def _outcome(case: ElementTree.Element) -> str:
    if case.find("failure") is not None or case.find("error") is not None:
        return "failed"
    return "skipped" if case.find("skipped") is not None else "passed"


def child_run(
    *arguments: str,
    cwd: Path | None = None,
    env: dict | None = None,
    output=None,
    timeout: float | None = None,
    suite: list[str] | None = None,
) -> ChildRun:
    """`pytest --pyargs minasidor_spec.feature_suite -q` (without the test suite's own plugins) with
    `arguments`, in a child process; its output to `output` (a file) or the console. `suite`:
    other tests to run in place of the features (node ids)."""
    with tempfile.TemporaryDirectory(prefix="minasidor-features-") as folder:
        junit = Path(folder) / "junit.xml"
        exit_code = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                *(suite or FEATURES),
                *without_test_plugins(),
                "-q",
                *arguments,
                f"--junitxml={junit}",
            ],
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT if output is not None else None,
            timeout=timeout,
        ).returncode
        cases = list(ElementTree.parse(junit).getroot().iter("testcase")) if junit.exists() else []
        return ChildRun(
            exit_code, [Case(case.get("name", "?"), float(case.get("time", 0)), _outcome(case)) for case in cases]
        )
