"""Security findings of issue 10 in the portal (F2-F5, F8-F13, a trusted proxy): each test
failed before its fix."""

from __future__ import annotations

import io
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from reference_app.portal import create_app

from .conftest import AuthActions, csrf_token, deliver_outbox, portal_config
from .test_first_time_flows import mails_to, post_form, register, stored_email

COMPANY_PASSWORD = "Takstol-Regnbage-77"


def rows(app, sql, *args):
    conn = sqlite3.connect(app.config["DATABASE"])
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


# --- F2 and F10: the lockout counts per account, and lasts 15 minutes from the fifth failure ---
def test_f2_a_company_gets_five_guesses_whichever_way_it_types_its_username(auth):
    for attempt, username in enumerate(["200001", "200001", "16556677-8899", "165566778899", "16 556677-8899"]):
        assert auth.login(username, f"Fel-{attempt}-lösenord").status_code == 401
    assert auth.login("200001", COMPANY_PASSWORD).status_code == 429
    assert auth.login("16556677-8899", COMPANY_PASSWORD).status_code == 429


def test_f10_the_lock_lasts_fifteen_minutes_from_the_fifth_failure(auth):
    assert auth.login("100002", "Fel-0-lösenord").status_code == 401
    auth.advance_clock(14 * 60 + 50)
    for attempt in range(1, 5):
        assert auth.login("100002", f"Fel-{attempt}-lösenord").status_code == 401
    auth.advance_clock(15)  # past the first failure's window, well inside the lock
    locked = auth.login("100002", "Morgondimma-Sjö-19")
    assert locked.status_code == 429
    assert "15 minuter" in locked.get_data(as_text=True)
    auth.advance_clock(14 * 60 + 50)
    assert auth.login("100002", "Morgondimma-Sjö-19").status_code == 302


def test_f10_failures_spread_wider_than_the_window_never_lock(auth):
    for attempt in range(8):
        assert auth.login("100002", f"Fel-{attempt}-lösenord").status_code == 401
        auth.advance_clock(4 * 60)  # at most four failures inside any 15 minutes


# --- F11: "at most 3 links per kundnummer in 15 minutes" counts per account ---------------
def test_f11_a_company_gets_three_links_whichever_way_it_types_its_username(client):
    statuses = [
        post_form(client, "/skapa-losenord", kundnummer=name).status_code
        for name in ("200001", "16556677-8899", "165566778899", "200001", "16556677-8899")
    ]
    assert statuses == [200, 200, 200, 429, 429]


# --- F3: no usable password link at rest once the mail is sent ----------------------------
def test_f3_the_outbox_keeps_no_body_once_sent(app, client, new_customer):
    customer = new_customer(email=True)
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    assert deliver_outbox(app) == 1
    assert rows(
        app, "SELECT count(*) FROM outbox WHERE text_body LIKE '%valj-losenord%' OR html_body LIKE '%valj-losenord%'"
    ) == [(0,)]


def test_f3_a_queued_link_is_dropped_when_it_expires(app, client, catcher, new_customer, auth):
    customer = new_customer(email=True)
    catcher.store.set_chaos({"Sender": {"ErrorCode": 451, "Probability": 100}})
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    assert deliver_outbox(app) == 0
    catcher.store.set_chaos({})
    auth.advance_clock(61 * 60)
    assert deliver_outbox(app) == 0
    assert mails_to(catcher, customer["email"]) == []
    assert rows(app, "SELECT count(*) FROM outbox WHERE text_body LIKE '%valj-losenord%'") == [(0,)]


# --- F13: a retried mail keeps its Message-ID ------------------------------------------------
def test_f13_message_id_is_fixed_when_queued(app, client, catcher, new_customer):
    customer = new_customer(email=True)
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    [(message_id,)] = rows(app, "SELECT message_id FROM outbox")
    assert message_id.startswith("<") and message_id.endswith(">")
    deliver_outbox(app)
    [mail] = mails_to(catcher, customer["email"])
    assert catcher.store.get(mail["ID"])["MessageID"] == message_id.strip("<>")


# --- F4: control inputs are validated ---------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        {"advance_seconds": 1e400},
        {"advance_seconds": float("nan")},
        {"advance_seconds": -1},
        {"advance_seconds": True},
        {"advance_seconds": "60"},
        {"advance_seconds": 10**12},
        [1],
        "x",
        5,
        None,
    ],
)
def test_f4_the_clock_refuses_what_is_not_a_sensible_number(client, body):
    before = client.get("/_test/clock").get_json()["now"]
    response = client.post("/_test/clock", json=body)
    assert response.status_code == 400 and response.is_json and response.get_json()["error"]
    assert client.get("/_test/clock").get_json()["now"] < before + 60


@pytest.mark.parametrize(
    "body",
    [
        [1],
        "x",
        {"kind": 1},
        {"kind": "privat", "email": "ja"},
        {"kind": "privat", "password": 5},
        {"kind": ["privat"]},
        {"count": 0},
        {"count": 101},
        {"count": True},
        {"count": 2.5},
        {"count": "3"},
    ],
)
def test_f4_test_customers_refuse_wrong_types(client, body):
    response = client.post("/_test/customers", json=body)
    assert response.status_code == 400 and response.get_json()["error"]


