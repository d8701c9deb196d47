"""Test-mode control endpoints (registered only when TEST_MODE is on): move the clock."""

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("test_control", __name__, url_prefix="/_test")


@bp.get("/clock")
def read_clock():
    """The stack's current time."""
    return jsonify(now=current_app.extensions["clock"].now())


@bp.post("/clock")
def advance_clock():
    """Move the clock forward by advance_seconds."""
    body = request.get_json(silent=True) or {}
    seconds = body.get("advance_seconds")
    if not isinstance(seconds, (int, float)) or seconds < 0:
        return jsonify(error="advance_seconds must be a number >= 0"), 400
    return jsonify(now=current_app.extensions["clock"].advance(seconds))
