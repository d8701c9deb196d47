"""A `limits` storage on SQLite, so Flask-Limiter's counters are shared by all worker
processes and follow the stack's injectable clock. URI: ``minasidor-sqlite:///abs/path.db``."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlparse

from limits.storage import Storage

from ..clock import Clock
from ..sqlite import PerThread, write_transaction


class SQLiteStorage(Storage):
    STORAGE_SCHEME = ["minasidor-sqlite"]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options):
        self.path = urlparse(uri).path
        self.clock = Clock(self.path)
        self._conn = PerThread(self.path)
        self._conn().execute(
            "CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at REAL NOT NULL)"
        )
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    @property
    def base_exceptions(self):
        return sqlite3.Error

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = self.clock.now()
        conn = self._conn()
        with write_transaction(conn):
            row = conn.execute("SELECT count, expires_at FROM rate_limits WHERE key = ?", (key,)).fetchone()
            if row is None or row[1] <= now:
                count = amount
                conn.execute(
                    "INSERT OR REPLACE INTO rate_limits (key, count, expires_at) VALUES (?, ?, ?)",
                    (key, count, now + expiry),
                )
            else:
                count = row[0] + amount
                conn.execute("UPDATE rate_limits SET count = ? WHERE key = ?", (count, key))
        return count

    def get(self, key: str) -> int:
        row = (
            self._conn()
            .execute("SELECT count FROM rate_limits WHERE key = ? AND expires_at > ?", (key, self.clock.now()))
            .fetchone()
        )
        return row[0] if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._conn().execute("SELECT expires_at FROM rate_limits WHERE key = ?", (key,)).fetchone()
        now = self.clock.now()
        return row[0] if row and row[0] > now else now

    def check(self) -> bool:
        try:
            self._conn().execute("SELECT 1")
            return True
        except sqlite3.Error:
            return False

    def reset(self) -> int | None:
        return self._conn().execute("DELETE FROM rate_limits").rowcount

    def clear(self, key: str) -> None:
        self._conn().execute("DELETE FROM rate_limits WHERE key = ?", (key,))
