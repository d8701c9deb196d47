"""Password lockout per account: the fifth failed password within 15 minutes locks password
login for that account for 15 minutes from that fifth failure (then five new tries). Counted
per account, however the username was typed; kept in SQLite so every worker sees it, read off
the stack's clock."""

from __future__ import annotations

import sqlite3

from ..clock import Clock
from ..sqlite import write_transaction

FAILURES = 5
WINDOW_SECONDS = 15 * 60
LOCK_SECONDS = 15 * 60


def seconds_locked(conn: sqlite3.Connection, clock: Clock, account: str) -> float:
    """How long password login stays locked for this account (0: not locked)."""
    row = conn.execute("SELECT locked_until FROM login_lockouts WHERE account = ?", (account,)).fetchone()
    return max(0.0, row["locked_until"] - clock.now()) if row else 0.0


def record_failure(conn: sqlite3.Connection, clock: Clock, account: str) -> bool:
    """Count a failed password; True when this failure locked the account."""
    now = clock.now()
    with write_transaction(conn):  # two workers counting at once must not both miss the fifth
        conn.execute("DELETE FROM login_failures WHERE account = ? AND failed_at <= ?", (account, now - WINDOW_SECONDS))
        conn.execute("INSERT INTO login_failures (account, failed_at) VALUES (?, ?)", (account, now))
        (count,) = conn.execute("SELECT count(*) FROM login_failures WHERE account = ?", (account,)).fetchone()
        locked = count >= FAILURES
        if locked:
            conn.execute(
                "INSERT OR REPLACE INTO login_lockouts (account, locked_until) VALUES (?, ?)",
                (account, now + LOCK_SECONDS),
            )
            conn.execute("DELETE FROM login_failures WHERE account = ?", (account,))
    return locked
