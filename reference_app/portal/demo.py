"""Demo and test customers: fictional, with Skatteverket's test personnummer and Luhn-valid,
fictional organisationsnummer. Printed by `serve` so people can log in by hand; the
acceptance suite reads the same list when it runs on the embedded stack (the spec engine
decides which customer plays which role)."""

from __future__ import annotations

import sqlite3

from . import customers

DEMO_CUSTOMERS = [
    {
        "kundnummer": "100001",
        "kind": "privat",
        "name": "Tolvan Tolvansson",
        "personnummer": "191212121212",
        "email": "tolvan.tolvansson@example.com",
        "password": "Vinterljus-Kaffe-42",
    },
    {
        "kundnummer": "200001",
        "kind": "foretag",
        "name": "Solbacka Bygg AB",
        "orgnr": "5566778899",
        "email": "ekonomi@solbacka-bygg.example.com",
        "password": "Takstol-Regnbage-77",
    },
    {
        # Kept for the lockout scenario, so nobody else's login is blocked by it.
        "kundnummer": "100002",
        "kind": "privat",
        "name": "Elsa Ekström",
        "personnummer": "198112189876",
        "email": "elsa.ekstrom@example.com",
        "password": "Morgondimma-Sjö-19",
    },
]


def seed(conn: sqlite3.Connection, now: float) -> int:
    """Add the demo customers that are missing; returns how many were added."""
    added = 0
    for person in DEMO_CUSTOMERS:
        exists = conn.execute("SELECT 1 FROM customers WHERE kundnummer = ?", (person["kundnummer"],)).fetchone()
        if exists:
            continue
        customers.add(conn, now=now, **person)
        added += 1
    return added
