"""The BankID orders this portal has started. The browser knows an order only by a random
handle in its session; the handle is kept here as its digest."""

from __future__ import annotations

import secrets
import sqlite3

from ..clock import Clock
from .token_digest import digest


def record(conn: sqlite3.Connection, clock: Clock, order: dict) -> str:
    """Keep an order BankID has started (its answer to auth); returns the browser's handle."""
    handle = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO bankid_orders (handle_hash, order_ref, auto_start_token, qr_start_token, qr_start_secret, started_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            digest(handle),
            order["orderRef"],
            order["autoStartToken"],
            order["qrStartToken"],
            order["qrStartSecret"],
            clock.now(),
        ),
    )
    return handle


def open_order(conn: sqlite3.Connection, handle: str | None) -> sqlite3.Row | None:
    """The order behind `handle`, unless it has ended."""
    if not handle:
        return None
    return conn.execute(
        "SELECT * FROM bankid_orders WHERE handle_hash = ? AND ended_at IS NULL", (digest(handle),)
    ).fetchone()


def end(conn: sqlite3.Connection, clock: Clock, order: sqlite3.Row) -> None:
    conn.execute("UPDATE bankid_orders SET ended_at = ? WHERE handle_hash = ?", (clock.now(), order["handle_hash"]))
