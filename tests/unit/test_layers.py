"""The engine's rooms import downwards only, with no cycle among a package's modules:
import-linter's contracts ([tool.importlinter] in pyproject.toml), run on the layout the wheel
installs (pages/ and steps/ inside the engine, as [tool.setuptools.package-dir] maps them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.installed_layout import ROOT, installed_layout, layout_environment

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(layout: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(layout / "pyproject.toml")],
        cwd=layout,
        env=layout_environment(layout),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_rooms_import_downwards_only_and_without_cycles(tmp_path):
    run = _lint_imports(installed_layout(tmp_path))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 2 kept, 0 broken." in run.stdout
    analysed = int(run.stdout.split("Analyzed ")[1].split(" files")[0])
    assert analysed > len(list((ROOT / "pages").glob("*.py"))) + len(list((ROOT / "minasidor_spec").rglob("*.py")))


# (module given an import it must not have, the import, what lint-imports must say)
BREAKS = {
    "a page object imports the run": (
        "minasidor_spec/pages/finder.py",
        "from minasidor_spec.run import fixtures",
        [
            "minasidor_spec.pages is not allowed to import minasidor_spec.run",
            "minasidor_spec.pages.finder -> minasidor_spec.run.fixtures",
        ],
    ),
    "the reference stack imports the engine": (
        "reference_app/portal/demo.py",
        "from minasidor_spec.common import rules",
        ["reference_app is not allowed to import minasidor_spec.common"],
    ),
    "two modules of one room import each other": (
        "minasidor_spec/judging/causes.py",
        "from minasidor_spec.judging import judge",
        ["No cycles are allowed in minasidor_spec.judging"],
    ),
}


@pytest.mark.parametrize("case", BREAKS)
def test_an_import_against_the_rooms_is_named(tmp_path, case):
    module, added, said = BREAKS[case]
    layout = installed_layout(tmp_path)
    path = layout / module
    path.write_text(path.read_text() + f"\n{added}  # noqa\n")
    run = _lint_imports(layout)
    assert run.returncode != 0
    assert [line for line in said if line not in run.stdout] == [], run.stdout
