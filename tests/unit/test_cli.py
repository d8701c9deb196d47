"""The command line (`minasidor-spec`, `python -m minasidor_spec`): every subcommand answers
--help with exit 0 and touches nothing; an unknown one is refused; the installed command exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minasidor_spec.cli import main

SUBCOMMANDS = ("spec", "report", "merge-report", "compare", "bench", "soak", "mutants", "browser")


@pytest.mark.parametrize("command", ["", *SUBCOMMANDS])
def test_every_subcommand_answers_help_and_touches_nothing(command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "index.html").write_text("kvar", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main([*([command] if command else []), "--help"])
    assert stopped.value.code == 0
    said = capsys.readouterr().out
    assert "usage: minasidor-spec" in said
    assert (tmp_path / "report" / "index.html").read_text(encoding="utf-8") == "kvar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_spec_help_names_the_exit_codes_and_passes_the_rest_to_pytest(capsys):
    with pytest.raises(SystemExit):
        main(["spec", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "3 målmiljön svarade inte" in said and "Övriga flaggor går till pytest" in said


def test_an_unknown_subcommand_is_refused(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["rapportera"])
    assert stopped.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_the_installed_command_is_the_same_command_line():
    command = Path(sys.executable).with_name("minasidor-spec")
    run = subprocess.run([str(command), "compare", "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "usage: minasidor-spec compare" in run.stdout
