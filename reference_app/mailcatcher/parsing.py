"""Turn a raw message into Mailpit-shaped fields (email package, policy.default: åäö decode)."""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
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
        entry = {"PartID": str(part_id), "FileName": part.get_filename() or "", "ContentType": part.get_content_type(),
                 "ContentID": content_id, "Size": len(part.get_payload(decode=True) or b"")}
        (inline if content_id and part.get_content_disposition() != "attachment" else attachments).append(entry)
    date = message.get("Date")
    try:
        date_iso = parsedate_to_datetime(str(date)).isoformat() if date else ""
    except (TypeError, ValueError):
        date_iso = ""
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
        "Headers": {name: [str(v) for v in message.get_all(name, [])] for name in dict.fromkeys(message.keys())},
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
