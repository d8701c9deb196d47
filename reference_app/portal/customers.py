"""Customers of the portal: lookup by username and password login."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask_login import UserMixin

from . import passwords
from .identity import Username


@dataclass
class Customer(UserMixin):
    id: int
    kundnummer: str
    kind: str
    name: str
    personnummer: str | None
    orgnr: str | None
    email: str | None
    has_password: bool

    def get_id(self) -> str:
        return str(self.id)

    @property
    def is_company(self) -> bool:
        return self.kind == "foretag"


def _from_row(row: sqlite3.Row) -> Customer:
    return Customer(
        id=row["id"],
        kundnummer=row["kundnummer"],
        kind=row["kind"],
        name=row["name"],
        personnummer=row["personnummer"],
        orgnr=row["orgnr"],
        email=row["email"],
        has_password=row["password_hash"] is not None,
    )


def get(conn: sqlite3.Connection, customer_id: int) -> Customer | None:
    row = conn.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return _from_row(row) if row else None


def _row_for(conn: sqlite3.Connection, username: Username) -> sqlite3.Row | None:
    column = "orgnr" if username.kind == "orgnr" else "kundnummer"
    return conn.execute(f"SELECT * FROM customers WHERE {column} = ?", (username.value,)).fetchone()


def find(conn: sqlite3.Connection, username: Username) -> Customer | None:
    row = _row_for(conn, username)
    return _from_row(row) if row else None


def find_by_personnummer(conn: sqlite3.Connection, personnummer: str) -> Customer | None:
    """The private customer with this personnummer (the first, when one person has several)."""
    row = conn.execute("SELECT * FROM customers WHERE personnummer = ? ORDER BY id LIMIT 1", (personnummer,)).fetchone()
    return _from_row(row) if row else None


def find_for_registration(conn: sqlite3.Connection, kundnummer: str, identity: Username) -> Customer | None:
    """The customer with this kundnummer whose personnummer or organisationsnummer matches."""
    column = "orgnr" if identity.kind == "orgnr" else "personnummer"
    row = conn.execute(
        f"SELECT * FROM customers WHERE kundnummer = ? AND {column} = ?", (kundnummer, identity.value)
    ).fetchone()
    return _from_row(row) if row else None


def set_password(conn: sqlite3.Connection, customer_id: int, password: str, now: float) -> None:
    conn.execute(
        "UPDATE customers SET password_hash = ?, password_changed_at = ? WHERE id = ?",
        (passwords.hash_password(password), now, customer_id),
    )


def authenticate(conn: sqlite3.Connection, username: Username, password: str) -> Customer | None:
    """The customer when the password matches; the same work is done when nobody matches."""
    row = _row_for(conn, username)
    stored = row["password_hash"] if row else None
    if passwords.verify_password(stored, password) and row is not None:
        return _from_row(row)
    return None


def add(
    conn: sqlite3.Connection,
    *,
    kundnummer: str,
    kind: str,
    name: str,
    personnummer: str | None = None,
    orgnr: str | None = None,
    email: str | None = None,
    password: str | None = None,
    now: float | None = None,
) -> int:
    password_hash = passwords.hash_password(password) if password else None
    cur = conn.execute(
        "INSERT INTO customers (kundnummer, kind, name, personnummer, orgnr, email, password_hash,"
        " password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kundnummer, kind, name, personnummer, orgnr, email, password_hash, now if password else None),
    )
    return cur.lastrowid
