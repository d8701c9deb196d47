"""One injectable clock: wall time plus an offset kept in SQLite, shared by every worker.

Everything that expires reads this clock, so a test stack can move time forward
(see the portal's test-mode control endpoint) instead of waiting.
"""

from __future__ import annotations

import sqlite3
import threading
import time

SCHEMA = """
CREATE TABLE IF NOT EXISTS clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    offset_seconds REAL NOT NULL
);
INSERT OR IGNORE INTO clock (id, offset_seconds) VALUES (1, 0);
"""


class Clock:
    """Seconds since the epoch, as the stack sees them."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self._local = threading.local()
        self._conn().executescript(SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        """One connection per thread, kept open: the clock is read on every request."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.db_path, timeout=10, isolation_level=None)
            self._local.conn = conn
        return conn

    def offset(self) -> float:
        (value,) = self._conn().execute("SELECT offset_seconds FROM clock WHERE id = 1").fetchone()
        return value

    def now(self) -> float:
        return time.time() + self.offset()

    def advance(self, seconds: float) -> float:
        """Move the clock forward (never back) and return the new time."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self._conn().execute("UPDATE clock SET offset_seconds = offset_seconds + ? WHERE id = 1", (seconds,))
        return self.now()
