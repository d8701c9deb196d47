"""Mailpit's POST /api/v1/send: a message given as JSON is built as MIME and caught as if it
had come in over SMTP (tags from the request and from an X-Tags header)."""

from __future__ import annotations

import base64
import binascii
import mimetypes
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from email_validator import EmailNotValidError, validate_email
from flask import Blueprint, current_app, jsonify

from ..json_input import InputError, json_object
from .parsing import HEADER_NAME

bp = Blueprint("send_api", __name__, url_prefix="/api/v1")
# Set from the request's own fields; a custom header may not replace them.
RESERVED_HEADERS = {
    "from",
    "to",
    "cc",
    "bcc",
    "reply-to",
    "subject",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
}


def _error(message: str):
    return jsonify(Error=message), 400


@bp.errorhandler(InputError)
def _input_error(exc: InputError):
    return _error(str(exc))


def _address(value, where: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"{where}: an email address (string) is required")
    try:
        validate_email(value, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise InputError(f"{where}: invalid email address {value!r}: {exc}") from None
    return value


def _named(entry, where: str) -> tuple[str, str]:
    """{"Email": ..., "Name": optional} as (name, address)."""
    if not isinstance(entry, dict) or "Email" not in entry:
        raise InputError(f"{where}: expected an object with Email (and optionally Name)")
    name = entry.get("Name", "")
    if not isinstance(name, str) or "\n" in name or "\r" in name:
        raise InputError(f"{where}: Name must be one line of text")
    return name, _address(entry["Email"], f"{where}.Email")


def _list(body: dict, key: str) -> list:
    value = body.get(key) or []
    if not isinstance(value, list):
        raise InputError(f"{key} must be an array")
    return value


def _text(body: dict, key: str) -> str:
    value = body.get(key, "")
    if not isinstance(value, str):
        raise InputError(f"{key} must be a string")
    return value


def _attachment(entry, number: int) -> tuple[bytes, str, str, str]:
    where = f"Attachments[{number}]"
    if (
        not isinstance(entry, dict)
        or not isinstance(entry.get("Content"), str)
        or not isinstance(entry.get("Filename"), str)
        or not entry["Filename"]
    ):
        raise InputError(f"{where}: Content (base64) and Filename are required")
    try:
        content = base64.b64decode(entry["Content"], validate=True)
    except (binascii.Error, ValueError):
        raise InputError(f"{where}: Content is not valid base64") from None
    content_type = entry.get("ContentType") or mimetypes.guess_type(entry["Filename"])[0] or "application/octet-stream"
    content_id = entry.get("ContentID") or ""
    if not isinstance(content_type, str) or content_type.count("/") != 1 or not isinstance(content_id, str):
        raise InputError(f"{where}: ContentType must be type/subtype and ContentID a string")
    return content, content_type, entry["Filename"], content_id


def build(body: dict) -> tuple[EmailMessage, str, list[str], list[str]]:
    """(message, envelope sender, envelope recipients, tags) from a Mailpit SendRequest."""
    sender = _named(body.get("From"), "From")
    to = [_named(e, f"To[{i}]") for i, e in enumerate(_list(body, "To"))]
    cc = [_named(e, f"Cc[{i}]") for i, e in enumerate(_list(body, "Cc"))]
    reply_to = [_named(e, f"ReplyTo[{i}]") for i, e in enumerate(_list(body, "ReplyTo"))]
    bcc = [_address(e, f"Bcc[{i}]") for i, e in enumerate(_list(body, "Bcc"))]
    if not (to or cc or bcc):
        raise InputError("at least one recipient is required (To, Cc or Bcc)")
    tags = _list(body, "Tags")
    if not all(isinstance(t, str) for t in tags):
        raise InputError("Tags must be an array of strings")
    message = EmailMessage()
    message["From"] = formataddr(sender)
    for key, entries in (("To", to), ("Cc", cc), ("Reply-To", reply_to)):
        if entries:
            message[key] = ", ".join(formataddr(e) for e in entries)
    subject = _text(body, "Subject")
    if "\n" in subject or "\r" in subject:
        raise InputError("Subject must be one line of text")
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="mailpit")
    _custom_headers(message, body.get("Headers") or {})
    _body(
        message,
        _text(body, "Text"),
        _text(body, "HTML"),
        [_attachment(e, i) for i, e in enumerate(_list(body, "Attachments"))],
    )
    return message, sender[1], [a for _, a in to + cc] + bcc, tags


def _custom_headers(message: EmailMessage, headers) -> None:
    if not isinstance(headers, dict):
        raise InputError('Headers must be an object of {"Name": "value"}')
    for name, value in headers.items():
        if not HEADER_NAME.fullmatch(name) or not isinstance(value, str) or "\n" in value or "\r" in value:
            raise InputError(f"Headers: invalid header {name!r}")
        if name.lower() in RESERVED_HEADERS:
            raise InputError(f"Headers: {name} is set from the request's own fields")
        if name.lower() in ("date", "message-id"):
            del message[name]
        message[name] = value


def _body(message: EmailMessage, text: str, html: str, attachments: list) -> None:
    message.set_content(text or ("" if html else " "))
    if html:
        message.add_alternative(html, subtype="html")
    for content, content_type, filename, content_id in attachments:
        maintype, subtype = content_type.split("/")
        if content_id and html:
            # An inline picture belongs with the HTML part it is shown in.
            html_part = message.get_body(preferencelist=("html",))
            html_part.add_related(
                content,
                maintype=maintype,
                subtype=subtype,
                cid=f"<{content_id}>",
                filename=filename,
                disposition="inline",
            )
        else:
            message.add_attachment(
                content,
                maintype=maintype,
                subtype=subtype,
                filename=filename,
                disposition="inline" if content_id else "attachment",
                cid=f"<{content_id}>" if content_id else None,
            )


@bp.post("/send")
def send():
    """Build the message and catch it: {"ID": database ID}."""
    message, sender, recipients, tags = build(json_object(empty_ok=False))
    raw = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))  # as it would arrive over SMTP
    message_id = current_app.extensions["mail_store"].add(raw, sender, recipients, tags=tags)
    return jsonify(ID=message_id)
