"""The engine's rooms import downwards only, with no cycle among a package's modules:
import-linter's contracts ([tool.importlinter] in pyproject.toml), run on the layout the wheel
installs (pages/ and steps/ inside the engine, as [tool.setuptools.package-dir] maps them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_a_page_object_that_imports_the_run_breaks_the_rooms(tmp_path):
    layout = installed_layout(tmp_path)
    finder = layout / "minasidor_spec" / "pages" / "finder.py"
    finder.write_text(finder.read_text() + "\nfrom minasidor_spec.run import fixtures  # noqa\n")
    run = _lint_imports(layout)
    assert run.returncode != 0
    assert "minasidor_spec.pages is not allowed to import minasidor_spec.run" in run.stdout
    assert "minasidor_spec.pages.finder -> minasidor_spec.run.fixtures" in run.stdout


def test_the_reference_stack_may_not_import_the_engine(tmp_path):
    layout = installed_layout(tmp_path)
    demo = layout / "reference_app" / "portal" / "demo.py"
    demo.write_text(demo.read_text() + "\nfrom minasidor_spec.common import rules  # noqa\n")
    run = _lint_imports(layout)
    assert "reference_app is not allowed to import minasidor_spec.common" in run.stdout


def test_a_cycle_between_two_modules_of_one_room_is_named(tmp_path):
    layout = installed_layout(tmp_path)
    causes = layout / "minasidor_spec" / "judging" / "causes.py"
    causes.write_text(causes.read_text() + "\nfrom minasidor_spec.judging import judge  # noqa\n")
    run = _lint_imports(layout)
    assert run.returncode != 0 and "No cycles are allowed in minasidor_spec.judging" in run.stdout
