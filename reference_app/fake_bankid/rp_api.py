"""BankID Relying Party API v6.0: auth, sign, collect, cancel, with BankID's field names, error
codes and HTTP statuses (phone/auth and phone/sign are not implemented; see the README)."""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re

from flask import Blueprint, current_app, jsonify, request

from .store import OrderError

bp = Blueprint("rp_api", __name__, url_prefix="/rp/v6.0")
MAX_VISIBLE_DATA = 1500
MAX_NON_VISIBLE_DATA = 200_000


def _store():
    return current_app.extensions["bankid_store"]


def error(code: str, details: str, status: int):
    return jsonify(errorCode=code, details=details), status


def _body() -> dict:
    _store().raise_scripted_error()
    if request.mimetype != "application/json":
        raise OrderError("unsupportedMediaType", "Content-Type must be application/json", 415)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise OrderError("invalidParameters", "Invalid JSON in request body")
    return body


def _check_base64(body: dict, name: str, limit: int, required: bool = False) -> None:
    value = body.get(name)
    if value is None:
        if required:
            raise OrderError("invalidParameters", f"Missing {name}")
        return
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise OrderError("invalidParameters", f"Invalid {name}")
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise OrderError("invalidParameters", f"Invalid {name}: not base64") from None


def _check_order_request(body: dict, visible_required: bool) -> None:
    ip = body.get("endUserIp")
    try:
        ipaddress.ip_address(ip if isinstance(ip, str) else "")
    except ValueError:
        raise OrderError("invalidParameters", "Invalid endUserIp") from None
    _check_base64(body, "userVisibleData", MAX_VISIBLE_DATA, visible_required)
    _check_base64(body, "userNonVisibleData", MAX_NON_VISIBLE_DATA)
    if body.get("userVisibleDataFormat") not in (None, "simpleMarkdownV1"):
        raise OrderError("invalidParameters", "Invalid userVisibleDataFormat")
    requirement = body.get("requirement", {})
    if not isinstance(requirement, dict):
        raise OrderError("invalidParameters", "Invalid requirement")
    number = requirement.get("personalNumber")
    if number is not None and not (isinstance(number, str) and re.fullmatch(r"\d{12}", number)):
        raise OrderError("invalidParameters", "Invalid requirement.personalNumber")


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
    _check_order_request(body, visible_required=False)
    return jsonify(_store().create("auth", body))


@bp.post("/sign")
def sign():
    """Start a signature: like auth, with userVisibleData required."""
    body = _body()
    _check_order_request(body, visible_required=True)
    return jsonify(_store().create("sign", body))


@bp.post("/collect")
def collect():
    """The order's status, hintCode and, when complete, completionData."""
    return jsonify(_store().collect(_order_ref(_body())))


@bp.post("/cancel")
def cancel():
    """Cancel a pending order."""
    _store().cancel(_order_ref(_body()))
    return jsonify({})
