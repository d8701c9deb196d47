"""HTTP API in Mailpit's v1 dialect (the subset the suite needs), plus a long-poll wait."""

from __future__ import annotations

import os
import time

from flask import Blueprint, Response, current_app, jsonify, request

from ..json_input import InputError, json_object
from .parsing import part, raw_headers
from .store import CHAOS_TRIGGERS, QueryError

bp = Blueprint("api", __name__, url_prefix="/api/v1")
MAX_WAIT_SECONDS = 120
STARTED = time.monotonic()


def _store():
    return current_app.extensions["mail_store"]


def _error(status: int, message: str):
    return jsonify(Error=message), status


@bp.errorhandler(InputError)
@bp.errorhandler(QueryError)
def _input_error(exc: Exception):
    return _error(400, str(exc))


def _tz() -> str | None:
    return request.args.get("tz") or None


def _int_arg(name: str, default: int, low: int = 0, high: int = 10_000) -> int:
    try:
        return min(max(int(request.args.get(name, default)), low), high)
    except ValueError:
        return default


@bp.get("/messages")
def list_messages():
    """Newest first, like Mailpit: ?start=&limit=."""
    return jsonify(_store().search("", _int_arg("start", 0), _int_arg("limit", 50, 1)))


@bp.delete("/messages")
def delete_messages():
    """Delete all, or the IDs in the JSON body ({"IDs": [...]}; none given: all, as in Mailpit)."""
    _store().delete(_ids(json_object()))
    return Response("ok", mimetype="text/plain")


def _ids(body: dict) -> list[str] | None:
    ids = body.get("IDs")
    if ids is not None and not _strings(ids):
        raise InputError("IDs must be a list of message IDs (strings)")
    return ids or None


@bp.put("/messages")
def set_read():
    """Mark messages read or unread: {"Read": true|false} with "IDs": [...] or "Search": a query
    (?tz= for its dates); neither: every message."""
    body = json_object()
    read, search = body.get("Read", False), body.get("Search", "")
    if not isinstance(read, bool):
        return _error(400, "Read must be true or false")
    if not isinstance(search, str):
        return _error(400, "Search must be a search query (string)")
    _store().set_read(read, _ids(body), search, _tz())
    return Response("ok", mimetype="text/plain")


@bp.delete("/search")
def delete_search():
    """Delete the messages matching ?query=."""
    query = request.args.get("query", "")
    if not query.strip():
        return _error(400, "a query is required")
    _store().delete_matching(query, _tz())
    return Response("ok", mimetype="text/plain")


@bp.get("/info")
def info():
    """About this catcher, in Mailpit's AppInformation shape."""
    counts = _store().info()
    return jsonify(
        Version="minasidor-mailcatcher",
        LatestVersion="",
        Database=_store().path,
        DatabaseSize=os.path.getsize(_store().path) if os.path.exists(_store().path) else 0,
        Messages=counts["Messages"],
        Unread=counts["Unread"],
        Tags=counts["Tags"],
        RuntimeStats={
            "Uptime": int(time.monotonic() - STARTED),
            "SMTPAccepted": counts["Messages"],
            "SMTPRejected": 0,
            "SMTPIgnored": 0,
            "MessagesDeleted": 0,
            "Memory": 0,
        },
    )


# Mailpit features left out on purpose (see README): answered like a Mailpit without them.
LEFT_OUT = (
    "message/<message_id>/html-check",
    "message/<message_id>/link-check",
    "message/<message_id>/sa-check",
    "message/<message_id>/release",
    "message/<message_id>/part/<part_id>/thumb",
)


def _left_out(**_):
    return _error(404, "not supported by this mail catcher (see its README)")


for _number, _rule in enumerate(LEFT_OUT):
    bp.add_url_rule(f"/{_rule}", f"left_out_{_number}", _left_out, methods=["GET", "POST", "PUT", "DELETE"])


