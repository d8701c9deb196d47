"""The cheap password hash is for the embedded test stack only (issue 15): normal mode never
uses it, whatever it is asked, and a login at the real (ASVS) cost still works end to end."""

from __future__ import annotations

import pytest

from reference_app.portal import create_app, db, passwords

from .conftest import AuthActions, portal_config


def _stored_hash(app, kundnummer: str) -> str:
    conn = db.connect(app.config["DATABASE"])
    try:
        return conn.execute("SELECT password_hash FROM customers WHERE kundnummer = ?", (kundnummer,)).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(
    "test_mode, fast, method",
    [
        (False, True, passwords.HASH_METHOD),
        (False, False, passwords.HASH_METHOD),
        (True, False, passwords.HASH_METHOD),
        (True, True, passwords.FAST_TEST_HASH_METHOD),
    ],
)
def test_only_a_test_mode_stack_that_asks_gets_the_cheap_cost(seeded_dir, catcher, test_mode, fast, method):
    app = create_app(portal_config(seeded_dir, catcher, TEST_MODE=test_mode, FAST_TEST_HASHING=fast))
    assert app.config["PASSWORD_HASH_METHOD"] == method
    with app.app_context():
        assert passwords.hash_password("Vinterljus-Kaffe-42").startswith(method + "$")


def test_normal_mode_ignores_the_environment_asking_for_the_cheap_cost(tmp_path, monkeypatch):
    monkeypatch.setenv("MINASIDOR_FAST_TEST_HASHING", "1")
    monkeypatch.delenv("MINASIDOR_TEST_MODE", raising=False)
    app = create_app({"DATA_DIR": str(tmp_path / "normal"), "OUTBOX_WORKER": False})
    assert app.config["PASSWORD_HASH_METHOD"] == passwords.HASH_METHOD
    assert _stored_hash(app, "100001").startswith(passwords.HASH_METHOD + "$")  # the demo customers too


def test_a_login_at_the_real_cost_works_end_to_end(seeded_dir, catcher):
    app = create_app(portal_config(seeded_dir, catcher, FAST_TEST_HASHING=False))
    client = app.test_client()
    customer = client.post("/_test/customers", json={"kind": "privat", "password": "Norrsken-Tallbit-77"}).get_json()
    assert _stored_hash(app, customer["kundnummer"]).startswith("scrypt:131072:8:1$")
    answer = AuthActions(client).login(customer["kundnummer"], "Norrsken-Tallbit-77")
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/mina-sidor")
