"""The single-page portal's identity broker (bankid=fortsatt): BankID on a page of its own on
another origin (localhost where the portal is 127.0.0.1), behind the portal's "Logga in med
BankID". The portal hands the customer a ticket; the broker shows the QR code and BankID's
instructions, and sends the customer back with the ticket once BankID has identified them; the
portal then logs in whoever the ticket names. Its own cookie session on its origin (and its own
CSRF token); the ticket is the only link between the two."""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from urllib.parse import quote

from flask import Flask, abort, g, jsonify, request

from tests.other_portal.bankid import (
    CANCELLED_ON_PAGE,
    COMPLETE_STATE,
    DOWN_STATE,
    PENDING_STATE,
    SERVICE_DOWN,
    BankIDDown,
    autostart_link,
    follow,
    qr_svg,
)

PAGE = Path(__file__).with_name("static") / "legitimering.html"


def broker_origin(base_url: str) -> str:
    return base_url.replace("://127.0.0.1:", "://localhost:")


def add_broker(app: Flask, bankid, base_url: str, shown) -> dict[str, dict]:
    """The broker's pages and API on `app`; `shown(text)` is what the portal shows for BankID's
    text (its deviations). Returns the tickets (ticket -> {"session", "order", "personnummer"})."""
    tickets: dict[str, dict] = {}
    broker = broker_origin(base_url)

    def ticket() -> dict:
        body = request.get_json(force=True, silent=True) or {}
        found = tickets.get(str(body.get("biljett", "")))
        if found is None:
            abort(404)
        return found

    @app.post("/api/bankid/biljett")
    def bankid_ticket():
        key = secrets.token_urlsafe(16)
        tickets[key] = {"session": g.token, "order": None, "personnummer": None}
        return jsonify(till=f"{broker}/legitimering?biljett={key}")

    @app.get("/legitimering")
    def broker_page():
        if request.args.get("biljett") not in tickets:
            abort(404)
        html = PAGE.read_text(encoding="utf-8").replace("{{csrf}}", g.session.csrf)
        return app.response_class(html, mimetype="text/html")

    @app.get("/legitimering.js")
    def broker_script():
        return app.response_class(PAGE.with_suffix(".js").read_text(encoding="utf-8"), mimetype="text/javascript")

    @app.post("/legitimering/start")
    def broker_start():
        found, key = ticket(), request.get_json(force=True)["biljett"]
        try:
            order = bankid.auth(request.remote_addr or "127.0.0.1")
        except BankIDDown:
            return jsonify(fel=SERVICE_DOWN), 503
        order["started"] = time.time()
        found["order"] = order
        back = f"{broker}/legitimering?biljett={quote(key)}&fortsatt=1"
        return jsonify(
            app=autostart_link(order["autoStartToken"], back if request.get_json(force=True).get("mobil") else None)
        )

    @app.get("/legitimering/qr")
    def broker_qr():
        found = tickets.get(request.args.get("biljett", ""))
        if found is None or found["order"] is None:
            abort(404)
        return app.response_class(qr_svg(found["order"]), mimetype="image/svg+xml")

    @app.post("/legitimering/status")
    def broker_status():
        found = ticket()
        state, said = follow(bankid, found["order"])
        if state == PENDING_STATE:
            return jsonify(status=shown(said))
        found["order"] = None
        if state == COMPLETE_STATE:
            found["personnummer"] = said
            return jsonify(
                till=f"{base_url}/mina-sidor/logga-in?biljett={quote(request.get_json(force=True)['biljett'])}"
            )
        return jsonify(fel=shown(said)), 503 if state == DOWN_STATE else 400

    @app.post("/legitimering/avbryt")
    def broker_cancel():
        found = ticket()
        if found["order"] is not None:
            bankid.cancel(found["order"]["orderRef"])
            found["order"] = None
        return jsonify(fel=CANCELLED_ON_PAGE), 400

    return tickets
