"""The run's verdict is the help page's: a child pytest runs a small feature whose scenarios
pass, fail or skip as their steps say, and its exit code and closing lines say which rules are
proven, which are not and why, which the selection left out, and what the profile puts out of
scope; a @referensbeslut scenario that fails on another target decides no rule."""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from minasidor_spec.commands.spec_run import without_test_plugins

FEATURE = """# language: sv
Egenskap: Regler

  @H1 @bevis
  Scenariomall: H1 i två exempel
    Givet att det går <hur>

    Exempel:
      | hur |
      | bra |
      | bra |

  @H1 @bevis @mobil
  Scenario: H1 en gång till
    Givet att det går bra

  @H1
  Scenario: H1 vid sidan av
    Givet att det hoppas över

  @H2 @bevis
  Scenario: H2 hoppas över
    Givet att det hoppas över

  @H3 @bevis
  Scenario: H3 går bra
    Givet att det går bra

  @H3
  Scenario: H3 vid sidan av går fel
    Givet att det går fel

  @H4 @bevis
  Scenario: H4 går bra
    Givet att det går bra

  @H4 @referensbeslut
  Scenario: H4:s referensbeslut går fel
    Givet att referensbeslutet bryts
"""

STEPS = '''
import pytest
from pytest_bdd import given, scenarios

scenarios("regler.feature")


@pytest.fixture
def _preflight_first():
    """These scenarios open no page: no walk of the target before them."""


@given("att det går bra")
def goes_well():
    pass


@given("att det går fel")
def goes_wrong():
    raise AssertionError("Det här gick fel.")


@given("att referensbeslutet bryts")
def decision_broken():
    from minasidor_spec.pages.deviations import RuleBroken

    raise RuleBroken("H4", "rutan har en annan ordalydelse")


@given("att det hoppas över")
def skipped():
    pytest.skip("Hoppas över: något saknas.")
'''


@pytest.fixture
def suite(tmp_path):
    (tmp_path / "regler.feature").write_text(FEATURE, encoding="utf-8")
    (tmp_path / "test_regler.py").write_text(STEPS, encoding="utf-8")
    return tmp_path


def _run(folder, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "test_regler.py",
            *without_test_plugins(),
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            *arguments,
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def somewhere():
    """A site that answers, for a profile's base_url (the scenarios here never open it)."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _profile(folder, url: str, text: str = "") -> str:
    path = folder / "mal.toml"
    path.write_text(f'base_url = "{url}"\n{text}', encoding="utf-8")
    return str(path)


def test_a_rule_whose_proofs_all_pass_is_proven_and_the_run_passes(suite):
    run = _run(suite, "-m", "H1")
    assert run.returncode == 0, run.stdout[-3000:]
    assert "Hjälpsidans regler: 1 bevisade, 12 inte bedömda." in run.stdout


def test_a_skipped_proof_leaves_its_rule_unproven_and_fails_the_run(suite):
    run = _run(suite, "-m", "H2")
    assert run.returncode == 1 and "1 skipped" in run.stdout, run.stdout[-3000:]
    assert "  H2 inte bevisad: Regler: H2 hoppas över: Hoppas över: något saknas." in run.stdout


def test_a_failing_scenario_beside_the_proofs_breaks_its_rule(suite):
    run = _run(suite, "-m", "H3")
    assert run.returncode == 1, run.stdout[-3000:]
    said = "  H3 misslyckas: Avvikelse från hjälpsidan (H3) i steget ”Givet att det går fel”: Det här gick fel."
    assert said in run.stdout and "      1 scenario: Regler: H3 vid sidan av går fel" in run.stdout


def test_a_selection_that_leaves_out_a_proof_leaves_its_rule_unproven_and_fails_the_run(suite):
    run = _run(suite, "-k", "H1_en_gång_till")
    assert run.returncode == 1, run.stdout[-3000:]
    assert "Hjälpsidans regler: 0 bevisade, 13 inte bevisade." in run.stdout
    assert "  Inte bevisade, deras bevis valdes bort (-k, --deselect eller nod-id): H1, H2, H3, H4" in run.stdout


def test_an_unselected_proof_of_a_selected_rule_is_not_green(suite):
    run = _run(suite, "-m", "H1 and not mobil")
    assert run.returncode == 1 and "2 passed" in run.stdout, run.stdout[-3000:]
    assert "H1 inte bevisad: Regler: H1 en gång till: kördes inte" in run.stdout


def test_a_rule_out_of_the_profiles_scope_is_said_so_and_its_scenarios_are_skipped(suite, somewhere):
    run = _run(suite, "-m", "H2", "--target", _profile(suite, somewhere, '[scope]\nH2 = "Kräver en människa"\n'))
    assert run.returncode == 0, run.stdout[-3000:]
    assert "  H2 utanför omfånget: Kräver en människa" in run.stdout


def test_a_reference_decision_that_fails_on_another_target_decides_no_rule(suite, somewhere):
    foreign = _run(suite, "-m", "H4", "--target", _profile(suite, somewhere))
    assert foreign.returncode == 0 and "1 passed, 7 deselected, 1 xfailed" in foreign.stdout, foreign.stdout[-3000:]
    assert "Hjälpsidans regler: 1 bevisade" in foreign.stdout
    ours = _run(suite, "-m", "H4", "--target", _profile(suite, somewhere, "reference_portal = true\n"))
    assert ours.returncode == 1 and "1 failed, 1 passed" in ours.stdout, ours.stdout[-3000:]
    # On our own portal it fails the run as our decision broken, not as a deviation, and H4 holds.
    assert "  ✘ Referensportalens beslut bryts (H4)" in ours.stdout and "1 bevisade" in ours.stdout
    assert not [line for line in ours.stdout.splitlines() if line.startswith(("  H4 misslyckas", "  ✘ Avvikelse"))]
