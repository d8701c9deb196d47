"""Turn a raw message into Mailpit-shaped fields (email package, policy.default: åäö decode)."""

from __future__ import annotations

import re
from datetime import UTC
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import compat32
from email.utils import parsedate_to_datetime

SNIPPET_LENGTH = 250


def _addresses(message: EmailMessage, header: str) -> list[dict]:
    value = message.get(header)
    if value is None:
        return []
    try:
        return [{"Name": a.display_name, "Address": a.addr_spec} for a in value.addresses]
    except (AttributeError, IndexError):
        return [{"Name": "", "Address": str(value)}]


def _part(message: EmailMessage, kind: str) -> str:
    part = message.get_body(preferencelist=(kind,))
    if part is None:
        return ""
    try:
        return part.get_content()
    except (LookupError, UnicodeDecodeError):
        return part.get_payload(decode=True).decode("utf-8", "replace")


def _snippet(text: str, html: str) -> str:
    source = text or re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", source).strip()[:SNIPPET_LENGTH]


def _clean(value):
    """Raw UTF-8 in headers (SMTPUTF8) arrives surrogate-escaped: turn it back into text;
    bytes that are not UTF-8 become U+FFFD, so everything can be stored and shown."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _rfc3339(date: str) -> str:
    """A Date header as Mailpit gives it (Go's RFC 3339: Z for UTC); "" when unreadable.
    A -0000 offset ("time zone unknown") is read as UTC, as Go does."""
    try:
        moment = parsedate_to_datetime(date)
    except (TypeError, ValueError):
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def parse(raw: bytes, envelope_from: str, envelope_to: list[str]) -> dict:
    """Every field the API returns for one message (without ID, Created and Read)."""
    return _clean(_fields(BytesParser(policy=policy.default).parsebytes(raw), raw, envelope_from, envelope_to))


def _fields(message: EmailMessage, raw: bytes, envelope_from: str, envelope_to: list[str]) -> dict:
    to, cc = _addresses(message, "To"), _addresses(message, "Cc")
    visible = {a["Address"].lower() for a in to + cc}
    bcc = [{"Name": "", "Address": r} for r in envelope_to if r.lower() not in visible]
    text, html = _part(message, "plain"), _part(message, "html")
    attachments, inline = [], []
    for part_id, part in enumerate(_extra_parts(message), start=1):
        content_id = (part.get("Content-ID") or "").strip("<> ")
        entry = {
            "PartID": str(part_id),
            "FileName": part.get_filename() or "",
            "ContentType": part.get_content_type(),
            "ContentID": content_id,
            "Size": len(part.get_payload(decode=True) or b""),
        }
        (inline if content_id and part.get_content_disposition() != "attachment" else attachments).append(entry)
    date = message.get("Date")
    date_iso = _rfc3339(str(date)) if date else ""
    sender = _addresses(message, "From")
    return {
        "MessageID": (message.get("Message-ID") or "").strip("<> "),
        "From": sender[0] if sender else {"Name": "", "Address": envelope_from},
        "To": to,
        "Cc": cc,
        "Bcc": bcc,
        "ReplyTo": _addresses(message, "Reply-To"),
        "ReturnPath": envelope_from,
        "Subject": str(message.get("Subject") or ""),
        "Date": date_iso,
        "Text": text,
        "HTML": html,
        "Size": len(raw),
        "Attachments": attachments,
        "Inline": inline,
        "Snippet": _snippet(text, html),
        "XTags": [t for v in message.get_all("X-Tags", []) for t in str(v).split(",")],
    }


def _extra_parts(message: EmailMessage) -> list[EmailMessage]:
    """Attachments and inline parts (a related picture), in the order they appear: every leaf
    part that is not the message's text or HTML body."""
    bodies = {id(message.get_body(preferencelist=(kind,))) for kind in ("plain", "html")}
    return [p for p in message.walk() if not p.is_multipart() and id(p) not in bodies and p is not message]


def part(raw: bytes, part_id: str) -> tuple[bytes, str, str] | None:
    """An attachment or inline part by its PartID: (bytes, content type, file name)."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    for number, found in enumerate(_extra_parts(message), start=1):
        if str(number) == part_id:
            return found.get_payload(decode=True) or b"", found.get_content_type(), found.get_filename() or ""
    return None


HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def canonical_key(name: str) -> str:
    """A header name as Go's textproto writes it (Mailpit's form): Message-Id, Mime-Version.
    A name with characters outside a token is left as it is, as Go does."""
    if not HEADER_NAME.fullmatch(name):
        return name
    return "-".join(word[:1].upper() + word[1:].lower() for word in name.split("-"))


def raw_headers(raw: bytes) -> dict[str, list[str]]:
    """Every header as Mailpit returns it: canonical keys in alphabetical order, each with its
    values as sent (not decoded), folded lines joined."""
    message = BytesParser(policy=compat32).parsebytes(raw, headersonly=True)
    headers: dict[str, list[str]] = {}
    for name, value in message.raw_items():
        unfolded = re.sub(r"[ \t]*\r?\n[ \t]+", " ", str(value)).strip()
        headers.setdefault(canonical_key(name), []).append(_clean(unfolded))
    return dict(sorted(headers.items()))
