"""Every caught message in SQLite (WAL), with search and a wait that wakes on arrival."""

from __future__ import annotations

import json
import secrets
import shlex
import sqlite3
import threading
import time
from datetime import datetime, timezone

from ..sqlite import PerThread
from .parsing import parse

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,            -- Mailpit-shaped fields as JSON
    raw BLOB NOT NULL,
    to_text TEXT NOT NULL,           -- lower-cased, for search
    from_text TEXT NOT NULL,
    subject_text TEXT NOT NULL,
    body_text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chaos (
    trigger TEXT PRIMARY KEY,        -- Sender, Recipient or Authentication, as in Mailpit
    error_code INTEGER NOT NULL,
    probability INTEGER NOT NULL
);
"""
SUMMARY_FIELDS = ("MessageID", "From", "To", "Cc", "Bcc", "ReplyTo", "Subject", "Size", "Snippet")
CHAOS_TRIGGERS = ("Sender", "Recipient", "Authentication")
# Re-check the database this often while waiting, for messages stored by another process.
WAIT_RECHECK_SECONDS = 0.5


class QueryError(ValueError):
    pass


def _now_rfc3339() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


COLUMNS = {"to": "to_text", "from": "from_text", "subject": "subject_text"}
ANYWHERE = ("subject_text", "body_text", "to_text", "from_text")


def _like(column: str) -> str:
    return f"{column} LIKE ? ESCAPE '\\'"


MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 20


def parse_query(query: str) -> tuple[str, list[str]]:
    """Mailpit-style search (to:, from:, subject:, free words) as an SQL condition."""
    if len(query or "") > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: at most {MAX_QUERY_CHARS} characters")
    try:
        tokens = shlex.split(query or "")
    except ValueError as exc:
        raise QueryError(f"invalid query: {exc}") from None
    if len(tokens) > MAX_QUERY_TERMS:
        raise QueryError(f"query has too many terms: at most {MAX_QUERY_TERMS}")
    clauses, params = [], []
    for token in tokens:
        key, sep, value = token.partition(":")
        column = COLUMNS.get(key.lower()) if sep else None
        if column is None:
            value = token
        escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        if column:
            clauses.append(_like(column))
            params.append(pattern)
        else:
            clauses.append("(" + " OR ".join(_like(c) for c in ANYWHERE) + ")")
            params.extend([pattern] * len(ANYWHERE))
    return (" AND ".join(clauses) or "1"), params


class MessageStore:
    def __init__(self, path: str):
        self.path = path
        self._conn = PerThread(path, synchronous="NORMAL")
        self._arrived = threading.Condition()
        self._conn().executescript(SCHEMA)

    # --- writing -----------------------------------------------------------------------
    def add(self, raw: bytes, envelope_from: str, envelope_to: list[str]) -> str:
        fields = parse(raw, envelope_from, envelope_to)
        message_id = secrets.token_urlsafe(16)
        addresses = fields["To"] + fields["Cc"] + fields["Bcc"]
        self._conn().execute(
            "INSERT INTO messages (id, created, fields, raw, to_text, from_text, subject_text, body_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (message_id, _now_rfc3339(), json.dumps(fields, ensure_ascii=False), raw,
             " ".join(f"{a['Name']} <{a['Address']}>" for a in addresses).lower(),
             f"{fields['From']['Name']} <{fields['From']['Address']}>".lower(),
             fields["Subject"].lower(), (fields["Text"] + " " + fields["HTML"]).lower()),
        )
        with self._arrived:
            self._arrived.notify_all()
        return message_id

    def delete(self, ids: list[str] | None = None) -> None:
        if ids is None:
            self._conn().execute("DELETE FROM messages")
        else:
            self._conn().executemany("DELETE FROM messages WHERE id = ?", [(i,) for i in ids])

    def mark_read(self, message_id: str) -> None:
        self._conn().execute("UPDATE messages SET read = 1 WHERE id = ?", (message_id,))

    def set_read(self, read: bool, ids: list[str] | None = None) -> None:
        """Mark the IDs (None: every message) read or unread."""
        if ids is None:
            self._conn().execute("UPDATE messages SET read = ?", (int(read),))
        else:
            self._conn().executemany("UPDATE messages SET read = ? WHERE id = ?", [(int(read), i) for i in ids])

    def delete_matching(self, query: str) -> int:
        where, params = parse_query(query)
        return self._conn().execute(f"DELETE FROM messages WHERE {where}", params).rowcount

    def info(self) -> dict:
        total, unread = self._conn().execute("SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM messages").fetchone()
        return {"Messages": total, "Unread": unread}

    # --- reading -----------------------------------------------------------------------
    def _summary(self, row: sqlite3.Row) -> dict:
        fields = json.loads(row["fields"])
        summary = {"ID": row["id"], "Read": bool(row["read"]), "Created": row["created"], "Tags": []}
        summary.update({k: fields[k] for k in SUMMARY_FIELDS})
        summary["Date"] = fields.get("Date") or row["created"]  # no Date header: when it was received, as Mailpit
        summary["Attachments"] = len(fields["Attachments"])
        return summary

    def search(self, query: str = "", start: int = 0, limit: int = 50) -> dict:
        where, params = parse_query(query)
        conn = self._conn()
        rows = conn.execute(
            f"SELECT * FROM messages WHERE {where} ORDER BY seq DESC LIMIT ? OFFSET ?", (*params, limit, start)
        ).fetchall()
        matching, matching_unread = conn.execute(
            f"SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM messages WHERE {where}", params).fetchone()
        total, unread = conn.execute("SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM messages").fetchone()
        # Mailpit's fields: total/unread in the mailbox, messages_count/messages_unread matching, count in this page.
        return {"total": total, "unread": unread, "count": len(rows), "messages_count": matching,
                "messages_unread": matching_unread, "start": start, "tags": [],
                "messages": [self._summary(r) for r in rows]}

    def count(self, query: str = "") -> int:
        where, params = parse_query(query)
        return self._conn().execute(f"SELECT COUNT(*) FROM messages WHERE {where}", params).fetchone()[0]

    def get(self, message_id: str) -> dict | None:
        conn = self._conn()
        if message_id == "latest":
            row = conn.execute("SELECT * FROM messages ORDER BY seq DESC LIMIT 1").fetchone()
        else:
            row = conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            return None
        fields = json.loads(row["fields"])
        message = {"ID": row["id"], "Read": bool(row["read"]), "Created": row["created"], "Tags": [], "Inline": []}
        message.update({k: v for k, v in fields.items() if k not in ("Snippet", "Headers")})
        message["Date"] = fields.get("Date") or row["created"]
        message["Headers"] = fields["Headers"]
        return message

    def raw(self, message_id: str) -> bytes | None:
        if message_id == "latest":
            row = self._conn().execute("SELECT raw FROM messages ORDER BY seq DESC LIMIT 1").fetchone()
        else:
            row = self._conn().execute("SELECT raw FROM messages WHERE id = ?", (message_id,)).fetchone()
        return row["raw"] if row else None

    def wait(self, query: str, count: int, timeout: float) -> dict | None:
        """The search result once at least `count` messages match, or None after `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            if self.count(query) >= count:
                return self.search(query, 0, max(count, 50))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            with self._arrived:
                self._arrived.wait(min(remaining, WAIT_RECHECK_SECONDS))

    # --- chaos (test mode): make SMTP refuse, like Mailpit's /api/v1/chaos ---------------
    def chaos(self) -> dict:
        rows = {r["trigger"]: r for r in self._conn().execute("SELECT * FROM chaos")}
        return {t: {"ErrorCode": rows[t]["error_code"] if t in rows else 451,
                    "Probability": rows[t]["probability"] if t in rows else 0} for t in CHAOS_TRIGGERS}

    def set_chaos(self, triggers: dict) -> dict:
        conn = self._conn()
        conn.execute("DELETE FROM chaos")
        for name, setting in triggers.items():
            conn.execute("INSERT INTO chaos (trigger, error_code, probability) VALUES (?, ?, ?)",
                         (name, int(setting.get("ErrorCode", 451)), int(setting.get("Probability", 0))))
        return self.chaos()
