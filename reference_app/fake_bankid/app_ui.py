"""The simulated BankID app: read a QR code (its text) or follow an autostart link, see what
the service asks, pick a test person, type a security code, Identifiera or Avbryt."""

from __future__ import annotations

import base64
import json
import secrets
from datetime import datetime
from urllib.parse import urlparse

import segno
from flask import Blueprint, abort, current_app, redirect, render_template, request, session, url_for

from ..bankid_qr import parse_qr_data
from .store import Device, OrderError

bp = Blueprint("app_ui", __name__)


def _store():
    return current_app.extensions["bankid_store"]


def _asked(row) -> str:
    """What the app shows from the relying party: userVisibleData, or a plain request."""
    data = json.loads(row["request"]).get("userVisibleData")
    if data:
        return base64.b64decode(data).decode("utf-8", "replace")
    return "Identifiering" if row["kind"] == "auth" else "Underskrift"


def _home(error: str, **context):
    """The start screen again, saying what went wrong (400)."""
    return render_template("app/home.html", error=error, **{**_home_context(), **context}), 400


def _device() -> Device:
    """This phone: an id in the app's cookie (made on first use) and the address it calls from."""
    if "device" not in session:
        session["device"] = secrets.token_urlsafe(16)
    return Device(session["device"], request.remote_addr or "127.0.0.1")


@bp.get("/")
def universal_link():
    """https://app.bankid.com/?autostarttoken=...&redirect=... lands here when routed to the fake."""
    if request.args.get("autostarttoken"):
        return autostart()
    return redirect(url_for("app_ui.home"))


def _home_context() -> dict:
    """The start screen's parts: test persons, a QR code of the app's own address (for a phone
    to open it), and in test mode the orders waiting to be picked up."""
    own_url = request.url_root.rstrip("/") + url_for("app_ui.home")
    waiting = []
    if current_app.config["TEST_MODE"]:
        now = _store().clock.now()
        waiting = [
            {
                "order_ref": row["order_ref"],
                "asked": _asked(row),
                "age": int(now - row["created_at"]),
                "started": datetime.fromtimestamp(row["created_at"]).strftime("%H:%M:%S"),
            }
            for row in _store().waiting()
        ]
    svg = segno.make(own_url, error="m").svg_data_uri(scale=4, border=2)
    return {
        "persons": _store().persons(),
        "own_url": own_url,
        "own_url_qr": svg,
        "waiting": waiting,
        "test_mode": current_app.config["TEST_MODE"],
    }


@bp.get("/app")
def home():
    """Start screen: read a QR code (camera, photo or its text)."""
    return render_template("app/home.html", **_home_context())


@bp.post("/app/vantande/<order_ref>")
def open_waiting(order_ref: str):
    """Test mode only: open an order from the list of those waiting, as if its QR code was read."""
    if not current_app.config["TEST_MODE"]:
        abort(404)
    try:
        row = _store().open_waiting(order_ref, _device())
    except OrderError as exc:
        return _home(exc.details)
    session["redirect"] = _store().return_url(row["order_ref"])
    return redirect(url_for("app_ui.order", order_ref=row["order_ref"]))


@bp.post("/app/qr")
def read_qr():
    """The camera read this text from a QR code."""
    text = request.form.get("qr", "")
    parsed = parse_qr_data(text)
    if parsed is None:
        return _home("Det här är ingen QR-kod för BankID.", qr=text)
    try:
        row = _store().open_by_qr(*parsed, _device())
    except OrderError as exc:
        return _home(exc.details, qr=text)
    session["redirect"] = _store().return_url(row["order_ref"])
    return redirect(url_for("app_ui.order", order_ref=row["order_ref"]))


@bp.get("/app/start")
def autostart():
    """bankid:///?autostarttoken=...&redirect=... opened on this device."""
    try:
        row = _store().open_by_autostart(request.args.get("autostarttoken", ""), _device())
    except OrderError as exc:
        return render_template("app/error.html", message=exc.details, status=400), 400
    target = _store().return_url(row["order_ref"]) or request.args.get("redirect", "null")  # returnUrl wins
    parsed = urlparse(target)
    session["redirect"] = target if parsed.scheme in ("http", "https") and parsed.netloc else None
    return redirect(url_for("app_ui.order", order_ref=row["order_ref"]))


@bp.get("/app/order/<order_ref>")
def order(order_ref: str):
    """What the service asks, and the next thing to do (pick an ID, or type the code)."""
    try:
        row = _store().for_device(order_ref, _device())
    except OrderError as exc:
        return render_template("app/error.html", message=exc.details, status=410), 410
    return render_template("app/order.html", row=row, asked=_asked(row), persons=_store().persons())


@bp.post("/app/samtal")
def open_call():
    """In a phone call with the RP, the person opens the app: it shows the call's order."""
    try:
        row = _store().open_call(request.form.get("person", ""), _device())
    except OrderError as exc:
        return _home(exc.details)
    session["redirect"] = _store().return_url(row["order_ref"])
    return redirect(url_for("app_ui.order", order_ref=row["order_ref"]))


@bp.post("/app/order/<order_ref>/samtal")
def confirm_call(order_ref: str):
    """Yes or no to "Pratar du i telefon med ...?"."""
    confirmed = request.form.get("svar") == "ja"
    try:
        _store().confirm_call(order_ref, _device(), confirmed)
    except OrderError as exc:
        return render_template("app/error.html", message=exc.details, status=400), 400
    if not confirmed:
        return _finish("Åtgärden avbröts.")
    return redirect(url_for("app_ui.order", order_ref=order_ref))


@bp.post("/app/order/<order_ref>/person")
def choose_person(order_ref: str):
    """Use this person's BankID (the app now asks for the security code)."""
    number = request.form.get("person", "")
    try:
        _store().choose_person(order_ref, number, _device())
    except OrderError as exc:
        return render_template("app/error.html", message=exc.details, status=400), 400
    return redirect(url_for("app_ui.order", order_ref=order_ref))


@bp.post("/app/order/<order_ref>/answer")
def answer(order_ref: str):
    """Identifiera (with the security code) or Avbryt."""
    store = _store()
    try:
        if request.form.get("action") == "avbryt":
            store.user_cancel(order_ref, _device())
            return _finish("Åtgärden avbröts.")
        if not request.form.get("sakerhetskod", "").strip():
            row = store.for_device(order_ref, _device())
            return render_template(
                "app/order.html",
                row=row,
                asked=_asked(row),
                persons=store.persons(),
                error="Skriv in din säkerhetskod.",
            ), 400
        outcome = store.identify(order_ref, _device())
    except OrderError as exc:
        return render_template("app/error.html", message=exc.details, status=400), 400
    if outcome == "complete":
        return _finish("Klart! Du är identifierad. Gå tillbaka till tjänsten.")
    if outcome == "certificateErr":
        return _finish("Ditt BankID är för gammalt eller spärrat.")
    return _finish("Åtgärden avbröts.")


def _finish(message: str):
    target = session.pop("redirect", None)
    if target:
        return redirect(target)
    return render_template("app/done.html", message=message)
