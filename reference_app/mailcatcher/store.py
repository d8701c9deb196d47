"""Every caught message in SQLite (WAL), with search and a wait that wakes on arrival."""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import threading
import time
from datetime import UTC, datetime

from ..sqlite import PerThread, write_transaction
from .parsing import parse
from .search_query import QueryError, parse_query, register_functions

__all__ = ["MessageStore", "QueryError", "CHAOS_TRIGGERS", "clean_tags"]

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
CREATE TABLE IF NOT EXISTS message_tags (
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (message_id, tag)
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
MAX_TAG_CHARS = 100


def _now_rfc3339() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def clean_tags(tags) -> list[str]:
    """Tags as Mailpit keeps them: letters, digits, space, - _ . only, spaces collapsed, no
    empty ones, each once (the first spelling wins, compared without case)."""
    cleaned: dict[str, str] = {}
    for tag in tags:
        tag = re.sub(r"\s+", " ", re.sub(r"[^\w \-.]", "", str(tag))).strip()[:MAX_TAG_CHARS]
        if tag:
            cleaned.setdefault(tag.lower(), tag)
    return list(cleaned.values())


class MessageStore:
    def __init__(self, path: str, ignore_duplicate_ids: bool = False):
        self.path = path
        # Mailpit's --ignore-duplicate-ids: a message whose Message-ID is stored already (a sender's
        # retry after a crash) is accepted and not stored again. Off by default, as in Mailpit.
        self.ignore_duplicate_ids = ignore_duplicate_ids
        self._conn = PerThread(path, synchronous="NORMAL", on_connect=register_functions)
        self._arrived = threading.Condition()
        self._conn().executescript(SCHEMA)

    # --- writing -----------------------------------------------------------------------
    def add(self, raw: bytes, envelope_from: str, envelope_to: list[str], tags=()) -> str:
        """Store one message; its tags are `tags` and those in its X-Tags header, as in Mailpit."""
        fields = parse(raw, envelope_from, envelope_to)
        if self.ignore_duplicate_ids and fields["MessageID"]:
            stored = (
                self._conn()
                .execute(
                    "SELECT id FROM messages WHERE json_extract(fields, '$.MessageID') = ? LIMIT 1",
                    (fields["MessageID"],),
                )
                .fetchone()
            )
            if stored is not None:
                return stored[0]
        message_id = secrets.token_urlsafe(16)
        tags = clean_tags([*tags, *fields.pop("XTags")])
        addresses = fields["To"] + fields["Cc"] + fields["Bcc"]
        self._conn().execute(
            "INSERT INTO messages (id, created, fields, raw, to_text, from_text, subject_text, body_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                message_id,
                _now_rfc3339(),
                json.dumps(fields, ensure_ascii=False),
                raw,
                " ".join(f"{a['Name']} <{a['Address']}>" for a in addresses).lower(),
                f"{fields['From']['Name']} <{fields['From']['Address']}>".lower(),
                fields["Subject"].lower(),
                (fields["Text"] + " " + fields["HTML"]).lower(),
            ),
        )
        if tags:
            self.set_tags([message_id], tags)
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

    def set_read(self, read: bool, ids: list[str] | None = None, query: str = "", tz: str | None = None) -> None:
        """Mark the IDs (None: every message matching `query`) read or unread."""
        if ids is None:
            where, params = parse_query(query, tz)
            self._conn().execute(f"UPDATE messages SET read = ? WHERE {where}", (int(read), *params))
        else:
            self._conn().executemany("UPDATE messages SET read = ? WHERE id = ?", [(int(read), i) for i in ids])

    def delete_matching(self, query: str, tz: str | None = None) -> int:
        where, params = parse_query(query, tz)
        return self._conn().execute(f"DELETE FROM messages WHERE {where}", params).rowcount

    def info(self) -> dict:
        total, unread = self._conn().execute("SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM messages").fetchone()
        return {"Messages": total, "Unread": unread, "Tags": self.tag_counts()}

    # --- tags, as in Mailpit --------------------------------------------------------------
    def set_tags(self, ids: list[str], tags: list[str]) -> None:
        """Replace the tags of each message in `ids` (unknown IDs are skipped)."""
        tags = clean_tags(tags)
        conn = self._conn()
        with write_transaction(conn):
            for message_id in ids:
                if conn.execute("SELECT 1 FROM messages WHERE id = ?", (message_id,)).fetchone() is None:
                    continue
                conn.execute("DELETE FROM message_tags WHERE message_id = ?", (message_id,))
                conn.executemany(
                    "INSERT INTO message_tags (message_id, tag) VALUES (?, ?)",
                    [(message_id, self._spelling(conn, tag)) for tag in tags],
                )

    @staticmethod
    def _spelling(conn, tag: str) -> str:
        """A tag already in use keeps its first spelling (tags compare without case)."""
        row = conn.execute("SELECT tag FROM message_tags WHERE lower_text(tag) = ? LIMIT 1", (tag.lower(),)).fetchone()
        return row["tag"] if row else tag

    def tags(self) -> list[str]:
        return [
            r["tag"] for r in self._conn().execute("SELECT DISTINCT tag FROM message_tags ORDER BY lower_text(tag)")
        ]

    def tag_counts(self) -> dict[str, int]:
        rows = self._conn().execute("SELECT tag, COUNT(*) AS n FROM message_tags GROUP BY tag ORDER BY lower_text(tag)")
        return {r["tag"]: r["n"] for r in rows}

    def tags_of(self, message_id: str) -> list[str]:
        rows = self._conn().execute(
            "SELECT tag FROM message_tags WHERE message_id = ? ORDER BY lower_text(tag)", (message_id,)
        )
        return [r["tag"] for r in rows]

    def rename_tag(self, old: str, new: str) -> bool:
        """False when no message has the tag `old`."""
        cleaned = clean_tags([new])
        if not cleaned:
            raise QueryError("the new tag name is empty")
        conn = self._conn()
        with write_transaction(conn):
            ids = [
                r["message_id"]
                for r in conn.execute("SELECT message_id FROM message_tags WHERE lower_text(tag) = ?", (old.lower(),))
            ]
            conn.execute("DELETE FROM message_tags WHERE lower_text(tag) = ?", (old.lower(),))
            conn.executemany(
                "INSERT OR IGNORE INTO message_tags (message_id, tag) VALUES (?, ?)", [(i, cleaned[0]) for i in ids]
            )
        return bool(ids)

    def delete_tag(self, tag: str) -> None:
        self._conn().execute("DELETE FROM message_tags WHERE lower_text(tag) = ?", (tag.lower(),))

    # --- reading -----------------------------------------------------------------------
    def _summary(self, row: sqlite3.Row) -> dict:
        fields = json.loads(row["fields"])
        summary = {
            "ID": row["id"],
            "Read": bool(row["read"]),
            "Created": row["created"],
            "Tags": self.tags_of(row["id"]),
        }
        summary.update({k: fields[k] for k in SUMMARY_FIELDS})
        summary["Date"] = fields.get("Date") or row["created"]  # no Date header: when it was received, as Mailpit
        summary["Attachments"] = len(fields["Attachments"])
        return summary

    def search(self, query: str = "", start: int = 0, limit: int = 50, tz: str | None = None) -> dict:
        where, params = parse_query(query, tz)
        conn = self._conn()
        rows = conn.execute(
            f"SELECT * FROM messages WHERE {where} ORDER BY seq DESC LIMIT ? OFFSET ?", (*params, limit, start)
        ).fetchall()
        matching, matching_unread = conn.execute(
            f"SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM messages WHERE {where}", params
        ).fetchone()
        total, unread = conn.execute("SELECT COUNT(*), COALESCE(SUM(read = 0), 0) FROM messages").fetchone()
        # Mailpit's fields: total/unread in the mailbox, messages_count/messages_unread matching, count in this page.
        return {
            "total": total,
            "unread": unread,
            "count": len(rows),
            "messages_count": matching,
            "messages_unread": matching_unread,
            "start": start,
            "tags": self.tags(),
            "messages": [self._summary(r) for r in rows],
        }

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
        message = {
            "ID": row["id"],
            "Read": bool(row["read"]),
            "Created": row["created"],
            "Tags": self.tags_of(row["id"]),
            "Inline": [],
        }
        message.update({k: v for k, v in fields.items() if k not in ("Snippet", "Headers", "XTags")})
        message["Date"] = fields.get("Date") or row["created"]
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
        # Looked at under the lock that `add` announces under: an arrival between the look and
        # the wait is not missed (it would have cost a re-check's wait).
        with self._arrived:
            while True:
                if self.count(query) >= count:
                    return self.search(query, 0, max(count, 50))
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._arrived.wait(min(remaining, WAIT_RECHECK_SECONDS))

    # --- chaos (test mode): make SMTP refuse, like Mailpit's /api/v1/chaos ---------------
    def chaos(self) -> dict:
        rows = {r["trigger"]: r for r in self._conn().execute("SELECT * FROM chaos")}
        return {
            t: {
                "ErrorCode": rows[t]["error_code"] if t in rows else 451,
                "Probability": rows[t]["probability"] if t in rows else 0,
            }
            for t in CHAOS_TRIGGERS
        }

    def set_chaos(self, triggers: dict) -> dict:
        conn = self._conn()
        conn.execute("DELETE FROM chaos")
        for name, setting in triggers.items():
            conn.execute(
                "INSERT INTO chaos (trigger, error_code, probability) VALUES (?, ?, ?)",
                (name, int(setting.get("ErrorCode", 451)), int(setting.get("Probability", 0))),
            )
        return self.chaos()
