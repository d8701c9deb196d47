"""Password login and logout (help page rules H4-H7), with server-side sessions."""

from __future__ import annotations

import logging

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user

from . import customers, lockout
from .db import get_clock, get_db
from .errors import limit_message, say_limit
from .forms import LoginForm
from .rate_limit_keys import account_of
from .security import limiter, safe_next
from .sessions import current_store

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
log = logging.getLogger("minasidor.auth")

MSG_WRONG = "Fel kundnummer eller lösenord. Kontrollera uppgifterna och försök igen."
MSG_LOGGED_OUT = "Du är nu utloggad."
MSG_LOGIN_FIRST = "Logga in för att se Mina sidor."
MSG_SESSION_ENDED = "Du har loggats ut eftersom du inte varit aktiv på en stund. Logga in igen."


def init_app(app) -> None:
    login_manager.init_app(app)
    login_manager.session_protection = None  # the server-side session record does this job
    login_manager.unauthorized_handler(_unauthorized)


@login_manager.user_loader
def _load_customer(user_id: str):
    customer_id = current_store().resume(session.get("sid"))
    if customer_id is None or str(customer_id) != user_id:
        g.session_ended = True
        session.clear()
        return None
    return customers.get(get_db(), customer_id)


def _unauthorized():
    flash(MSG_SESSION_ENDED if g.get("session_ended") else MSG_LOGIN_FIRST, "info")
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def _masked(text: str) -> str:
    return text[:-2] + "**" if len(text) > 2 else "**"


def _render_login(form: LoginForm, status: int = 200, tab: str = "kundnummer"):
    # Back from the BankID app on this device: the page picks up the order it started.
    return render_template(
        "auth/login.html",
        form=form,
        tab=tab,
        bankid_resume=bool(session.get("bankid")),
        poll_ms=current_app.config["BANKID_POLL_MS"],
        simulated_app=_simulated_app_url(),
    ), status


def _simulated_app_url() -> str | None:
    """Test mode only: where our fake BankID's simulated app is (beside its RP API), for a
    manual tester; None otherwise, and when the portal talks to another BankID."""
    api = current_app.config.get("BANKID_API_URL") or ""
    if not current_app.config.get("TEST_MODE") or "/rp/v6.0" not in api:
        return None
    return api.split("/rp/v6.0", 1)[0] + "/app"


@bp.route("/logga-in", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["LOGIN_CLIENT_LIMIT"], methods=["POST"], scope="login-client", error_message="client"
)
def login():
    """Login page with the tabs "Mobilt BankID" and "Kundnummer"."""
    if current_user.is_authenticated:
        return redirect(url_for("account.overview"))
    form = LoginForm()
    if request.method == "GET":
        tab = "kundnummer" if request.args.get("flik") == "kundnummer" else "bankid"
        return _render_login(form, tab=tab)
    if not form.validate():
        return _render_login(form, 400)
    account = account_of(form.username)
    locked = lockout.seconds_locked(get_db(), get_clock(), account)
    if locked:
        log.warning("password login refused for %s from %s: locked", _masked(form.username.value), request.remote_addr)
        form.form_errors.append(say_limit("account", locked))
        return _render_login(form, 429)
    customer = customers.authenticate(get_db(), form.username, form.losenord.data)
    if customer is None:
        log.info("password login failed for %s from %s", _masked(form.username.value), request.remote_addr)
        if lockout.record_failure(get_db(), get_clock(), account):
            log.warning("password login for %s locked after repeated failures", _masked(form.username.value))
        form.form_errors.append(MSG_WRONG)
        return _render_login(form, 401)
    session.clear()  # a new session on login: nothing from before survives
    session["sid"] = current_store().start(customer.id)
    login_user(customer)
    log.info("password login succeeded for %s from %s", _masked(form.username.value), request.remote_addr)
    return redirect(safe_next(request.args.get("next"), url_for("account.overview")))


@bp.post("/logga-ut")
def logout():
    """End the session server-side and return to the login page."""
    if current_user.is_authenticated:
        current_store().end(session.get("sid"), "logout")
        log.info("logout of customer %s", current_user.id)
    logout_user()
    session.clear()
    flash(MSG_LOGGED_OUT, "success")
    return redirect(url_for("auth.login"))


@bp.errorhandler(429)
def _too_many_attempts(error):
    """A limit on login: the login page on the Kundnummer tab says what was limited and for how long."""
    form = LoginForm()
    form.form_errors.append(limit_message(error))
    return _render_login(form, 429)
