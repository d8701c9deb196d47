"""The single-page portal's server: one HTML page for every address (a page it does not know is
drawn by the script, answered with HTTP 200), the script and style, and a JSON API that the
script calls with fetch (CSRF: the session's token in a header)."""

from __future__ import annotations

import html
import smtplib
import time
from email.message import EmailMessage
from pathlib import Path

from flask import Flask, abort, g, jsonify, request, send_from_directory

from tests.other_portal.bankid import (
    CANCELLED_ON_PAGE,
    COMPLETE_STATE,
    DOWN_STATE,
    FAILED,
    PENDING_STATE,
    SERVICE_DOWN,
    BankIDDown,
    RelyingParty,
    autostart_link,
    follow,
    qr_svg,
)
from tests.other_portal.store import Store

from .broker import add_broker
from .checks import Refused, breaks, customer_number, identity, login_name, mail_address, new_password
from .variants import chosen_now

STATIC = Path(__file__).with_name("static")
NOT_A_CUSTOMER = "Du finns inte som kund hos oss. Logga in med kundnummer eller ring kundtjänst."
SWAPPED = {FAILED["userCancel"]: FAILED["expiredTransaction"], FAILED["expiredTransaction"]: FAILED["userCancel"]}
COOKIE = "norrsken"
FROM = "Norrsken Energi <kundservice@norrsken.example>"


def _letter(base_url: str, heading: str, body: str, button: tuple[str, str] | None = None) -> str:
    """An HTML-only mail: the logo links to the start page first, an unsubscribe link last."""
    action = f'<p><a href="{html.escape(button[1])}" class="knapp">{html.escape(button[0])}</a></p>' if button else ""
    return (
        f'<html><body><p><a href="{base_url}/"><img src="{base_url}/logga.png" alt="Norrsken Energi"></a></p>'
        f"<h1>{html.escape(heading)}</h1><p>{body}</p>{action}"
        f'<p><small>Vill du inte ha våra nyhetsbrev? <a href="{base_url}/nyhetsbrev/avsluta">Avsluta '
        f"prenumerationen</a>.</small></p></body></html>"
    )


def shown(said: str) -> str:
    """BankID's text as the portal shows it: H3-byte swaps those for a cancel in the app and for no answer."""
    return SWAPPED.get(said, said) if breaks("H3-byte") else said


