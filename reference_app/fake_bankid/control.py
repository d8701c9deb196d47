"""Test-mode control API of the fake BankID: move the clock, script the next outcome."""

from flask import Blueprint, current_app, jsonify

from ..clock import MAX_ADVANCE_SECONDS
from ..json_input import choice, json_object, number, optional
from .store import SCRIPTABLE_ERRORS, SCRIPTABLE_OUTCOMES

bp = Blueprint("bankid_control", __name__, url_prefix="/control")
# The handshake a suite reads before it believes it may script this BankID (README: "Testläge").
HANDSHAKE = {"name": "minasidor-spec-falskt-bankid", "version": 1}


@bp.get("")
def handshake():
    """Who answers here: the fake BankID's control API and its version."""
    return jsonify(HANDSHAKE)


def _store():
    return current_app.extensions["bankid_store"]


@bp.post("/clock")
def advance_clock():
    """Move the clock forward by advance_seconds."""
    seconds = number(json_object(empty_ok=False), "advance_seconds", 0, MAX_ADVANCE_SECONDS)
    return jsonify(now=_store().clock.advance(seconds))


@bp.post("/next-outcome")
def next_outcome():
    """{"outcome": userCancel|certificateErr|startFailed|expiredTransaction, "personalNumber": optional}."""
    body = json_object(empty_ok=False)
    outcome = choice(body, "outcome", SCRIPTABLE_OUTCOMES)
    _store().script(outcome, optional(body, "personalNumber", str))
    return jsonify(ok=True), 201


@bp.post("/next-error")
def next_error():
    """{"errorCode": unauthorized|requestTimeout|tooManyRequests|internalError|maintenance}: the next RP call fails so."""
    code = choice(json_object(empty_ok=False), "errorCode", tuple(SCRIPTABLE_ERRORS))
    _store().script_error(code)
    return jsonify(ok=True), 201
