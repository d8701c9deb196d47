"""The "Mobilt BankID" tab (rule H3): secure start with an animated QR code or autostart on
this device, following the order with BankID's recommended messages, login on completion."""

from __future__ import annotations

import io
import logging
import re
from urllib.parse import quote

import segno
from flask import Blueprint, Response, current_app, jsonify, request, session, url_for
from flask_login import login_user

from ..bankid_qr import qr_data
from . import bankid_messages as rfa
from . import bankid_orders, sessions
from .bankid_client import BankIDClient, BankIDError
from .customers import find_by_personnummer
from .db import get_clock, get_db
from .security import safe_next

bp = Blueprint("bankid_login", __name__, url_prefix="/bankid")
log = logging.getLogger("minasidor.bankid")

VISIBLE_TEXT = "Logga in på Mina sidor"
MSG_NO_CUSTOMER = (
    "Vi hittar ingen kund med ditt personnummer. Du är inte inloggad. Logga in med kundnummer "
    "och lösenord, eller ring kundservice på 0771-12 34 56."
)
_MOBILE = re.compile(r"Android|iPhone|iPad|iPod|Mobile", re.I)


def _current_order():
    return bankid_orders.open_order(get_db(), session.get("bankid"))


def _end(order) -> None:
    bankid_orders.end(get_db(), get_clock(), order)
    session.pop("bankid", None)


def _autostart_url(token: str) -> str:
    if _MOBILE.search(request.headers.get("User-Agent", "")):
        back = (current_app.config.get("PUBLIC_BASE_URL") or request.host_url).rstrip("/") + url_for(
            "auth.login", flik="bankid"
        )
        return f"https://app.bankid.com/?autostarttoken={token}&redirect={quote(back, safe='')}"
    return f"bankid:///?autostarttoken={token}&redirect=null"


@bp.post("/start")
def start():
    """Start an order (no personnummer: BankID's secure start); the browser gets a handle only."""
    client = BankIDClient.from_config(current_app.config)
    previous = _current_order()
    if previous:
        _cancel_quietly(client, previous)
    try:
        order = client.auth(request.remote_addr or "127.0.0.1", VISIBLE_TEXT, request.headers.get("User-Agent", ""))
    except BankIDError as exc:
        log.warning("BankID auth failed: %s", exc)
        return jsonify(state="failed", message=rfa.for_error(exc.code)), 503
    session["bankid"] = bankid_orders.record(get_db(), get_clock(), order)
    return jsonify(
        state="pending",
        message=rfa.first_message(autostart=False),
        autostartMessage=rfa.first_message(autostart=True),
        autostartUrl=_autostart_url(order["autoStartToken"]),
        pollMs=current_app.config["BANKID_POLL_MS"],
    )


@bp.get("/qr")
def qr():
    """The QR code of this second (qrStartSecret never leaves the server)."""
    order = _current_order()
    if order is None:
        return Response(status=404)
    seconds = max(0, int(get_clock().now() - order["started_at"]))
    buffer = io.BytesIO()
    segno.make(qr_data(order["qr_start_token"], order["qr_start_secret"], seconds), error="l").save(
        buffer, kind="svg", scale=5, border=4, xmldecl=False
    )
    return Response(buffer.getvalue(), mimetype="image/svg+xml", headers={"Cache-Control": "no-store"})


@bp.post("/status")
def status():
    """Collect once and say, in BankID's words, what is going on; log in when complete."""
    order = _current_order()
    body = request.get_json(silent=True)
    autostart = isinstance(body, dict) and body.get("flow") == "autostart"
    if order is None:
        return jsonify(state="failed", message=rfa.RFA22)
    try:
        answer = BankIDClient.from_config(current_app.config).collect(order["order_ref"])
    except BankIDError as exc:
        log.warning("BankID collect failed: %s", exc)
        _end(order)
        return jsonify(state="failed", message=rfa.for_error(exc.code))
    if answer["status"] == "pending":
        mobile = bool(_MOBILE.search(request.headers.get("User-Agent", "")))
        return jsonify(
            state="pending",
            hintCode=answer.get("hintCode"),
            message=rfa.for_pending(answer.get("hintCode"), autostart, mobile),
        )
    _end(order)
    if answer["status"] == "failed":
        log.info("BankID order failed: %s", answer.get("hintCode"))
        return jsonify(
            state="failed", hintCode=answer.get("hintCode"), message=rfa.for_failed(answer.get("hintCode"), autostart)
        )
    return _log_in(answer["completionData"]["user"]["personalNumber"])


def _log_in(personnummer: str):
    customer = find_by_personnummer(get_db(), personnummer)
    if customer is None:
        log.info("BankID login of a person who is no customer (%s****)", personnummer[:8])
        return jsonify(state="failed", message=MSG_NO_CUSTOMER)
    next_url = request.args.get("next")
    session.clear()
    session["sid"] = sessions.current_store().start(customer.id)
    login_user(customer)
    log.info("BankID login succeeded for customer %s", customer.id)
    return jsonify(state="complete", redirect=safe_next(next_url, url_for("account.overview")))


@bp.post("/cancel")
def cancel():
    """Avbryt on the page: cancel the order at BankID."""
    order = _current_order()
    if order is not None:
        _cancel_quietly(BankIDClient.from_config(current_app.config), order)
    return jsonify(state="failed", message=rfa.CANCELLED_ON_PAGE)


def _cancel_quietly(client: BankIDClient, order) -> None:
    try:
        client.cancel(order["order_ref"])
    except BankIDError as exc:  # already ended at BankID: nothing to undo
        log.info("BankID cancel: %s", exc)
    _end(order)
