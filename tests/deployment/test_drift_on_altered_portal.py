"""Drift detection for real: a portal whose "Logga in" button has been renamed (test mode's
label renaming) makes the H5 scenario fail with the Swedish explanation naming the rule and
the label, in the console and in the product owner's report."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

from reference_app.embedded import EmbeddedStack
from tests.support.spec_run import run_spec


def _trace_types(trace: Path) -> Counter:
    with zipfile.ZipFile(trace) as archive:
        lines = [line for name in archive.namelist() if name.endswith(".trace")
                 for line in archive.read(name).decode("utf-8").splitlines()]
    return Counter(json.loads(line).get("type") for line in lines if line.strip())


EXPECTED = 'Avvikelse från hjälpsidan (H5): hittade inte knappen "Logga in"'


def test_renamed_login_button_is_reported_as_drift_from_the_help_page(tmp_path):
    renamed = {"MINASIDOR_TEST_RENAME_LABELS": "Logga in=Logga på"}
    report = tmp_path / "rapport"
    with EmbeddedStack(str(tmp_path / "data"), env=renamed) as stack:
        run = run_spec(report, "--base-url", stack.portal_url, "--mail-api", stack.mail_api_url, "--reference-portal",
                       "-k", "Privatkund_loggar_in_med_kundnummer_och_lösenord", timeout=300)
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 failed" in run.stdout
    assert f"✘ 1. Logga in med kundnummer och lösenord: Privatkund loggar in med kundnummer och lösenord\n      {EXPECTED}" \
        in run.stdout, run.stdout[-3000:]
    html = (report / "index.html").read_text(encoding="utf-8")
    assert EXPECTED.replace('"', "&#34;") in html
    traces = list((report / "spar").glob("*.zip"))
    # Run untraced; the failure once more with the trace on (retrace), the first run's verdict kept.
    assert "✘ misslyckades igen: test_privatkund_loggar_in_med_kundnummer_och_lösenord" in run.stdout
    assert "Spåret är från en andra körning av scenariot, som också misslyckades." in html
    assert len(traces) == 1 and traces[0].stat().st_size > 1000  # the Playwright trace of the failure
    assert f'href="spar/{traces[0].name}"' in html and 'src="data:image/jpeg;base64,' in html
    recorded = _trace_types(traces[0])
    assert recorded["frame-snapshot"] > 0 and recorded["before"] > 0  # the DOM before and after each action
    assert "screencast-frame" not in recorded  # a lean trace: no film of every paint
    assert 'id="tillganglighet"' in html and "axe-core (WCAG 2.1 A och AA)" in html
