"""What a request of the portal works with: its SQLite connection (one per request, schema
applied at start-up) and the stack's clock."""

from __future__ import annotations

import sqlite3
from importlib import resources

from flask import current_app, g

from ..clock import Clock
from ..sqlite import add_missing_columns
from ..sqlite import connect as connect_wal


def connect(path: str) -> sqlite3.Connection:
    """The portal's database, where what a row held is overwritten when it changes or goes
    (secure_delete: a sent link's body leaves no trace in the database file; the write-ahead log
    is emptied by outbox.forget)."""
    conn = connect_wal(path)
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def init_schema(path: str) -> None:
    schema = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
    conn = connect(path)
    try:
        conn.executescript(schema)
        add_missing_columns(
            conn, "outbox", {"message_id": "TEXT", "expires_at": "REAL", "registers_customer": "INTEGER"}
        )
    finally:
        conn.close()


def get_clock() -> Clock:
    """The one clock everything that expires reads (movable in test mode)."""
    return current_app.extensions["clock"]


def get_db() -> sqlite3.Connection:
    """The request's connection, opened on first use."""
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    return g.db


def close_db(_exc: BaseException | None = None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()
