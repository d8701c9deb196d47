"""`pip install .` in a fresh virtual environment is all a QA engineer needs: pytest gets the
spec's options from the entry point, and the features run from the installed package (not from
this repository) against a portal named by its base URL. No top-level `pages` or `steps` lands
in site-packages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reference_app.embedded import EmbeddedStack
from tests.support.spec_run import rule_lines

ROOT = Path(__file__).resolve().parents[2]
UV = Path(sys.executable).with_name("uv")  # pinned in constraints.txt; pip where it is missing (slower)


def _install(repository: Path, venv: Path) -> Path:
    """`repository` as a wheel in a new venv, its pinned dependencies from constraints.txt."""
    if UV.exists():
        subprocess.run([str(UV), "venv", "--quiet", str(venv)], check=True, timeout=120)
        install = [str(UV), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python")]
    else:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
        install = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run(
        [*install, "-c", str(repository / "constraints.txt"), str(repository)],
        check=True,
        timeout=600,
        capture_output=True,
    )
    return venv / "bin"


def _not_sources(folder: str, names: list[str]) -> set[str]:
    """What building needs no copy of: the venv, git, reports, caches."""
    tracked = {
        "minasidor_spec",
        "pages",
        "steps",
        "features",
        "reference_app",
        "pyproject.toml",
        "constraints.txt",
        "README.md",
    }
    if Path(folder) == ROOT:
        return {name for name in names if name not in tracked}
    return {name for name in names if name == "__pycache__" or name.endswith(".egg-info")}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("kalla")  # a copy: building must not touch the working tree
    shutil.copytree(ROOT, source / "repo", ignore=_not_sources)
    return _install(source / "repo", tmp_path_factory.mktemp("venv") / "venv")


def test_the_wheel_installs_the_engine_and_no_top_level_pages_or_steps(installed: Path):
    site_packages = next((installed.parent / "lib").glob("python3*/site-packages"))
    assert not (site_packages / "pages").exists() and not (site_packages / "steps").exists()
    for part in ("pages/login_page.py", "steps/login_steps.py", "features/logga-ut.feature", "feature_suite.py"):
        assert (site_packages / "minasidor_spec" / part).exists(), part


def test_pytest_help_has_the_target_option_outside_the_repository(installed: Path, tmp_path):
    run = subprocess.run(
        [str(installed / "pytest"), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and "--target=PROFIL.toml" in run.stdout, run.stdout[-2000:] + run.stderr[-2000:]


def test_the_installed_features_run_against_a_base_url(installed: Path, tmp_path):
    where = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            "from minasidor_spec import feature_suite as f; print(f.SUITE); print(f.FEATURES)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert all("site-packages/minasidor_spec/" in line for line in where.stdout.split()), where
    with EmbeddedStack(str(tmp_path / "data")) as stack:
        run = subprocess.run(
            [
                str(installed / "python"),
                "-m",
                "minasidor_spec",
                "spec",
                "--report",
                str(tmp_path / "rapport"),
                "--base-url",
                stack.portal_url,
                "--mail-api",
                stack.mail_api_url,
                "--reference-portal",
                "-m",
                "H4 or H6",
                "--no-a11y",
                "-p",
                "no:cacheprovider",
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )
    output = run.stdout + run.stderr
    assert run.returncode == 0 and " passed" in output and "failed" not in output, output[-3000:]
    assert set(rule_lines(run)) == set(), rule_lines(run)
    assert (tmp_path / "rapport" / "index.html").exists()
