"""Scaling out (issue 13): the suite through a Playwright browser server (`playwright
run-server`, the driver the Python package ships) instead of a local browser, and three shards
merged into one report with the same rule verdicts and scenarios as one run."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys

import pytest

from minasidor_spec.merge_report import merge
from tests.support.spec_run import run_spec, summary

SUBSET = "H6 and not tangentbord"  # the logout scenarios: four, quick, and each with a screenshot


@pytest.fixture(scope="module")
def browser_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Its own process group: `python -m playwright` starts the Node.js driver as a child.
    server = subprocess.Popen([sys.executable, "-m", "playwright", "run-server", "--host", "127.0.0.1",
                               "--port", str(port), "--unsafe"], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    assert "Listening on" in server.stdout.readline()  # it says so once it accepts clients
    yield f"ws://127.0.0.1:{port}/"
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=10)
    server.stdout.close()


def _verdicts(report_dir) -> dict[str, str]:
    html = (report_dir / "index.html").read_text(encoding="utf-8")
    return dict((rule, verdict) for verdict, rule in re.findall(r'<section class="rule (\w+)" id="(H\d+)">', html))


def _scenarios(report_dir) -> set[str]:
    cucumber = json.loads((report_dir / "cucumber.json").read_text(encoding="utf-8"))
    return {element["id"] for feature in cucumber for element in feature.get("elements", [])}


def test_remote_browser_then_three_shards_merge_to_the_same_verdicts(tmp_path, browser_server):
    single = tmp_path / "en-korning"
    run = run_spec(single, "-m", SUBSET, "--browser-endpoint", browser_server, timeout=300)
    assert run.returncode == 0 and "4 passed" in summary(run), run.stdout[-3000:] + run.stderr[-2000:]
    html = (single / "index.html").read_text(encoding="utf-8")
    shots = html.count('src="data:image/jpeg;base64,')
    assert shots >= 4  # one per window, taken in the remote browser

    shards = [tmp_path / f"del-{k}" for k in (1, 2, 3)]
    ran = []
    for k, shard in enumerate(shards, start=1):
        part = run_spec(shard, "-m", SUBSET, "--shard", f"{k}/3", timeout=300)
        assert part.returncode == 0, part.stdout[-3000:] + part.stderr[-2000:]
        ran.append(_scenarios(shard))
    assert all(ran) and sum(len(r) for r in ran) == len(set().union(*ran)) == 4  # each once, none idle

    merged = tmp_path / "ihopslagen"
    assert merge(shards, merged) == 0
    assert _scenarios(merged) == _scenarios(single)
    assert _verdicts(merged) == _verdicts(single) and _verdicts(single)["H6"] == "passed"
    assert len(list((merged / "skarmbilder").glob("*.png"))) == shots
