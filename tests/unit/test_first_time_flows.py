"""Register e-mail (H9, H10), "Skapa lösenord" (H11), choose the password (H12), log in (H13)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from reference_app.portal import first_time
from reference_app.portal.field_errors import MSG_EMAIL_MISMATCH, MSG_PNR_CHECK, MSG_PNR_DATE

from .conftest import PUBLIC_BASE_URL, AuthActions, csrf_token, deliver_outbox


def post_form(client, path, **fields):
    page = client.get(path)
    return client.post(path, data={"csrf_token": csrf_token(page.get_data(as_text=True)), **fields})


def register(client, customer, email, identity=None, repeat=None):
    return post_form(
        client,
        "/registrera-e-post",
        kundnummer=customer["kundnummer"],
        personnummer=identity or "19121212-1212",
        epost=email,
        epost_igen=repeat or email,
    )


def mails_to(catcher, address):
    return catcher.store.search(f"to:{address}")["messages"]


def link_in_latest_mail(catcher, address) -> str:
    message = catcher.store.get(mails_to(catcher, address)[0]["ID"])
    return re.search(r"http\S+/valj-losenord/\S+", message["Text"]).group(0).removeprefix(PUBLIC_BASE_URL)


def stored_email(app, kundnummer):
    conn = sqlite3.connect(app.config["DATABASE"])
    try:
        return conn.execute("SELECT email FROM customers WHERE kundnummer = ?", (kundnummer,)).fetchone()[0]
    finally:
        conn.close()


# --- H9: register an e-mail address ------------------------------------------------------
def test_registering_stores_the_address_and_mails_it(app, client, catcher, new_customer):
    customer = new_customer()
    response = register(client, customer, "åsa.öberg@exempel.se")
    assert response.status_code == 200
    assert "Vi har skickat ett e-postmeddelande till åsa.öberg@exempel.se" in response.get_data(as_text=True)
    assert stored_email(app, customer["kundnummer"]) == "åsa.öberg@exempel.se"
    [mail] = mails_to(catcher, "åsa.öberg@exempel.se")
    assert mail["Subject"] == "Din e-postadress är registrerad för Mina sidor"


def test_company_registers_with_16_and_orgnr(app, client, new_customer):
    company = new_customer(kind="foretag")
    orgnr = company["orgnr"]
    response = register(client, company, "ekonomi@bolaget.example.se", identity=f"16{orgnr[:6]}-{orgnr[6:]}")
    assert response.status_code == 200
    assert stored_email(app, company["kundnummer"]) == "ekonomi@bolaget.example.se"


@pytest.mark.parametrize(
    ("identity", "message"),
    [
        ("19121312-1212", MSG_PNR_DATE),
        ("19121212-1213", MSG_PNR_CHECK),
        ("5566778899", "Skriv 16 före organisationsnumret"),
    ],
)
def test_identity_number_errors_are_named_at_the_field(client, new_customer, identity, message):
    response = register(client, new_customer(), "a@example.se", identity=identity)
    assert response.status_code == 400 and message in response.get_data(as_text=True)


def test_repeated_address_must_match(client, new_customer):
    response = register(client, new_customer(), "a@example.se", repeat="b@example.se")
    assert MSG_EMAIL_MISMATCH in response.get_data(as_text=True)


def test_wrong_personnummer_and_unknown_kundnummer_get_one_generic_message(client, new_customer):
    wrong = register(client, new_customer(), "a@example.se", identity="19811218-9876")
    unknown = register(client, {"kundnummer": "999999"}, "a@example.se")
    for response in (wrong, unknown):
        assert response.status_code == 400 and first_time.MSG_NO_MATCH in response.get_data(as_text=True)


# --- H10: an address already registered cannot be changed online --------------------------
def test_registered_address_cannot_be_changed_online(app, client, catcher, new_customer):
    customer = new_customer(email=True)
    response = register(client, customer, "ny.adress@example.se")
    assert response.status_code == 409
    assert "ring kundservice" in response.get_data(as_text=True)
    assert stored_email(app, customer["kundnummer"]) == customer["email"]
    assert mails_to(catcher, "ny.adress@example.se") == []


def test_smtp_down_registers_nothing_and_says_try_later(app, client, catcher, new_customer):
    catcher.store.set_chaos({"Recipient": {"ErrorCode": 451, "Probability": 100}})
    customer = new_customer()
    response = register(client, customer, "a@example.se")
    assert response.status_code == 503 and "Försök igen om en stund" in response.get_data(as_text=True)
    assert stored_email(app, customer["kundnummer"]) is None
    catcher.store.set_chaos({})
    assert register(client, customer, "a@example.se").status_code == 200


# --- H11: "Skapa lösenord" -----------------------------------------------------------------
def _visible_answer(response) -> tuple[int, str]:
    html = response.get_data(as_text=True)
    return response.status_code, re.sub(r'value="[^"]+"', "", html)


def test_create_password_answers_alike_whoever_asks(client, new_customer):
    with_email, without_email = new_customer(email=True), new_customer()
    answers = {
        _visible_answer(post_form(client, "/skapa-losenord", kundnummer=k))
        for k in (with_email["kundnummer"], without_email["kundnummer"], "999999")
    }
    assert len(answers) == 1
    status, html = answers.pop()
    assert status == 200 and "Ny kund/Registrera E-post" in html and "registrerad e-postadress" in html


def test_link_goes_to_the_registered_address_only(app, client, catcher, new_customer):
    customer, other = new_customer(email=True), new_customer()
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    post_form(client, "/skapa-losenord", kundnummer=other["kundnummer"])
    assert deliver_outbox(app) == 1
    [mail] = mails_to(catcher, customer["email"])
    assert mail["Subject"] == "Välj lösenord för Mina sidor"
    assert link_in_latest_mail(catcher, customer["email"]).startswith("/valj-losenord/")


def test_asking_too_often_is_limited_the_same_way_for_everyone(client, new_customer):
    for kundnummer in (new_customer(email=True)["kundnummer"], "999998"):
        statuses = [post_form(client, "/skapa-losenord", kundnummer=kundnummer).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]


# --- H12 and H13: choose the password from the link, then log in --------------------------
@pytest.fixture
def link(app, client, catcher, new_customer):
    customer = new_customer(email=True)
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    deliver_outbox(app)
    return customer, link_in_latest_mail(catcher, customer["email"])


def choose(client, path, password, repeat=None):
    return post_form(client, path, losenord=password, losenord_igen=repeat if repeat is not None else password)


def test_choose_password_then_log_in(app, client, catcher, link):
    customer, path = link
    page = client.get(path)
    assert page.status_code == 200 and page.headers["Referrer-Policy"] == "no-referrer"
    response = choose(client, path, "Blåbär i juli månad")
    assert response.status_code == 302 and response.headers["Location"].startswith("/logga-in")
    assert AuthActions(client).login(customer["kundnummer"], "Blåbär i juli månad").headers["Location"] == "/mina-sidor"
    deliver_outbox(app)
    notice = catcher.store.get(mails_to(catcher, customer["email"])[0]["ID"])
    assert notice["Subject"] == "Ditt lösenord för Mina sidor är ändrat"
    assert "Blåbär i juli månad" not in notice["Text"] + notice["HTML"]


def test_no_automatic_login_after_choosing(client, link):
    choose(client, link[1], "Blåbär i juli månad")
    assert client.get("/mina-sidor").status_code == 302


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("kort", "kort", "minst 8 tecken"),
        ("lösenord123", "lösenord123", "för vanligt"),
        ("Blåbär i juli månad", "Blåbär i juli", first_time.MSG_PASSWORDS_DIFFER),
    ],
)
def test_refused_passwords_keep_the_link_usable(client, link, password, repeat, message):
    response = choose(client, link[1], password, repeat)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert client.get(link[1]).status_code == 200


def test_link_works_once(client, link):
    choose(client, link[1], "Blåbär i juli månad")
    again = client.get(link[1])
    assert again.status_code == 410 and "Länken gäller inte längre" in again.get_data(as_text=True)


def test_link_expires_after_an_hour(client, link):
    AuthActions(client).advance_clock(61 * 60)
    assert client.get(link[1]).status_code == 410


def test_newer_link_voids_the_older(app, client, catcher, link):
    customer, older = link
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    deliver_outbox(app)
    newer = link_in_latest_mail(catcher, customer["email"])
    assert newer != older
    assert client.get(older).status_code == 410 and client.get(newer).status_code == 200


def test_choosing_a_password_ends_other_sessions(app, catcher, link):
    customer, path = link
    first_browser, second_browser = app.test_client(), app.test_client()
    choose(first_browser, path, "Första lösenordet 1")
    AuthActions(first_browser).login(customer["kundnummer"], "Första lösenordet 1")
    assert first_browser.get("/mina-sidor").status_code == 200
    post_form(second_browser, "/skapa-losenord", kundnummer=customer["kundnummer"])
    deliver_outbox(app)
    choose(second_browser, link_in_latest_mail(catcher, customer["email"]), "Andra lösenordet 2")
    assert first_browser.get("/mina-sidor").status_code == 302


def test_tokens_are_stored_only_as_hashes(app, link):
    token = link[1].rsplit("/", 1)[1]
    conn = sqlite3.connect(app.config["DATABASE"])
    try:
        stored = [row[0] for row in conn.execute("SELECT token_hash FROM password_tokens")]
    finally:
        conn.close()
    assert token not in stored and all(len(h) == 64 for h in stored)


# --- the outbox keeps mail while SMTP is down ---------------------------------------------
def test_outbox_retries_until_smtp_is_back(app, client, catcher, new_customer):
    customer = new_customer(email=True)
    catcher.store.set_chaos({"Recipient": {"ErrorCode": 451, "Probability": 100}})
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    assert deliver_outbox(app) == 0
    catcher.store.set_chaos({})
    assert deliver_outbox(app) == 0  # not due yet: back-off
    AuthActions(client).advance_clock(6)
    assert deliver_outbox(app) == 1
    assert len(mails_to(catcher, customer["email"])) == 1