def test_test_customers_in_one_request_are_as_many_as_asked_and_all_different(client):
    response = client.post("/_test/customers", json={"kind": "foretag", "email": True, "count": 12})
    made = response.get_json()
    assert response.status_code == 201 and len(made) == 12
    assert len({customer["kundnummer"] for customer in made}) == 12
    assert all(customer["orgnr"] and customer["email"] and customer["kind"] == "foretag" for customer in made)
    single = client.post("/_test/customers", json={"kind": "privat"}).get_json()
    assert isinstance(single, dict) and single["kundnummer"] not in {customer["kundnummer"] for customer in made}


# --- F5: no 5xx on bad input -----------------------------------------------------------------
@pytest.mark.parametrize(
    "path, fields",
    [
        ("/logga-in", {"losenord": "x"}),
        ("/registrera-e-post", {"personnummer": "19121212-1212", "epost": "a@b.se", "epost_igen": "a@b.se"}),
        ("/skapa-losenord", {}),
    ],
)
def test_f5_a_file_in_a_text_field_is_a_form_error(client, path, fields):
    token = csrf_token(client.get(path).get_data(as_text=True))
    response = client.post(
        path,
        data={"csrf_token": token, **fields, "kundnummer": (io.BytesIO(b"100001"), "k.txt")},
        content_type="multipart/form-data",
    )
    assert 400 <= response.status_code < 500
    assert "Traceback" not in response.get_data(as_text=True)


@pytest.mark.parametrize("raw", ["[1]", "1", '"x"', "true", "NaN", "[" * 5000 + "]" * 5000, "{"])
def test_f5_bankid_status_answers_any_json_body_without_a_server_error(client, raw):
    token = csrf_token(client.get("/logga-in").get_data(as_text=True))
    response = client.post("/bankid/status", data=raw, content_type="application/json", headers={"X-CSRFToken": token})
    assert response.status_code < 500


# --- F8: one registration, one mail ---------------------------------------------------------
def test_f8_parallel_registrations_send_exactly_one_mail_to_the_stored_address(app, catcher, new_customer):
    customer = new_customer()
    clients = [app.test_client() for _ in range(12)]
    pages = [(c, csrf_token(c.get("/registrera-e-post").get_data(as_text=True))) for c in clients]

    def attempt(index):
        c, token = pages[index]
        address = f"kund{index}@example.se"
        return c.post(
            "/registrera-e-post",
            data={
                "csrf_token": token,
                "kundnummer": customer["kundnummer"],
                "personnummer": "19121212-1212",
                "epost": address,
                "epost_igen": address,
            },
        ).status_code

    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(attempt, range(12)))
    assert statuses.count(200) == 1 and statuses.count(409) == 11
    stored = stored_email(app, customer["kundnummer"])
    mails = catcher.store.search("subject:registrerad")["messages"]
    assert [m["To"][0]["Address"] for m in mails] == [stored]


# --- F9: addresses are validated by email-validator ------------------------------------------
@pytest.mark.parametrize(
    "address",
    [
        "x,y@evil.example",
        "a;b@x.se",
        "<svg/onload=alert(1)>@x.se",
        "a@b@c.se",
        "kund@",
        "kund@localhost",
        "kund@exempel..se",
        '"a b"@x.se',
    ],
)
def test_f9_malformed_addresses_are_neither_stored_nor_mailed(app, client, catcher, new_customer, address):
    customer = new_customer()
    response = register(client, customer, address)
    assert response.status_code == 400
    assert "Skriv e-postadressen som namn@exempel.se." in response.get_data(as_text=True)
    assert stored_email(app, customer["kundnummer"]) is None
    assert catcher.store.search("")["messages_count"] == 0


def test_f9_international_addresses_are_still_welcome(app, client, new_customer):
    customer = new_customer()
    assert register(client, customer, "åsa.öberg@exempel.se").status_code == 200


# --- F12: test-mode state does not leak into a normal start ---------------------------------
def test_f12_a_clock_moved_in_test_mode_is_back_to_real_time_in_normal_mode(app, client, catcher):
    client.post("/_test/clock", json={"advance_seconds": 3600})
    normal = create_app(portal_config(app.config["DATA_DIR"], catcher, TEST_MODE=False))
    assert abs(normal.extensions["clock"].offset()) < 1


# --- A trusted reverse proxy (opt-in) --------------------------------------------------------
def test_behind_a_trusted_proxy_https_and_client_addresses_come_from_the_proxy(seeded_dir, tmp_path, catcher):
    import shutil

    shutil.copytree(seeded_dir, tmp_path / "proxied")
    app = create_app(
        portal_config(tmp_path / "proxied", catcher, TRUSTED_PROXIES=1, LOGIN_CLIENT_LIMIT="3 per 5 minutes")
    )
    client = app.test_client()
    page = client.get("/logga-in", headers={"X-Forwarded-Proto": "https"})
    assert page.headers["Strict-Transport-Security"].startswith("max-age=")
    for index in range(4):  # four clients behind one proxy: none is limited by the others
        auth = AuthActions(client)
        client.environ_base["HTTP_X_FORWARDED_FOR"] = f"198.51.100.{index}"
        assert auth.login("100001", "Fel-lösenord-1").status_code == 401


def test_without_the_setting_forwarded_headers_are_ignored(app, client):
    page = client.get("/logga-in", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.7"})
    assert "Strict-Transport-Security" not in page.headers
