"""Scaling out (issue 13): three shards merged into one report with every scenario once and the
rule's verdict, one of the shards run through a Playwright browser server (`playwright
run-server`, the driver the Python package ships) instead of a local browser."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys

import pytest

from minasidor_spec.commands.spec_run import without_test_plugins
from minasidor_spec.reporting.merge_report import merge
from tests.support.spec_run import ROOT, run_spec

SUBSET = "H6 and not tangentbord"  # the logout scenarios: four, quick, and each with a screenshot


@pytest.fixture(scope="module")
def browser_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Its own process group: `python -m playwright` starts the Node.js driver as a child.
    server = subprocess.Popen(
        [sys.executable, "-m", "playwright", "run-server", "--host", "127.0.0.1", "--port", str(port), "--unsafe"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert "Listening on" in server.stdout.readline()  # it says so once it accepts clients
    yield f"ws://127.0.0.1:{port}/"
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=10)
    server.stdout.close()


def _verdicts(report_dir) -> dict[str, str]:
    html = (report_dir / "index.html").read_text(encoding="utf-8")
    return dict((rule, verdict) for verdict, rule in re.findall(r'<section class="rule (\w+)" id="(H\d+)">', html))


def _scenarios(report_dir) -> set[str]:
    record = json.loads((report_dir / "korning.json").read_text(encoding="utf-8"))
    return {name for name, entry in record["scenarios"].items() if entry.get("outcome") != "not_run"}


def _subset_ids() -> set[str]:
    """The scenarios SUBSET selects, as the run record names them (collected, not run)."""
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/acceptance",
            *without_test_plugins(),
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            SUBSET,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return {line.rsplit("::", 1)[1] for line in listed.stdout.splitlines() if "::" in line}


def test_three_shards_one_in_a_remote_browser_merge_to_every_scenario_once(tmp_path, browser_server):
    shards = [tmp_path / f"del-{k}" for k in (1, 2, 3)]
    ran, shots = [], 0
    for k, shard in enumerate(shards, start=1):
        remote = ["--browser-endpoint", browser_server] if k == 1 else []  # shard 1 in the browser server
        part = run_spec(shard, "-m", SUBSET, "--shard", f"{k}/3", *remote, "--no-a11y", timeout=300)
        assert part.returncode == 0, part.stdout[-3000:] + part.stderr[-2000:]
        ran.append(_scenarios(shard))
        shots += (shard / "index.html").read_text(encoding="utf-8").count('src="data:image/jpeg;base64,')
    assert all(ran) and sum(len(r) for r in ran) == len(set().union(*ran)) == 4  # each once, none idle
    assert shots >= 4  # one per window at least, those of shard 1 taken in the remote browser
    merged = tmp_path / "ihopslagen"
    assert merge(shards, merged) == 0
    assert _scenarios(merged) == set().union(*ran) and len(_subset_ids()) == 4  # all that SUBSET selects
    assert _verdicts(merged)["H6"] == "bevisad"
    assert (merged / "junit.xml").read_text(encoding="utf-8").count("<testcase ") == 4  # the merge's JUnit
    assert len(list((merged / "skarmbilder").glob("*.png"))) == shots
