"""BankID Relying Party API v6.0: auth, sign, phone/auth, phone/sign, collect, cancel, with
BankID's field names, error codes and HTTP statuses."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from .order_request import check_order_request, check_phone_request
from .store import OrderError

bp = Blueprint("rp_api", __name__, url_prefix="/rp/v6.0")


def _store():
    return current_app.extensions["bankid_store"]


def error(code: str, details: str, status: int):
    return jsonify(errorCode=code, details=details), status


def _body() -> dict:
    _store().raise_scripted_error()
    # Exactly application/json, as BankID documents it (a charset parameter is refused too).
    if request.headers.get("Content-Type", "").strip().lower() != "application/json":
        raise OrderError("unsupportedMediaType", "Content-Type must be application/json", 415)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise OrderError("invalidParameters", "Invalid JSON in request body")
    return body


def _order_ref(body: dict) -> str:
    ref = body.get("orderRef")
    if not isinstance(ref, str) or not ref:
        raise OrderError("invalidParameters", "Missing orderRef")
    return ref


@bp.errorhandler(OrderError)
def _order_error(exc: OrderError):
    response = error(exc.code, exc.details, exc.status)
    if exc.code == "tooManyRequests":
        response[0].headers.update({"RateLimit-Limit": "10", "RateLimit-Remaining": "0", "RateLimit-Reset": "1"})
    return response


@bp.post("/auth")
def auth():
    """Start an identification (secure start: never from a personnummer)."""
    body = _body()
    check_order_request(body, visible_required=False)
    return jsonify(_store().create("auth", body))


@bp.post("/sign")
def sign():
    """Start a signature: like auth, with userVisibleData required."""
    body = _body()
    check_order_request(body, visible_required=True)
    return jsonify(_store().create("sign", body))


@bp.post("/phone/auth")
def phone_auth():
    """Identify a person on the phone with the RP (callInitiator: who called whom)."""
    body = _body()
    initiator = check_phone_request(body, visible_required=False)
    return jsonify(orderRef=_store().create("auth", body, call_initiator=initiator)["orderRef"])


@bp.post("/phone/sign")
def phone_sign():
    """A signature by a person on the phone with the RP."""
    body = _body()
    initiator = check_phone_request(body, visible_required=True)
    return jsonify(orderRef=_store().create("sign", body, call_initiator=initiator)["orderRef"])


@bp.post("/collect")
def collect():
    """The order's status, hintCode and, when complete, completionData."""
    return jsonify(_store().collect(_order_ref(_body())))


@bp.post("/cancel")
def cancel():
    """Cancel a pending order."""
    _store().cancel(_order_ref(_body()))
    return jsonify({})
