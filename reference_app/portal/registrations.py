"""Registering an e-mail address whole or not at all, also across a crash (H9, H10).

A registration is its confirmation mail: it waits in the outbox, marked as registering the
customer, while the request sends it; the address is stored in the same transaction that notes
the mail as sent (`complete`, or the outbox worker's delivery). So an address is never stored
without its mail having gone. If SMTP refuses, the registration is given up (`release`): nothing
is stored and the customer is told. If the process dies in between, the outbox worker sends the
mail once the request's claim has run out (the same Message-ID if it had gone already: at least
once) and stores the address then. A retry of the same registration (same customer, same
address) takes over a registration on its way, or is told it is done; only another address is
refused."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..clock import Clock
from ..sqlite import write_transaction
from .mail import Mail, new_message_id

# How long a request owns the registration it sends; after that (a crash) the outbox worker does.
CLAIM_SECONDS = 60
_BLANK = "text_body = '', html_body = NULL"


@dataclass(frozen=True)
class Claim:
    row: int  # the outbox row that carries the registration
    message_id: str


def claim(conn: sqlite3.Connection, clock: Clock, customer_id: int, mail: Mail) -> Claim | None:
    """This request's claim on registering `mail.to` for the customer; None when the customer has
    an address already or another one on its way (H10)."""
    now = clock.now()
    with write_transaction(conn):
        if conn.execute("SELECT email FROM customers WHERE id = ?", (customer_id,)).fetchone()["email"]:
            return None
        pending = conn.execute(
            "SELECT id, to_addr, message_id FROM outbox WHERE registers_customer = ? AND sent_at IS NULL"
            " AND failed_at IS NULL",
            (customer_id,),
        ).fetchone()
        if pending is not None:
            if pending["to_addr"].lower() != mail.to.lower():
                return None
            conn.execute("UPDATE outbox SET claimed_until = ? WHERE id = ?", (now + CLAIM_SECONDS, pending["id"]))
            return Claim(pending["id"], pending["message_id"])
        message_id = new_message_id()
        row = conn.execute(
            "INSERT INTO outbox (to_addr, subject, text_body, html_body, created_at, next_attempt_at, message_id,"
            " registers_customer, claimed_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mail.to, mail.subject, mail.text, mail.html, now, now, message_id, customer_id, now + CLAIM_SECONDS),
        ).lastrowid
        return Claim(row, message_id)


def store_address(conn: sqlite3.Connection, row: sqlite3.Row | dict) -> None:
    """The registration's address, stored as its mail is noted sent (inside that transaction)."""
    conn.execute(
        "UPDATE customers SET email = ? WHERE id = ? AND email IS NULL", (row["to_addr"], row["registers_customer"])
    )


def complete(conn: sqlite3.Connection, clock: Clock, taken: Claim) -> None:
    """The mail has gone: note it sent (its body blanked) and store the address, together."""
    with write_transaction(conn):
        row = conn.execute("SELECT to_addr, registers_customer FROM outbox WHERE id = ?", (taken.row,)).fetchone()
        conn.execute(
            f"UPDATE outbox SET sent_at = COALESCE(sent_at, ?), claimed_until = NULL, {_BLANK} WHERE id = ?",
            (clock.now(), taken.row),
        )
        store_address(conn, row)


def release(conn: sqlite3.Connection, taken: Claim) -> None:
    """SMTP refused the mail: the registration is given up, nothing stored."""
    conn.execute("DELETE FROM outbox WHERE id = ? AND sent_at IS NULL", (taken.row,))


def registered(conn: sqlite3.Connection, customer_id: int) -> str | None:
    row = conn.execute("SELECT email FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return row["email"] if row else None
