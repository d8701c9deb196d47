"""Test-mode control API of the fake BankID: move the clock, script the next outcome."""

from flask import Blueprint, current_app, jsonify, request

from .store import SCRIPTABLE_ERRORS, SCRIPTABLE_OUTCOMES

bp = Blueprint("bankid_control", __name__, url_prefix="/control")


def _store():
    return current_app.extensions["bankid_store"]


@bp.post("/clock")
def advance_clock():
    """Move the clock forward by advance_seconds."""
    seconds = (request.get_json(silent=True) or {}).get("advance_seconds")
    if not isinstance(seconds, (int, float)) or seconds < 0:
        return jsonify(error="advance_seconds must be a number >= 0"), 400
    return jsonify(now=_store().clock.advance(seconds))


@bp.post("/next-outcome")
def next_outcome():
    """{"outcome": userCancel|certificateErr|startFailed|expiredTransaction, "personalNumber": optional}."""
    body = request.get_json(silent=True) or {}
    if body.get("outcome") not in SCRIPTABLE_OUTCOMES:
        return jsonify(error=f"outcome must be one of {', '.join(SCRIPTABLE_OUTCOMES)}"), 400
    _store().script(body["outcome"], body.get("personalNumber"))
    return jsonify(ok=True), 201


@bp.post("/next-error")
def next_error():
    """{"errorCode": unauthorized|requestTimeout|tooManyRequests|internalError|maintenance}: the next RP call fails so."""
    code = (request.get_json(silent=True) or {}).get("errorCode")
    if code not in SCRIPTABLE_ERRORS:
        return jsonify(error=f"errorCode must be one of {', '.join(SCRIPTABLE_ERRORS)}"), 400
    _store().script_error(code)
    return jsonify(ok=True), 201
