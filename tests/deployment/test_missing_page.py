"""A page the target cannot show is said as such, never as drift: with the login page's address
wrong in the profile, the scenario fails with "Sidan /x finns inte (404)"."""

from __future__ import annotations

import json

from reference_app.embedded import EmbeddedStack
from tests.support.spec_run import run_spec


def test_a_missing_page_is_a_404_not_drift(tmp_path):
    with EmbeddedStack(str(tmp_path / "data")) as stack:
        profile = tmp_path / "fel-adress.toml"
        profile.write_text(
            f'base_url = "{stack.portal_url}"\nreference_portal = true\n[pages]\nlogin = "/logga-in-gammal"\n'
            '[customers.privatkund]\nkundnummer = "100001"\nname = "Tolvan Tolvansson"\n'
            'password = "Vinterljus-Kaffe-42"\n',
            encoding="utf-8",
        )
        run = run_spec(
            tmp_path / "rapport",
            "--target",
            str(profile),
            "-k",
            "skriver_fel_lösenord_loggas_inte_in",
            "--tracing=off",
            "--failure-traces=none",
            timeout=300,
        )
    assert run.returncode == 1, run.stdout[-3000:]
    said = "Sidan /logga-in-gammal finns inte (404). Det är ett fel i målmiljön, inte en avvikelse från hjälpsidan."
    assert said in run.stdout and "Avvikelse" not in run.stdout, run.stdout[-3000:]
    extras = json.loads((tmp_path / "rapport" / "korning.json").read_text(encoding="utf-8"))
    assert [extra["explanation"] for extra in extras["scenarios"].values() if extra.get("outcome") == "failed"] == [
        said
    ]
