"""Logout and server-side sessions: what a replayed cookie or an idle browser gets."""

from .conftest import csrf_token


def test_logout_ends_the_session_and_says_so(client, auth):
    auth.login()
    response = auth.logout()
    assert response.status_code == 302 and response.headers["Location"] == "/logga-in"
    assert "Du är nu utloggad." in client.get("/logga-in").get_data(as_text=True)
    assert client.get("/mina-sidor").status_code == 302


def test_logout_is_not_possible_with_get(client, auth):
    auth.login()
    response = client.get("/logga-ut")
    assert response.status_code == 405
    assert "Det gick inte att göra så" in response.get_data(as_text=True)
    assert client.get("/mina-sidor").status_code == 200


def test_logout_without_csrf_token_keeps_the_session(client, auth):
    auth.login()
    response = client.post("/logga-ut")
    assert response.status_code == 302 and response.headers["Location"] == "/mina-sidor"
    assert "Utloggningen gick inte igenom" in client.get("/mina-sidor").get_data(as_text=True)


def test_replayed_cookie_after_logout_does_not_get_in(client, auth):
    auth.login()
    stolen = client.get_cookie("minasidor_session").value
    auth.logout()
    client.set_cookie("minasidor_session", stolen)
    response = client.get("/mina-sidor")
    assert response.status_code == 302 and response.headers["Location"].startswith("/logga-in")


def test_idle_session_ends_after_30_minutes(client, auth):
    auth.login()
    auth.advance_clock(29 * 60)
    assert client.get("/mina-sidor").status_code == 200  # activity resets the idle timer
    auth.advance_clock(29 * 60)
    assert client.get("/mina-sidor").status_code == 200
    auth.advance_clock(31 * 60)
    response = client.get("/mina-sidor")
    assert response.status_code == 302
    assert "inte varit aktiv på en stund" in client.get("/logga-in").get_data(as_text=True)


def test_session_ends_after_12_hours_even_when_active(client, auth):
    auth.login()
    for _ in range(25):
        auth.advance_clock(29 * 60)
        client.get("/mina-sidor")
    assert client.get("/mina-sidor").status_code == 302


def test_stale_login_form_brings_the_user_back_to_try_again(client):
    client.get("/logga-in")
    response = client.post("/logga-in", data={"csrf_token": "stale", "kundnummer": "100001", "losenord": "x"})
    assert response.status_code == 302 and "flik=kundnummer" in response.headers["Location"]
    assert "Sidan hade varit öppen för länge" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_csrf_token_is_on_every_form(client, auth):
    assert csrf_token(client.get("/logga-in").get_data(as_text=True))
    auth.login()
    assert csrf_token(client.get("/mina-sidor").get_data(as_text=True))  # the logout form