@bp.route("/<path:unknown>", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
def not_found(unknown: str):
    """Any other API path: a JSON error, as Mailpit answers."""
    return _error(404, "not found")


def api_not_found(exc):
    """A path no rule matches at all (one with a line break, say): JSON under /api/, else HTML."""
    if request.path.startswith("/api/"):
        return _error(404, "not found")
    return exc


@bp.get("/search")
def search():
    """?query= in Mailpit's search filters (see search_query.py), ?tz= for after: and before:."""
    return jsonify(
        _store().search(request.args.get("query", ""), _int_arg("start", 0), _int_arg("limit", 50, 1), _tz())
    )


@bp.get("/wait")
def wait():
    """Not in Mailpit: returns as soon as ?count= messages match ?query= (408 after ?timeout= s)."""
    query = request.args.get("query", "")
    count = _int_arg("count", 1, 1)
    timeout = _int_arg("timeout", 30, 0, MAX_WAIT_SECONDS)
    result = _store().wait(query, count, timeout)
    if result is None:
        return _error(408, f"no {count} message(s) matching {query!r} within {timeout} s")
    return jsonify(result)


@bp.get("/message/<message_id>")
def read_message(message_id: str):
    """One message (`latest` for the newest); marks it read."""
    message = _store().get(message_id)
    if message is None:
        return _error(404, "message not found")
    _store().mark_read(message["ID"])
    return jsonify(message)


@bp.get("/message/<message_id>/headers")
def message_headers(message_id: str):
    """Mailpit's form: canonical keys in alphabetical order, values as sent."""
    raw = _store().raw(message_id)
    return jsonify(raw_headers(raw)) if raw is not None else _error(404, "message not found")


@bp.get("/message/<message_id>/raw")
def message_raw(message_id: str):
    raw = _store().raw(message_id)
    return Response(raw, mimetype="text/plain") if raw is not None else _error(404, "message not found")


@bp.get("/message/<message_id>/part/<part_id>")
def message_part(message_id: str, part_id: str):
    """An attachment or inline part, as it was sent."""
    raw = _store().raw(message_id)
    found = part(raw, part_id) if raw is not None else None
    if found is None:
        return _error(404, "part not found")
    data, content_type, file_name = found
    response = Response(data, mimetype=content_type)
    if file_name:
        response.headers.set("Content-Disposition", "attachment", filename=file_name)
    return response


@bp.get("/tags")
def all_tags():
    """Every tag in use, alphabetically."""
    return jsonify(_store().tags())


@bp.put("/tags")
def set_tags():
    """{"IDs": [...], "Tags": [...]}: replaces those messages' tags ([] removes them)."""
    body = json_object(empty_ok=False)
    ids, tags = body.get("IDs"), body.get("Tags")
    if not _strings(ids) or not ids:
        return _error(400, "IDs must be a non-empty list of message IDs (strings)")
    if not _strings(tags):
        return _error(400, "Tags must be a list of strings")
    _store().set_tags(ids, tags)
    return Response("ok", mimetype="text/plain")


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


@bp.put("/tags/<tag>")
def rename_tag(tag: str):
    """{"Name": new name}: renames the tag on every message that has it."""
    name = json_object(empty_ok=False).get("Name")
    if not isinstance(name, str):
        return _error(400, "Name must be the new tag name (string)")
    if not _store().rename_tag(tag, name):
        return _error(404, "tag not found")
    return Response("ok", mimetype="text/plain")


@bp.delete("/tags/<tag>")
def delete_tag(tag: str):
    """Removes the tag from every message (the messages stay)."""
    _store().delete_tag(tag)
    return Response("ok", mimetype="text/plain")


@bp.get("/webui")
def webui():
    """Mailpit's web UI configuration: what this catcher offers."""
    return jsonify(
        Label="Minasidor e-postfångare",
        MessageRelay={
            "Enabled": False,
            "SMTPServer": "",
            "ReturnPath": "",
            "AllowedRecipients": "",
            "BlockedRecipients": "",
            "OverrideFrom": "",
            "PreserveMessageIDs": False,
            "ReleaseAddress": "",
        },
        SpamAssassin=False,
        ChaosEnabled=bool(current_app.config["TEST_MODE"]),
        DuplicatesIgnored=False,
        HideDeleteAllButton=False,
    )


@bp.route("/chaos", methods=["GET", "PUT"])
def chaos():
    """Mailpit's chaos triggers (Sender, Recipient, Authentication); test mode only."""
    if not current_app.config["TEST_MODE"]:
        return _error(400, "chaos is not enabled (start the catcher in test mode)")
    if request.method == "GET":
        return jsonify(_store().chaos())
    body = json_object()  # {} or no body: every trigger back to off, as in Mailpit
    if not set(body) <= set(CHAOS_TRIGGERS):
        return _error(400, f"expected a JSON object with keys among {', '.join(CHAOS_TRIGGERS)}")
    for name, setting in body.items():
        problem = _chaos_problem(setting)
        if problem:
            return _error(400, f"{name}: {problem}")
    return jsonify(_store().set_chaos(body))


def _chaos_problem(setting) -> str | None:
    """What is wrong with one trigger's setting ({"ErrorCode": 400-599, "Probability": 0-100})."""
    if not isinstance(setting, dict) or not set(setting) <= {"ErrorCode", "Probability"}:
        return "expected an object with ErrorCode and Probability"
    for key, low, high in (("ErrorCode", 400, 599), ("Probability", 0, 100)):
        value = setting.get(key, low if key == "ErrorCode" else 0)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"{key} must be a whole number from {low} to {high}"
    return None
