"""Password login through the portal: messages, sessions, redirects, lockout."""

import pytest

from .conftest import AuthActions

WRONG = "Fel kundnummer eller lösenord"


def test_login_with_kundnummer_shows_mina_sidor(client, auth):
    response = auth.login()
    assert response.status_code == 302 and response.headers["Location"] == "/mina-sidor"
    page = client.get("/mina-sidor").get_data(as_text=True)
    assert "Välkommen till Mina sidor" in page and "Tolvan Tolvansson" in page


def test_company_logs_in_with_16_and_orgnr(client, auth):
    assert auth.login("16556677-8899", "Takstol-Regnbage-77").status_code == 302
    assert "Solbacka Bygg AB" in client.get("/mina-sidor").get_data(as_text=True)


@pytest.mark.parametrize(("username", "password"), [("100001", "Fel-Lösenord-1"), ("999999", "Fel-Lösenord-1")])
def test_wrong_password_and_unknown_kundnummer_answer_alike(auth, username, password):
    response = auth.login(username, password)
    assert response.status_code == 401
    assert WRONG in response.get_data(as_text=True)


def test_username_is_kept_but_password_never_echoed(auth):
    html = auth.login("100001", "Fel-Lösenord-1").get_data(as_text=True)
    assert 'value="100001"' in html and "Fel-Lösenord-1" not in html


def test_login_without_csrf_token_is_refused(client):
    response = client.post("/logga-in", data={"kundnummer": "100001", "losenord": "Vinterljus-Kaffe-42"})
    assert response.status_code == 302
    assert client.get("/mina-sidor").status_code == 302  # still not logged in


def test_login_starts_a_new_session(client, auth):
    client.get("/logga-in")
    before = client.get_cookie("minasidor_session").value
    auth.login()
    after = client.get_cookie("minasidor_session").value
    assert before != after
    with client.session_transaction() as session:
        assert len(session["sid"]) >= 43  # 256 bits, url-safe


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/hjalp/kundservice", "/hjalp/kundservice"),
        ("https://evil.example/", "/mina-sidor"),
        ("//evil.example/", "/mina-sidor"),
        ("/\\evil.example", "/mina-sidor"),
    ],
)
def test_next_redirect_stays_on_this_site(auth, next_url, expected):
    assert auth.login(next_url=next_url).headers["Location"] == expected


def test_lockout_after_five_failures_then_released_by_time(auth):
    for attempt in range(5):
        assert auth.login("100002", f"Fel-{attempt}-lösenord").status_code == 401
    locked = auth.login("100002", "Morgondimma-Sjö-19")
    assert locked.status_code == 429
    assert "För många misslyckade inloggningsförsök" in locked.get_data(as_text=True)
    assert "15 minuter" in locked.get_data(as_text=True)
    auth.advance_clock(15 * 60)
    assert auth.login("100002", "Morgondimma-Sjö-19").status_code == 302


def test_lockout_does_not_touch_other_customers(auth):
    for attempt in range(5):
        auth.login("100002", f"Fel-{attempt}-lösenord")
    assert auth.login().status_code == 302


def test_lockout_is_shared_between_worker_processes(app, seeded_dir):
    """Two app instances on one data directory stand for two gunicorn workers."""
    from reference_app.portal import create_app

    other_worker = create_app({"DATA_DIR": app.config["DATA_DIR"], "TEST_MODE": True, "OUTBOX_WORKER": False})
    first, second = AuthActions(app.test_client()), AuthActions(other_worker.test_client())
    for attempt in range(5):
        first.login("100002", f"Fel-{attempt}-lösenord")
    assert second.login("100002", "Morgondimma-Sjö-19").status_code == 429


def test_successful_logins_do_not_count_towards_the_lockout(client, auth):
    for _ in range(6):
        assert auth.login("100002", "Morgondimma-Sjö-19").status_code == 302
        auth.logout()
