"""The QA engineer's regression run, end to end: the reference portal started on its own
(under gunicorn, two worker processes sharing SQLite), and the suite pointed at it through the
commented example profile, as `make spec TARGET=targets/exempel.toml` does. The scenarios run
are those whose state crosses worker processes (sessions and logout, mailed links, the first
login); the whole suite runs on the embedded stack and on the other portal."""

from __future__ import annotations

import re
import socket
import urllib.parse
from pathlib import Path

import pytest

from minasidor_spec.target.profile import load_profile
from reference_app.embedded import EmbeddedStack
from tests.support.spec_run import run_spec, summary

EXAMPLE = Path(__file__).resolve().parents[2] / "targets" / "exempel.toml"
ACROSS_WORKERS = "H6 or H11 or H13"


def _port(url: str) -> int:
    return urllib.parse.urlsplit(url).port


def _busy(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_example_profile_passes_against_a_separately_started_gunicorn_portal(tmp_path):
    profile = load_profile(EXAMPLE)
    ports = {
        "portal": _port(profile.portal.url),
        "mail": _port(profile.mail.api_url),
        "smtp": 1025,
        "bankid": _port(profile.bankid.app_url),
    }
    busy = [f"{name} {port}" for name, port in ports.items() if _busy(port)]
    if busy:
        pytest.skip(f"Portarna i exempelprofilen är upptagna ({', '.join(busy)}): stoppa den andra referensmiljön.")
    with EmbeddedStack(str(tmp_path / "data"), ports=ports, workers=2) as stack:
        assert stack.portal_url == profile.portal.url
        # Screenshots only of failures and no traces: this run proves the verdicts, not the report's pictures.
        run = run_spec(
            tmp_path / "rapport",
            "--target",
            str(EXAMPLE),
            "-m",
            ACROSS_WORKERS,
            "--no-a11y",
            "--screenshot=only-on-failure",
            "--tracing=off",
            "--failure-traces=none",
        )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert re.fullmatch(r"\d+ passed, \d+ deselected in .*", summary(run)), f"Inte alla godkändes: {summary(run)}"
    report = (tmp_path / "rapport" / "index.html").read_text(encoding="utf-8")
    assert "ordalydelsen kontrollerades inte" not in report.split('id="ord"', 1)[1]  # its own wording, checked
