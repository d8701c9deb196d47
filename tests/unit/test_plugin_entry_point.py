"""The spec engine is a pytest plugin of its own: outside this repository (no conftest, no
pyproject), an installed copy still gives the options and registers the rules' tags."""

from __future__ import annotations

import subprocess
import sys

from minasidor_spec.commands.spec_run import without_test_plugins


def _pytest(tmp_path, *arguments: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *without_test_plugins(), *arguments],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return run.stdout


def test_options_come_from_the_entry_point(tmp_path):
    help_text = _pytest(tmp_path, "--help")
    for option in (
        "--target=PROFIL.toml",
        "--mail-api=URL",
        "--bankid-app=URL",
        "--report-extras=FIL",
        "--scenario-progress",
    ):
        assert option in help_text


def test_rule_and_capability_tags_are_registered_markers(tmp_path):
    markers = _pytest(tmp_path, "--markers")
    assert "@pytest.mark.H13: hjälpsidans regel H13" in markers
    assert "@pytest.mark.bankid: needs our fake BankID" in markers
