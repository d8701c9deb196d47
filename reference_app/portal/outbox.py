"""Mail that must not be lost when SMTP is briefly down: stored first, sent by a worker,
retried with back-off. Used where the customer's answer must not depend on the mail
(the "Skapa lösenord" link: same answer whether or not the kundnummer exists).

Nothing usable stays at rest: a body is blanked once sent or given up (the database overwrites
what it held, db.connect), a queued mail whose link has expired is dropped unsent, and the
write-ahead log, which still holds the body as first written, is checkpointed into the database
and truncated (forget). The link is written in clear until its mail goes because the outbox must
still send it after a crash; a key to hide it would have to live beside it (the data folder) to
survive that crash, which would hide nothing. The Message-ID is fixed when queued, so a mail sent again
after a crash between SMTP's answer and our note of it is recognisably the same message."""

from __future__ import annotations

import logging
import sqlite3
import threading

from ..clock import Clock
from ..sqlite import write_transaction
from . import db, registrations
from .mail import Mail, MailError, new_message_id, send

log = logging.getLogger("minasidor.outbox")

RETRY_AFTER_SECONDS = [5, 30, 120, 300, 600, 900]  # then give up (the link would have expired)
CLAIM_SECONDS = 60
IDLE_WAKE_SECONDS = 5


def enqueue(conn: sqlite3.Connection, clock: Clock, mail: Mail, expires_at: float | None = None) -> None:
    """Queue a mail; `expires_at`: when what it carries (a link) stops working."""
    now = clock.now()
    conn.execute(
        "INSERT INTO outbox (to_addr, subject, text_body, html_body, created_at, next_attempt_at, message_id, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (mail.to, mail.subject, mail.text, mail.html, now, now, mail.message_id or new_message_id(), expires_at),
    )


_BLANK = "text_body = '', html_body = NULL"


def _drop_expired(conn: sqlite3.Connection, now: float) -> int:
    dropped = conn.execute(
        f"UPDATE outbox SET failed_at = ?, last_error = 'expired before it could be sent', {_BLANK}"
        " WHERE sent_at IS NULL AND failed_at IS NULL AND expires_at IS NOT NULL AND expires_at <= ?",
        (now, now),
    ).rowcount
    if dropped:
        log.error("dropped %s outbox message(s) whose link expired before SMTP took them", dropped)
    return dropped


def _claim(conn: sqlite3.Connection, now: float) -> sqlite3.Row | None:
    return conn.execute(
        "UPDATE outbox SET claimed_until = ? WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
        " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT 1) RETURNING *",
        (now + CLAIM_SECONDS, now, now),
    ).fetchone()


def forget(conn: sqlite3.Connection) -> bool:
    """Checkpoint the write-ahead log into the database and truncate it, so that the frames with a
    body as first written go; False while another connection is still reading an older state
    (then the worker tries again at its next wake)."""
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:
        return False
    return not busy


def deliver_due(conn: sqlite3.Connection, clock: Clock, config: dict) -> int:
    """Send every message that is due (and forget the bodies sent or given up); returns how many
    were sent."""
    blanked = _drop_expired(conn, clock.now())
    sent = 0
    while (row := _claim(conn, clock.now())) is not None:
        mail = Mail(row["to_addr"], row["subject"], row["text_body"], row["html_body"], row["message_id"])
        try:
            send(config, mail)
        except MailError as exc:
            attempts = row["attempts"] + 1
            if attempts > len(RETRY_AFTER_SECONDS):
                conn.execute(
                    f"UPDATE outbox SET attempts = ?, failed_at = ?, last_error = ?, {_BLANK} WHERE id = ?",
                    (attempts, clock.now(), str(exc), row["id"]),
                )
                log.error("gave up sending outbox message %s after %s attempts: %s", row["id"], attempts, exc)
                blanked += 1
            else:
                conn.execute(
                    "UPDATE outbox SET attempts = ?, next_attempt_at = ?, claimed_until = NULL, last_error = ? WHERE id = ?",
                    (attempts, clock.now() + RETRY_AFTER_SECONDS[attempts - 1], str(exc), row["id"]),
                )
                log.warning("outbox message %s not sent (attempt %s), will retry: %s", row["id"], attempts, exc)
            continue
        with write_transaction(conn):  # a registration's address is stored with its mail noted sent
            conn.execute(
                f"UPDATE outbox SET sent_at = COALESCE(sent_at, ?), claimed_until = NULL, {_BLANK} WHERE id = ?",
                (clock.now(), row["id"]),
            )
            if row["registers_customer"] is not None:
                registrations.store_address(conn, row)
        sent += 1
    if sent or blanked:
        forget(conn)
    return sent


class OutboxWorker:
    """A daemon thread per process: wakes when mail is enqueued here, and every few seconds."""

    def __init__(self, config: dict, clock: Clock):
        self.config = config
        self.clock = clock
        self.wake = threading.Event()
        self.thread = threading.Thread(target=self._run, name="outbox", daemon=True)

    def start(self) -> OutboxWorker:
        self.thread.start()
        return self

    def _run(self) -> None:
        conn = db.connect(self.config["DATABASE"])
        while True:
            try:
                deliver_due(conn, self.clock, self.config)
                forget(conn)  # also what a crash left in the log, or a checkpoint a reader held up
            except sqlite3.Error:
                log.exception("outbox delivery failed")
            self.wake.wait(IDLE_WAKE_SECONDS)
            self.wake.clear()
