"""First time: register an e-mail address (H9, H10), ask for a "Skapa lösenord" link (H11),
choose the password from the link (H12). Logging in afterwards is auth.py (H13)."""

from __future__ import annotations

import logging
from dataclasses import replace

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from . import customers, outbox, password_tokens, registrations
from .db import get_clock, get_db
from .forms import ChoosePasswordForm, CreatePasswordForm, RegisterEmailForm
from .mail import MailError, render_mail, send
from .passwords import password_problems
from .rate_limit_keys import account_key, kundnummer_key
from .security import limiter
from .sessions import current_store

bp = Blueprint("first_time", __name__)
log = logging.getLogger("minasidor.first_time")

MSG_NO_MATCH = (
    "Vi hittar ingen kund med det kundnumret och personnumret. Kontrollera uppgifterna mot din senaste faktura."
)
MSG_MAIL_DOWN = "Vi kan inte skicka e-post just nu, så din e-postadress är inte registrerad. Försök igen om en stund."
MSG_PASSWORDS_DIFFER = "Lösenorden är inte likadana. Skriv samma lösenord i båda fälten."
MSG_PASSWORD_SAVED = "Ditt lösenord är sparat. Logga in med ditt kundnummer och det nya lösenordet."


def _failed(_response) -> bool:
    return g.get("registration_failed", False)


@bp.route("/registrera-e-post", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["FORM_CLIENT_LIMIT"], methods=["POST"], scope="register-client", error_message="client"
)
@limiter.limit(
    lambda: current_app.config["REGISTER_FAILURE_LIMIT"],
    methods=["POST"],
    key_func=kundnummer_key,
    deduct_when=_failed,
    scope="register-account",
    error_message="register-account",
)
def register_email():
    """ "Ny kund/Registrera E-post": kundnummer, personnummer and the address to register."""
    form = RegisterEmailForm()
    if request.method == "GET" or not form.validate():
        return render_template("first_time/register_email.html", form=form), 200 if request.method == "GET" else 400
    conn = get_db()
    customer = customers.find_for_registration(conn, form.kundnummer_value, form.identity)
    if customer is None:
        g.registration_failed = True
        form.form_errors.append(MSG_NO_MATCH)
        return render_template("first_time/register_email.html", form=form), 400
    if customer.email:
        return _registered_already(customer.email, form.email)
    # Whole or not at all, also across a crash (registrations.py): the registration is its mail;
    # the address is stored as the mail is noted sent, and given up if SMTP refuses it.
    mail = render_mail(
        "email_registered",
        form.email,
        "Din e-postadress är registrerad för Mina sidor",
        customer=customer,
        create_password_url=_public_url("first_time.create_password"),
    )
    taken = registrations.claim(conn, get_clock(), customer.id, mail)
    if taken is None:  # registered meanwhile, or another address on its way
        return _registered_already(registrations.registered(conn, customer.id) or "", form.email)
    try:
        send(current_app.config, replace(mail, message_id=taken.message_id))
    except MailError as exc:
        registrations.release(conn, taken)
        log.warning("registration mail for customer %s not sent: %s", customer.id, exc)
        form.form_errors.append(MSG_MAIL_DOWN)
        return render_template("first_time/register_email.html", form=form), 503
    registrations.complete(conn, get_clock(), taken)
    log.info("e-mail registered for customer %s", customer.id)
    return render_template("first_time/email_registered.html", email=form.email)


def _registered_already(stored: str, asked: str):
    """The same address again (a retry of a registration whose answer was lost): done, as asked.
    Another address: it cannot be changed here (H10)."""
    if stored and stored.lower() == asked.lower():
        return render_template("first_time/email_registered.html", email=stored)
    return render_template("first_time/email_already_registered.html"), 409


