"""Server-side session records, so logout and expiry end a session for real.

The browser's (signed) cookie carries only a random session id; SQLite keeps its hash.
A replayed cookie whose record has ended gets nowhere (ASVS 7.2.4, 7.4.1).
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass

from flask import current_app

from ..clock import Clock
from .db import get_clock, get_db
from .token_digest import digest

IDLE_SECONDS = 30 * 60  # a session ends after 30 minutes without activity
ABSOLUTE_SECONDS = 12 * 60 * 60  # and after 12 hours in all


@dataclass
class SessionPolicy:
    idle_seconds: int = IDLE_SECONDS
    absolute_seconds: int = ABSOLUTE_SECONDS


class SessionStore:
    def __init__(self, conn: sqlite3.Connection, clock: Clock, policy: SessionPolicy):
        self.conn = conn
        self.clock = clock
        self.policy = policy

    def start(self, customer_id: int) -> str:
        """Record a new session and return its id (for the cookie; never stored in clear)."""
        token = secrets.token_urlsafe(32)
        now = self.clock.now()
        self.conn.execute(
            "INSERT INTO sessions (id_hash, customer_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
            (digest(token), customer_id, now, now),
        )
        return token

    def resume(self, token: str | None) -> int | None:
        """The customer id of a live session, touching it; None when ended or expired."""
        if not token:
            return None
        row = self.conn.execute(
            "SELECT customer_id, created_at, last_seen_at, ended_at FROM sessions WHERE id_hash = ?", (digest(token),)
        ).fetchone()
        if row is None or row["ended_at"] is not None:
            return None
        now = self.clock.now()
        if now - row["last_seen_at"] > self.policy.idle_seconds:
            self.end(token, "idle")
            return None
        if now - row["created_at"] > self.policy.absolute_seconds:
            self.end(token, "absolute")
            return None
        self.conn.execute("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", (now, digest(token)))
        return row["customer_id"]

    def end(self, token: str | None, reason: str) -> None:
        if not token:
            return
        self.conn.execute(
            "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id_hash = ? AND ended_at IS NULL",
            (self.clock.now(), reason, digest(token)),
        )

    def end_all_for(self, customer_id: int, reason: str) -> int:
        """End every live session of a customer (e.g. after a password change)."""
        cur = self.conn.execute(
            "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE customer_id = ? AND ended_at IS NULL",
            (self.clock.now(), reason, customer_id),
        )
        return cur.rowcount


def current_store() -> SessionStore:
    """The session store of this request, with the configured lifetimes."""
    config = current_app.config
    policy = SessionPolicy(config["SESSION_IDLE_SECONDS"], config["SESSION_ABSOLUTE_SECONDS"])
    return SessionStore(get_db(), get_clock(), policy)
