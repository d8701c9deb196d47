"""Drift detection for real: a portal whose "Logga in" button has been renamed (test mode's
label renaming) makes the H5 scenario fail with the Swedish explanation naming the rule and
the label, in the console and in the product owner's report. The pre-flight found the word
missing, so the failure is not run again for a trace: the table already says it all."""

from __future__ import annotations

from reference_app.embedded import EmbeddedStack
from tests.support.spec_run import run_spec

EXPECTED = 'Avvikelse från hjälpsidan (H5): hittade inte knappen "Logga in"'


def test_renamed_login_button_is_reported_as_drift_from_the_help_page(tmp_path):
    renamed = {"MINASIDOR_TEST_RENAME_LABELS": "Logga in=Logga på"}
    report = tmp_path / "rapport"
    with EmbeddedStack(str(tmp_path / "data"), env=renamed) as stack:
        run = run_spec(
            report,
            "--base-url",
            stack.portal_url,
            "--mail-api",
            stack.mail_api_url,
            "--reference-portal",
            "-k",
            "privatkund_loggar_in_med_kundnummer_och_lösenord",
            timeout=300,
        )
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 failed" in run.stdout
    assert (
        f"✘ 1. Logga in med kundnummer och lösenord: En privatkund loggar in med kundnummer och lösenord\n      {EXPECTED}"
        in run.stdout
    ), run.stdout[-3000:]
    assert '✘ knappen "Logga in" (H5): saknas' in run.stdout  # the pre-flight's table
    assert "H5 misslyckas: Logga in med kundnummer och lösenord: En privatkund loggar in" in run.stdout
    html = (report / "index.html").read_text(encoding="utf-8")
    assert EXPECTED.replace('"', "&#34;") in html and 'src="data:image/jpeg;base64,' in html
    assert "Kör 1 misslyckade scenarier en gång till" not in run.stdout and not (report / "spar").exists()
    assert 'id="tillganglighet"' in html and "axe-core (WCAG 2.1 A och AA)" in html