@bp.route("/skapa-losenord", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["FORM_CLIENT_LIMIT"], methods=["POST"], scope="password-client", error_message="client"
)
@limiter.limit(
    lambda: current_app.config["PASSWORD_LINK_LIMIT"],
    methods=["POST"],
    key_func=account_key,
    scope="password-link",
    error_message="password-link",
)
def create_password():
    """ "Skapa lösenord": the same answer whether or not the kundnummer exists or has an e-mail."""
    form = CreatePasswordForm()
    if request.method == "GET" or not form.validate():
        return render_template("first_time/create_password.html", form=form), 200 if request.method == "GET" else 400
    conn = get_db()
    customer = customers.find(conn, form.username)
    if customer is not None and customer.email:
        lifetime = current_app.config["PASSWORD_LINK_MINUTES"] * 60
        token = password_tokens.issue(conn, get_clock(), customer.id, lifetime)
        mail = render_mail(
            "choose_password",
            customer.email,
            "Välj lösenord för Mina sidor",
            customer=customer,
            link=_public_url("first_time.choose_password", token=token),
            minutes=current_app.config["PASSWORD_LINK_MINUTES"],
        )
        _send_later(conn, mail, expires_at=get_clock().now() + lifetime)
        log.info("password link queued for customer %s", customer.id)
    else:
        log.info("password link asked for a username without customer or e-mail")
    return render_template("first_time/password_link_sent.html", minutes=current_app.config["PASSWORD_LINK_MINUTES"])


@bp.route("/valj-losenord/<token>", methods=["GET", "POST"])
def choose_password(token: str):
    """The page the e-mailed link opens: choose the password (twice)."""
    conn = get_db()
    customer_id = password_tokens.customer_for(conn, get_clock(), token)
    if customer_id is None:
        return _no_referrer(render_template("first_time/link_not_valid.html"), 410)
    customer = customers.get(conn, customer_id)
    form = ChoosePasswordForm()
    if request.method == "POST" and form.validate():
        problems = password_problems(form.losenord.data, customer.kundnummer)
        if problems:
            form.losenord.errors = problems
        elif form.losenord_igen.data != form.losenord.data:
            form.losenord_igen.errors = [MSG_PASSWORDS_DIFFER]
        elif password_tokens.consume(conn, get_clock(), token) is None:
            return _no_referrer(render_template("first_time/link_not_valid.html"), 410)
        else:
            _save_password(conn, customer, form.losenord.data)
            flash(MSG_PASSWORD_SAVED, "success")
            return redirect(url_for("auth.login", flik="kundnummer"))
    status = 400 if request.method == "POST" else 200
    return _no_referrer(render_template("first_time/choose_password.html", form=form, token=token), status)


def _save_password(conn, customer, password: str) -> None:
    customers.set_password(conn, customer.id, password, get_clock().now())
    ended = current_store().end_all_for(customer.id, "password changed")
    _send_later(
        conn,
        render_mail(
            "password_changed",
            customer.email,
            "Ditt lösenord för Mina sidor är ändrat",
            customer=customer,
            help_url=_public_url("help.section", slug="kundservice"),
        ),
    )
    log.info("password chosen for customer %s; %s other session(s) ended", customer.id, ended)


def _send_later(conn, mail, expires_at: float | None = None) -> None:
    """Through the outbox: kept if SMTP is down, and the answer does not wait for SMTP."""
    outbox.enqueue(conn, get_clock(), mail, expires_at)
    worker = current_app.extensions.get("outbox_worker")
    if worker:
        worker.wake.set()


def _no_referrer(body: str, status: int):
    response = current_app.make_response((body, status))
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _public_url(endpoint: str, **values) -> str:
    """An absolute link for an e-mail, from PUBLIC_BASE_URL (never the request's Host)."""
    base = current_app.config.get("PUBLIC_BASE_URL")
    if not base:
        raise RuntimeError("PUBLIC_BASE_URL is not configured; links in e-mails cannot be built")
    return base.rstrip("/") + url_for(endpoint, **values)
