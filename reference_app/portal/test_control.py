"""Test-mode control endpoints (registered only when TEST_MODE is on): move the clock, and
create fresh test customers so that scenarios never share state."""

from __future__ import annotations

import secrets
import sqlite3

from flask import Blueprint, jsonify
from stdnum import luhn

from ..clock import MAX_ADVANCE_SECONDS
from ..json_input import InputError, choice, json_object, number, optional
from ..sqlite import write_transaction
from . import customers
from .db import get_clock, get_db

bp = Blueprint("test_control", __name__, url_prefix="/_test")

TEST_PERSONNUMMER = "191212121212"  # Skatteverket's test number; one person may have many kundnummer
# The handshake a suite reads before it believes the target has this test mode (README: "Testläge").
HANDSHAKE = {"name": "minasidor-spec-testlage", "version": 1}


@bp.get("")
def handshake():
    """Who answers here: the test mode's name and the version of its control API."""
    return jsonify(HANDSHAKE)


@bp.get("/clock")
def read_clock():
    """The stack's current time."""
    return jsonify(now=get_clock().now())


@bp.post("/clock")
def advance_clock():
    """Move the clock forward by advance_seconds."""
    seconds = number(json_object(empty_ok=False), "advance_seconds", 0, MAX_ADVANCE_SECONDS)
    return jsonify(now=get_clock().advance(seconds))


def _fictional_orgnr() -> str:
    body = f"55{secrets.choice('23456789')}{secrets.randbelow(10**6):06d}"
    return body + luhn.calc_check_digit(body)


MAX_CUSTOMERS_AT_ONCE = 100


@bp.post("/customers")
def create_customer():
    """A new customer: {"kind": "privat"|"foretag", "email": true|false, "password": str|null};
    with "count": n (1-100), n of them at once, as a list (one request for a run's share)."""
    body = json_object()
    kind = choice(body, "kind", ("privat", "foretag"), default="privat")
    with_email, password = optional(body, "email", bool, False), optional(body, "password", str)
    count = optional(body, "count", int)
    if count is not None and not 1 <= count <= MAX_CUSTOMERS_AT_ONCE:
        raise InputError(f"count must be a whole number from 1 to {MAX_CUSTOMERS_AT_ONCE}")
    conn = get_db()
    try:
        with write_transaction(conn):  # all of them or none
            made = [_add_fresh(conn, kind, with_email, password) for _ in range(count or 1)]
    except NoFreeKundnummer:
        return jsonify(error="could not find a free kundnummer"), 500
    return jsonify(made if count is not None else made[0]), 201


class NoFreeKundnummer(Exception):
    pass


def _add_fresh(conn: sqlite3.Connection, kind: str, with_email: bool, password: str | None) -> dict:
    for _ in range(20):
        kundnummer = f"9{secrets.randbelow(10**6):06d}"
        record = {
            "kundnummer": kundnummer,
            "kind": kind,
            "name": f"Testkund {kundnummer}" if kind == "privat" else f"Testbolaget {kundnummer} AB",
            "personnummer": TEST_PERSONNUMMER if kind == "privat" else None,
            "orgnr": _fictional_orgnr() if kind == "foretag" else None,
            "email": f"kund-{kundnummer}@example.com" if with_email else None,
            "password": password,
        }
        try:
            customers.add(conn, now=get_clock().now(), **record)
        except sqlite3.IntegrityError:
            continue
        return record
    raise NoFreeKundnummer


@bp.get("/fel")
def provoke_error():
    """A deliberate server error, so the 500 page can be seen and checked (test mode only)."""
    raise RuntimeError("provocerat fel för att visa felsidan (testläge)")
