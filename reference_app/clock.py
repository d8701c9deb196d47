"""One injectable clock: wall time plus an offset kept in SQLite, shared by every worker.

Everything that expires reads this clock, so a test stack can move time forward
(see the portal's test-mode control endpoint) instead of waiting.
"""

from __future__ import annotations

import math
import time

from .sqlite import PerThread

SCHEMA = """
CREATE TABLE IF NOT EXISTS clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    offset_seconds REAL NOT NULL
);
INSERT OR IGNORE INTO clock (id, offset_seconds) VALUES (1, 0);
"""
MAX_ADVANCE_SECONDS = 10 * 366 * 24 * 3600  # a test moves time by minutes or days, never by centuries


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
        if not math.isfinite(seconds) or not 0 <= seconds <= MAX_ADVANCE_SECONDS:
            raise ValueError(f"the clock moves forward by 0 to {MAX_ADVANCE_SECONDS} seconds at a time")
        self._conn().execute("UPDATE clock SET offset_seconds = offset_seconds + ? WHERE id = 1", (seconds,))
        return self.now()

    def reset(self) -> None:
        """Back to real time: what a normal (not test-mode) start does with a moved clock."""
        self._conn().execute("UPDATE clock SET offset_seconds = 0 WHERE id = 1")
