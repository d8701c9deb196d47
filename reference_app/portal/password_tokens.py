"""Tokens for the "Skapa lösenord" link: 256 random bits, stored hashed, single use, expiring;
a newer token voids the older ones."""

from __future__ import annotations

import secrets
import sqlite3

from ..clock import Clock
from .token_digest import digest


def issue(conn: sqlite3.Connection, clock: Clock, customer_id: int, lifetime_seconds: int) -> str:
    token = secrets.token_urlsafe(32)
    now = clock.now()
    conn.execute(
        "UPDATE password_tokens SET voided_at = ? WHERE customer_id = ? AND used_at IS NULL AND voided_at IS NULL",
        (now, customer_id),
    )
    conn.execute(
        "INSERT INTO password_tokens (token_hash, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (digest(token), customer_id, now, now + lifetime_seconds),
    )
    return token


_USABLE = "token_hash = ? AND used_at IS NULL AND voided_at IS NULL AND expires_at > ?"


def customer_for(conn: sqlite3.Connection, clock: Clock, token: str) -> int | None:
    """The customer a usable token belongs to, without using it up."""
    row = conn.execute(
        f"SELECT customer_id FROM password_tokens WHERE {_USABLE}", (digest(token), clock.now())
    ).fetchone()
    return row["customer_id"] if row else None


def consume(conn: sqlite3.Connection, clock: Clock, token: str) -> int | None:
    """Use the token up (atomically: two tabs cannot both use it); its customer, or None."""
    now = clock.now()
    row = conn.execute(
        f"UPDATE password_tokens SET used_at = ? WHERE {_USABLE} RETURNING customer_id", (now, digest(token), now)
    ).fetchone()
    return row["customer_id"] if row else None