def create_app(store: Store, settings: dict) -> Flask:
    app = Flask(__name__, static_folder=None)
    bankid = RelyingParty(settings["bankid_api"])
    variants = chosen_now()
    base_url = settings["base_url"]

    def send(to: str, subject: str, letter: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = FROM, to, subject
        message.set_content(letter, subtype="html")
        with smtplib.SMTP(*settings["smtp"], timeout=10) as smtp:
            smtp.send_message(message)

    def signed_in(customer) -> dict:
        g.token, g.keep_cookie = store.renew(g.token), False
        g.session.kundnummer = customer.kundnummer
        return {"namn": customer.name}

    def refuse(text: str, status: int = 400):
        return jsonify(fel=text), status

    @app.before_request
    def _session():
        sent = request.cookies.get(COOKIE)
        g.token, g.session = store.session(sent)
        # A request sent with a cookie a login just replaced (the QR code's, a poll's) must not put
        # a session of its own in the browser in place of the logged-in one.
        g.keep_cookie = bool(sent) and g.token != sent and request.headers.get("Sec-Fetch-Mode") != "navigate"
        g.sent_token = sent
        g.customer = store.customers.get(g.session.kundnummer) if g.session.kundnummer else None
        if request.method == "POST" and request.headers.get("X-Csrf") != g.session.csrf:
            abort(403)

    @app.after_request
    def _cookie(response):
        # Only a cookie that changes is sent: an answer still on its way with the cookie it was
        # asked with (the QR code's, while the poll logs in) must not put the old one back.
        if not g.get("keep_cookie") and g.get("token") != g.get("sent_token"):
            response.set_cookie(COOKIE, g.get("token", ""), httponly=True, samesite="Lax")
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(Refused)
    def _refused(error: Refused):
        return jsonify(fel=str(error), falt=error.field), 400

    @app.get("/app.js")
    @app.get("/app.css")
    def asset():
        return send_from_directory(STATIC, request.path.lstrip("/"))

    @app.get("/")
    @app.get("/<path:anything>")
    def page(anything: str = ""):
        """Every address is the one page; the script decides what it shows (404 included)."""
        return send_from_directory(STATIC, "index.html")

    @app.get("/api/session")
    def session():
        customer = {"namn": g.customer.name} if g.customer else None
        return jsonify(
            csrf=g.session.csrf,
            kund=customer,
            avvikelser=sorted(rule for rule in ("H1", "H2", "H3", "H4", "H5", "H6", "H6-vänster") if breaks(rule)),
            varianter=variants,
        )

    @app.post("/api/logga-in")
    def log_in():
        body = request.get_json(force=True)
        kind, value = login_name(body.get("anvandarnamn", ""))
        password = body.get("losenord") or ""
        if not password:
            raise Refused("Skriv ditt lösenord.", "losenord")
        customer = store.by_username(kind, value)
        if customer is not None and customer.password_digest is None and breaks("H8"):
            return jsonify(signed_in(customer))
        if customer is None or not customer.check(password):
            raise Refused("Kundnumret eller lösenordet stämmer inte.")
        return jsonify(signed_in(customer))

    @app.post("/api/logga-ut")
    def log_out():
        if breaks("H6-vy"):  # only the view changes: the session and its cookie stay valid
            return jsonify(csrf=g.session.csrf)
        store.end(g.token)
        g.token, g.session = store.session(None)
        g.keep_cookie = False
        return jsonify(csrf=g.session.csrf)

    @app.post("/api/registrera")
    def register():
        body = request.get_json(force=True)
        kundnummer = customer_number(body.get("kundnummer", ""))
        kind, number = identity(body.get("personnummer", ""))
        address = mail_address(body.get("epost", ""))
        customer = store.customers.get(kundnummer)
        if customer is not None and getattr(customer, kind) != number:
            if breaks("H9-tack"):  # a wrong personnummer is answered as if all went well; nothing is done
                return jsonify(text=f"Tack! Vi har skickat ett mejl till {address}.")
            if not breaks("H9-vem"):  # H9-vem: anyone's personnummer puts their address on the account
                customer = None
        if customer is None:
            raise Refused("Vi kunde inte hitta dig med de uppgifterna.")
        if customer.email and not breaks("H10"):
            raise Refused("Du har redan en e-postadress hos oss. Vill du byta den? Ring kundtjänst, 0771-00 00 00.")
        if not breaks("H9"):
            send(
                address,
                "Välkommen till Mina sidor",
                _letter(
                    base_url,
                    f"Hej {customer.name}!",
                    "Din e-postadress är nu kopplad till Mina sidor. Nästa steg är att skapa ett lösenord.",
                ),
            )
        customer.email = address
        return jsonify(text=f"Tack! Vi har skickat ett mejl till {address}.")

    @app.post("/api/losenordslank")
    def password_link():
        kundnummer = customer_number(request.get_json(force=True).get("kundnummer", ""))
        customer = store.customers.get(kundnummer)
        if customer is not None and customer.email and not breaks("H11"):
            link = f"{base_url}/mina-sidor/valj-losenord#nyckel={store.new_link(kundnummer)}"
            send(
                customer.email,
                "Ditt lösenord till Mina sidor",
                _letter(
                    base_url,
                    f"Hej {customer.name}!",
                    "Klicka på knappen för att välja ditt lösenord. Länken gäller i 30 minuter.",
                    ("Välj lösenord", link),
                ),
            )
        return jsonify(
            text="Om kundnumret finns och har en e-postadress har vi skickat en länk dit. Saknar du "
            "e-postadress? Registrera den först under Ny kund."
        )

    @app.post("/api/losenord/nyckel")
    def check_link():
        token = request.get_json(force=True).get("nyckel", "")
        if breaks("H12") or store.link_owner(token) is None:
            return refuse("Länken fungerar inte längre.", 410)
        return jsonify(ok=True)

    @app.post("/api/losenord")
    def choose_password():
        body = request.get_json(force=True)
        customer = store.link_owner(body.get("nyckel", ""))
        if customer is None:
            return refuse("Länken fungerar inte längre.", 410)
        password = new_password(body.get("losenord", ""))
        if not breaks("H13"):
            customer.set_password(password)
        store.use_link(body["nyckel"])
        return jsonify(text="Ditt nya lösenord är sparat. Logga in med det.")

    @app.post("/api/bankid/start")
    def bankid_start():
        try:
            order = bankid.auth(request.remote_addr or "127.0.0.1")
        except BankIDDown:
            return refuse(SERVICE_DOWN, 503)
        order["started"] = time.time()
        g.session.bankid = order
        back = f"{base_url}/mina-sidor/logga-in?bankid=fortsatt"
        return jsonify(
            app=autostart_link(order["autoStartToken"], back if request.get_json(force=True).get("mobil") else None)
        )

    @app.get("/api/bankid/qr")
    def bankid_qr():
        if g.session.bankid is None:
            abort(404)
        return app.response_class(qr_svg(g.session.bankid), mimetype="image/svg+xml")

    @app.post("/api/bankid/status")
    def bankid_status():
        state, said = follow(bankid, g.session.bankid)
        said = shown(said) if state != COMPLETE_STATE else said
        if state == PENDING_STATE:
            return jsonify(status=said)
        if state == DOWN_STATE:
            return refuse(said, 503)
        g.session.bankid = None
        if state != COMPLETE_STATE:
            return refuse(said)
        customer = store.by_personnummer(said)
        if customer is None:
            return refuse(NOT_A_CUSTOMER)
        return jsonify(signed_in(customer))

    tickets = add_broker(app, bankid, base_url, shown)

    @app.post("/api/bankid/biljett/anvand")
    def bankid_ticket_used():
        """Back from the broker (bankid=fortsatt): whoever BankID identified for this session's ticket."""
        found = tickets.pop(str(request.get_json(force=True).get("biljett", "")), None)
        if found is None or found["personnummer"] is None or found["session"] != g.token:
            return refuse("Inloggningen gick inte att slutföra. Försök igen.")
        customer = store.by_personnummer(found["personnummer"])
        if customer is None:
            return refuse(NOT_A_CUSTOMER)
        return jsonify(signed_in(customer))

    @app.post("/api/bankid/avbryt")
    def bankid_cancel():
        if g.session.bankid is not None:
            bankid.cancel(g.session.bankid["orderRef"])
            g.session.bankid = None
        return refuse(CANCELLED_ON_PAGE)

    return app
