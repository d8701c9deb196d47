"""Mailpit's search filters as an SQL condition on the catcher's messages table.

Supported, as Mailpit documents them: free words (anywhere), "quoted phrases", `to:`, `cc:`,
`bcc:`, `from:`, `reply-to:`, `addressed:`, `subject:`, `message-id:`, `tag:`, `is:read`,
`is:unread`, `is:tagged`, `has:attachment`, `has:inline`, `after:` and `before:` (ISO dates or
times, in ?tz= when given, else UTC), and `-` or `!` before a term to negate it."""

from __future__ import annotations

import json
import shlex
import sqlite3
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 20

# address_text() and lower_text() are registered on every connection (see register_functions).
ADDRESS_FIELDS = {
    "to": "address_text(json_extract(fields, '$.To'))",
    "cc": "address_text(json_extract(fields, '$.Cc'))",
    "bcc": "address_text(json_extract(fields, '$.Bcc'))",
    "reply-to": "address_text(json_extract(fields, '$.ReplyTo'))",
    "from": "from_text",
    "subject": "subject_text",
}
ANYWHERE = ("subject_text", "body_text", "to_text", "from_text")
FLAGS = {
    "is:read": "read = 1",
    "is:unread": "read = 0",
    "is:tagged": "EXISTS (SELECT 1 FROM message_tags t WHERE t.message_id = messages.id)",
    "has:attachment": "json_array_length(json_extract(fields, '$.Attachments')) > 0",
    "has:attachments": "json_array_length(json_extract(fields, '$.Attachments')) > 0",
    "has:inline": "json_array_length(json_extract(fields, '$.Inline')) > 0",
}


class QueryError(ValueError):
    pass


def _lower_text(value):
    return value.lower() if isinstance(value, str) else value


def _address_text(value):
    """A JSON list of {Name, Address} as searchable text: "name <address> name <address>"."""
    try:
        addresses = json.loads(value) if value else []
    except ValueError:
        return ""
    return " ".join(f"{a.get('Name', '')} <{a.get('Address', '')}>" for a in addresses if isinstance(a, dict)).lower()


def register_functions(conn: sqlite3.Connection) -> None:
    """SQLite's own lower() knows only ASCII (not åäö): the search uses these instead."""
    conn.create_function("lower_text", 1, _lower_text, deterministic=True)
    conn.create_function("address_text", 1, _address_text, deterministic=True)


def _contains(column: str, value: str) -> tuple[str, list[str]]:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{column} LIKE ? ESCAPE '\\'", [f"%{escaped}%"]


def _zone(tz: str | None):
    if not tz:
        return UTC
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise QueryError(f"unknown time zone: {tz}") from None


def _moment(value: str, tz: str | None, end_of_day: bool) -> str:
    """An ISO date or time as the catcher's stored form (UTC, milliseconds, Z)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise QueryError(f"not a date: {value} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    if len(value) == 10 and end_of_day:
        moment = datetime.combine(moment.date(), time.max)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone(tz))
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _term(token: str, tz: str | None) -> tuple[str, list[str]]:
    lowered = token.lower()
    if lowered in FLAGS:
        return FLAGS[lowered], []
    key, sep, value = token.partition(":")
    key = key.lower()
    if sep and key in ADDRESS_FIELDS:
        return _contains(ADDRESS_FIELDS[key], value)
    if sep and key == "addressed":
        return _contains("to_text || ' ' || from_text", value)
    if sep and key == "message-id":
        return "json_extract(fields, '$.MessageID') = ?", [value.strip("<>")]
    if sep and key == "tag":
        return (
            "EXISTS (SELECT 1 FROM message_tags t WHERE t.message_id = messages.id AND lower_text(t.tag) = ?)",
            [value.lower()],
        )
    if sep and key in ("after", "before"):
        operator = ">" if key == "after" else "<"
        return f"created {operator} ?", [_moment(value, tz, end_of_day=key == "after")]
    parts = [_contains(column, token) for column in ANYWHERE]
    return "(" + " OR ".join(c for c, _ in parts) + ")", [p for _, ps in parts for p in ps]


def parse_query(query: str, tz: str | None = None) -> tuple[str, list[str]]:
    """A Mailpit search as (SQL condition, parameters); QueryError says what is wrong."""
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
        negated = token[:1] in ("-", "!") and len(token) > 1
        clause, values = _term(token[1:] if negated else token, tz)
        clauses.append(f"NOT ({clause})" if negated else clause)
        params.extend(values)
    return (" AND ".join(clauses) or "1"), params
