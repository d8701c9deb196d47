"""`minasidor-spec plan`: before a run, the scenarios selected and the test customers they use
up per role, counted from the features (the pre-flight's count), against the profile's pool."""

from __future__ import annotations

import re
import subprocess
import sys


def plan(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "minasidor_spec", "plan", *arguments], capture_output=True, text=True, timeout=120
    )


def test_a_short_pool_is_named_before_the_run(tmp_path):
    profile = tmp_path / "staging.toml"
    profile.write_text(
        'name = "Staging"\nbase_url = "https://staging.example"\n'
        '[customers.privatkund]\nkundnummer = "1"\nname = "A"\n'
        '[[customers."privatkund utan e-postadress"]]\nkundnummer = "2"\nname = "B"\npersonnummer = "191212121212"\n',
        encoding="utf-8",
    )
    run = plan("--target", str(profile), "-m", "H9")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Målmiljö: Staging" in run.stdout
    needed = re.search(r"'privatkund utan e-postadress': (\d+), profilen har 1 oanvända", run.stdout)
    assert needed and int(needed.group(1)) > 1 and f"{int(needed.group(1)) - 1} för få" in run.stdout, run.stdout
    scenarios = int(re.search(r"Scenarier som väljs: (\d+)", run.stdout).group(1))
    everything = int(re.search(r"Scenarier som väljs: (\d+)", plan("--target", str(profile)).stdout).group(1))
    assert 0 < scenarios < everything


def test_the_embedded_stack_makes_its_customers():
    run = plan("-m", "H3 and bevis")
    assert run.returncode == 0 and "Testkunder som förbrukas: inga" in run.stdout, run.stdout + run.stderr
    run = plan("-m", "H11")
    assert "(testläget skapar dem)" in run.stdout


def test_a_bad_profile_stops_with_its_reason(tmp_path):
    run = plan("--target", str(tmp_path / "saknas.toml"))
    assert run.returncode == 4 and "saknas.toml" in run.stderr + run.stdout
