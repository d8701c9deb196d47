"""The other portal's pages: /kund/... for the customer, /hjalp/... for help."""

from __future__ import annotations

import re
import smtplib
import time
from email.message import EmailMessage
from functools import wraps
from pathlib import Path

from flask import Flask, abort, g, jsonify, redirect, render_template, request

from . import rules
from .bankid import (
    CANCELLED_ON_PAGE,
    COMPLETE_STATE,
    DOWN_STATE,
    PENDING_STATE,
    SERVICE_DOWN,
    BankIDDown,
    RelyingParty,
    autostart_link,
    follow,
    qr_svg,
)
from .rules import Problem, deviates
from .store import Store

COOKIE = "kund_sid"
HELP = [
    ("inloggning", "Så här loggar du in på nya Mina sidor"),
    ("elavtal", "Elavtal och priser"),
    ("kontakt", "Kontakta oss"),
]
MOBILE = re.compile(r"Android|iPhone|iPad|Mobile", re.I)


def create_app(store: Store, settings: dict) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(Path(__file__).with_name("templates")),
        static_folder=str(Path(__file__).with_name("static")),
    )
    bankid = RelyingParty(settings["bankid_api"])

    def send_mail(to: str, subject: str, text: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "Kraftbolaget <kund@kraftbolaget.example>", to, subject
        message.set_content(text)
        with smtplib.SMTP(settings["smtp_host"], settings["smtp_port"], timeout=10) as smtp:
            smtp.send_message(message)

    @app.before_request
    def _session():
        sent = request.cookies.get(COOKIE)
        g.token, g.session = store.session(sent)
        # A request the page sent with a cookie the login just replaced (the QR code's, the poll's)
        # must not put a session of its own in the browser in place of the logged-in one.
        g.keep_cookie = bool(sent) and g.token != sent and request.headers.get("Sec-Fetch-Mode") != "navigate"
        g.sent_token = sent
        g.customer = store.customers.get(g.session.kundnummer) if g.session.kundnummer else None
        if request.method == "POST":
            sent = request.form.get("csrf") or request.headers.get("X-CSRF")
            if sent != g.session.csrf:
                abort(400)

    @app.after_request
    def _cookie(response):
        # Only a cookie that changes is sent: an answer still on its way with the cookie it was
        # asked with (the QR code's, while the poll logs in) must not put the old one back.
        if not g.get("keep_cookie") and g.get("token") != g.get("sent_token"):
            response.set_cookie(COOKIE, g.get("token", ""), httponly=True, samesite="Lax")
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.context_processor
    def _page():
        agent = request.headers.get("User-Agent", "")
        messages, g.session.flash = g.session.flash, []
        return {
            "customer": g.customer,
            "csrf": g.session.csrf,
            "old_browser": "Trident/" in agent or "MSIE " in agent,
            "messages": messages,
            "deviates": deviates,
        }

    def say(role: str, text: str) -> None:
        g.session.flash.append((role, text))

    def log_in(customer) -> None:
        g.token, g.keep_cookie = store.renew(g.token), False
        g.session.kundnummer = customer.kundnummer

    def customer_only(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if g.customer is None:
                say("status", "Du måste logga in först.")
                return redirect(f"/kund/inloggning?till={request.path}")
            return view(*args, **kwargs)

        return wrapped

    @app.get("/")
    def start():
        return render_template("start.html")

    @app.get("/hjalp/<slug>")
    def help_section(slug: str):
        if slug not in dict(HELP):
            abort(404)
        return render_template("hjalp.html", sections=HELP, current=slug, title=dict(HELP)[slug])

    @app.route("/kund/inloggning", methods=["GET", "POST"])
    def login():
        errors, status = {}, 200
        if request.method == "POST":
            try:
                kind, value = rules.username(request.form.get("anvandare", ""))
            except Problem as problem:
                errors["anvandare"] = str(problem)
            if not request.form.get("losen"):
                errors["losen"] = "Ange lösenord."
            if not errors:
                customer = store.by_username(kind, value)
                if customer is not None and customer.check(request.form["losen"]):
                    log_in(customer)
                    target = request.args.get("till", "")
                    return redirect(target if target.startswith("/kund/") else "/kund/oversikt")
                errors["_"] = "Inloggningen misslyckades. Kontrollera kundnummer och lösenord."
            status = 400
        method = (
            "losen" if request.method == "POST" or request.args.get("satt") == "losen" or deviates("H5") else "bankid"
        )
        return render_template(
            "inloggning.html",
            errors=errors,
            form=request.form,
            method=method,
            resume=request.args.get("bankid") == "fortsatt",
            poll_ms=settings["poll_ms"],
        ), status

    @app.get("/kund/oversikt")
    @customer_only
    def overview():
        return render_template("oversikt.html")

    @app.post("/kund/utloggning")
    def logout():
        store.end(g.token)
        g.token, g.session = store.session(None)
        g.keep_cookie = False
        say("status", "Du har loggat ut.")
        return redirect("/kund/inloggning")

    @app.route("/kund/ny", methods=["GET", "POST"])
    def register():
        errors, done = {}, None
        if request.method == "POST":
            fields = {"kund": rules.kundnummer, "pnr": rules.identity, "epost": rules.email}
            values = {}
            for name, parse in fields.items():
                try:
                    values[name] = parse(request.form.get(name, ""))
                except Problem as problem:
                    errors[name] = str(problem)
            if not errors:
                customer = store.customers.get(values["kund"])
                kind, number = values["pnr"]
                if customer is None or getattr(customer, kind) != number:
                    errors["_"] = "Uppgifterna stämmer inte med våra register."
                elif customer.email and not deviates("H10"):
                    errors["_"] = (
                        "Det finns redan en registrerad e-postadress. Vill du byta adress, ring kundservice "
                        "på 020-10 20 30."
                    )
                else:
                    send_mail(
                        values["epost"],
                        "Bekräftelse: din e-post för Mina sidor",
                        f"Hej {customer.name}!\n\nDin e-postadress är nu registrerad för Mina sidor. "
                        f"Nästa steg: skapa ett lösenord på {settings['base_url']}/kund/losenord\n",
                    )
                    customer.email = values["epost"]
                    done = values["epost"]
        status = 400 if errors else 200
        return render_template("ny.html", errors=errors, form=request.form, done=done), status

    @app.route("/kund/losenord", methods=["GET", "POST"])
    def create_password():
        errors, sent = {}, False
        if request.method == "POST":
            kundnummer = request.form.get("kund", "").strip()
            if not kundnummer:
                errors["kund"] = "Ange ditt kundnummer."
            else:
                customer = store.customers.get(kundnummer)
                if customer is not None and customer.email:
                    link = f"{settings['base_url']}/kund/losenord/{store.new_link(kundnummer)}"
                    send_mail(
                        customer.email,
                        "Länk för att välja lösenord",
                        f"Hej {customer.name}!\n\nVälj ditt lösenord här (länken gäller i 30 minuter):\n{link}\n",
                    )
                sent = True
        return render_template("losenord.html", errors=errors, sent=sent), 400 if errors else 200

    @app.route("/kund/losenord/<token>", methods=["GET", "POST"])
    def choose_password(token: str):
        customer = store.link_owner(token)
        if customer is None:
            return render_template("lanken.html"), 410
        errors = {}
        if request.method == "POST":
            first, second = rules.password(request.form.get("nytt", ""), request.form.get("igen", ""))
            errors = {name: text for name, text in (("nytt", first), ("igen", second)) if text}
            if not errors:
                if not deviates("H13"):
                    customer.set_password(request.form["nytt"])
                store.use_link(token)
                say("status", "Lösenordet är sparat. Logga in med det nya lösenordet.")
                return redirect("/kund/inloggning?satt=losen")
        return render_template("valj.html", errors=errors), 400 if errors else 200

    @app.post("/kund/bankid/start")
    def bankid_start():
        try:
            order = bankid.auth(request.remote_addr or "127.0.0.1")
        except BankIDDown:
            return jsonify(fel=SERVICE_DOWN)
        order["started"] = time.time()
        g.session.bankid = order
        back = f"{settings['base_url']}/kund/inloggning?bankid=fortsatt"
        return jsonify(
            app=autostart_link(
                order["autoStartToken"], back if MOBILE.search(request.headers.get("User-Agent", "")) else None
            )
        )

    @app.get("/kund/bankid/qr")
    def bankid_qr():
        if g.session.bankid is None:
            abort(404)
        return app.response_class(qr_svg(g.session.bankid), mimetype="image/svg+xml")

    @app.post("/kund/bankid/status")
    def bankid_status():
        state, said = follow(bankid, g.session.bankid)
        if state == PENDING_STATE:
            return jsonify(status=said)
        if state != DOWN_STATE:
            g.session.bankid = None
        if state != COMPLETE_STATE:
            return jsonify(fel=said)
        customer = store.by_personnummer(said)
        if customer is None:
            return jsonify(fel="Du är inte kund hos oss. Logga in med kundnummer eller ring kundservice.")
        log_in(customer)
        return jsonify(klar="/kund/oversikt")

    @app.post("/kund/bankid/avbryt")
    def bankid_cancel():
        if g.session.bankid is not None:
            bankid.cancel(g.session.bankid["orderRef"])
            g.session.bankid = None
        return jsonify(fel=CANCELLED_ON_PAGE)

    return app
