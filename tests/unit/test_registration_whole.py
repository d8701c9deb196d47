"""A registration is whole or not at all: the address is stored only with its mail gone; a crash
between the two is finished by the outbox worker; a retry of the same registration succeeds;
another address is refused (H10)."""

from __future__ import annotations

import sqlite3

from reference_app.portal import db, registrations
from reference_app.portal.mail import Mail

from .conftest import deliver_outbox
from .test_first_time_flows import mails_to, register, stored_email


def _crashed_registration(app, customer, address) -> registrations.Claim:
    """What a request had done when its process died: the registration claimed, its mail not sent."""
    conn = db.connect(app.config["DATABASE"])
    try:
        [customer_id] = conn.execute(
            "SELECT id FROM customers WHERE kundnummer = ?", (customer["kundnummer"],)
        ).fetchone()
        mail = Mail(address, "Din e-postadress är registrerad för Mina sidor", "Hej", None)
        return registrations.claim(conn, app.extensions["clock"], customer_id, mail)
    finally:
        conn.close()


def test_a_retry_after_a_lost_answer_is_told_it_is_done(app, client, catcher, new_customer):
    customer = new_customer()
    assert register(client, customer, "anna@exempel.se").status_code == 200
    again = register(client, customer, "ANNA@exempel.se")
    assert again.status_code == 200 and "Vi har skickat ett e-postmeddelande till" in again.get_data(as_text=True)
    assert len(mails_to(catcher, "anna@exempel.se")) == 1
    assert register(client, customer, "annan@exempel.se").status_code == 409


def test_a_retry_takes_over_a_registration_a_crash_left_on_its_way(app, client, catcher, new_customer):
    customer = new_customer()
    taken = _crashed_registration(app, customer, "bo@exempel.se")
    assert stored_email(app, customer["kundnummer"]) is None  # not registered: its mail has not gone
    assert register(client, customer, "annan@exempel.se").status_code == 409  # another address waits
    answer = register(client, customer, "bo@exempel.se")
    assert answer.status_code == 200 and stored_email(app, customer["kundnummer"]) == "bo@exempel.se"
    [mail] = mails_to(catcher, "bo@exempel.se")
    assert catcher.store.get(mail["ID"])["MessageID"] == taken.message_id.strip("<>")
    assert deliver_outbox(app) == 0  # done: the worker has nothing left to send


def test_the_outbox_worker_finishes_a_crashed_registration_once_its_claim_runs_out(
    app, client, catcher, new_customer, auth
):
    customer = new_customer()
    _crashed_registration(app, customer, "cilla@exempel.se")
    assert deliver_outbox(app) == 0  # the request may still be sending it
    auth.advance_clock(registrations.CLAIM_SECONDS + 1)
    assert deliver_outbox(app) == 1
    assert stored_email(app, customer["kundnummer"]) == "cilla@exempel.se"
    assert len(mails_to(catcher, "cilla@exempel.se")) == 1


def test_a_refused_mail_leaves_nothing_behind(app, client, catcher, new_customer):
    customer = new_customer()
    catcher.store.set_chaos({"Sender": {"ErrorCode": 451, "Probability": 100}})
    assert register(client, customer, "david@exempel.se").status_code == 503
    catcher.store.set_chaos({})
    assert stored_email(app, customer["kundnummer"]) is None
    conn = sqlite3.connect(app.config["DATABASE"])
    assert conn.execute("SELECT count(*) FROM outbox WHERE registers_customer IS NOT NULL").fetchone() == (0,)
    conn.close()
    assert register(client, customer, "david@exempel.se").status_code == 200
    assert stored_email(app, customer["kundnummer"]) == "david@exempel.se"
