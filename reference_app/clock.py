"""One injectable clock: wall time plus an offset kept in SQLite, shared by every worker.

Everything that expires reads this clock, so a test stack can move time forward
(see the portal's test-mode control endpoint) instead of waiting.
"""

from __future__ import annotations

import time

from .sqlite import PerThread

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
        self._conn = PerThread(db_path)  # the clock is read on every request
        self._conn().executescript(SCHEMA)

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
