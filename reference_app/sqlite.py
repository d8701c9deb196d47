"""SQLite for every component (portal, clock, rate limits, fake BankID, mail catcher): one
way to connect, so that several threads and worker processes can share a file safely."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BUSY_TIMEOUT_SECONDS = 30  # a writer waits this long for another process's transaction


def connect(path: str, synchronous: str = "FULL") -> sqlite3.Connection:
    """An autocommit connection in WAL mode, rows readable by column name. `synchronous`
    NORMAL trades the last moments before a power cut for speed (the mail catcher's choice)."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if synchronous not in ("FULL", "NORMAL"):
        raise ValueError(f"synchronous must be FULL or NORMAL, not {synchronous!r}")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    return conn


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing, and no other writer in between (BEGIN IMMEDIATE): committed when the block
    ends, rolled back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class PerThread:
    """One connection per thread, kept open, for stores read on every request."""

    def __init__(self, path: str, synchronous: str = "FULL", on_connect=None):
        self.path, self.synchronous, self.on_connect = path, synchronous, on_connect
        self._local = threading.local()

    def __call__(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self.path, self.synchronous)
            if self.on_connect:
                self.on_connect(conn)
        return conn


def add_missing_columns(conn: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    """Bring a table made by an older version up to date (CREATE TABLE IF NOT EXISTS does not)."""
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    for name, declaration in columns.items():
        if name not in present:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
