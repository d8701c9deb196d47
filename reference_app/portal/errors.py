"""Swedish error pages; never a stack trace."""

from __future__ import annotations

import logging
import math

from flask import flash, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .db import get_clock
from .security import limiter

log = logging.getLogger("minasidor.errors")

MESSAGES = {
    400: ("Något gick fel med förfrågan", "Sidan kunde inte visa det du bad om. Gå tillbaka och försök igen."),
    403: ("Du har inte behörighet", "Du har inte behörighet att se den här sidan."),
    404: ("Sidan finns inte", "Sidan du söker finns inte. Kontrollera adressen eller gå till startsidan."),
    405: ("Det gick inte att göra så", "Sidan kan inte användas på det sättet. Gå tillbaka och försök igen."),
    500: ("Tekniskt fel", "Något gick fel hos oss. Försök igen om en stund. Om felet kvarstår, ring kundservice."),
}
CSRF_MESSAGE = (
    "Sidan har varit öppen för länge",
    "Av säkerhetsskäl behöver sidan laddas om. Gå tillbaka och försök igen.",
)


# Rate-limit messages, by the error_message key each limit declares.
LIMIT_MESSAGES = {
    "account": (
        "För många misslyckade inloggningsförsök. Av säkerhetsskäl är inloggning med lösenord spärrad "
        "för det här kundnumret i {minutes} minuter till. Du kan logga in med Mobilt BankID under tiden."
    ),
    "register-account": (
        "För många försök att registrera e-postadress för det här kundnumret. Försök igen om {minutes} minuter."
    ),
    "password-link": (
        "Du har redan bett om flera länkar för att skapa lösenord. Kontrollera din e-post, även "
        "skräpposten. Du kan be om en ny länk om {minutes} minuter."
    ),
    "client": "För många försök från din anslutning. Försök igen om {minutes} minuter.",
}


def init_app(app) -> None:
    app.register_error_handler(429, _too_many_requests)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def _page(status: int, title: str, text: str):
    return render_template("errors/error.html", status=status, title=title, text=text), status


# Forms where a stale page should bring the user back to try again, not to an error page.
CSRF_RETRY = {
    "auth.login": ("auth.login", {"flik": "kundnummer"}, "Sidan hade varit öppen för länge. Försök igen."),
    "auth.logout": (
        "account.overview",
        {},
        "Utloggningen gick inte igenom eftersom sidan varit öppen för länge. Försök igen.",
    ),
}


def _csrf_error(error):
    retry = CSRF_RETRY.get(request.endpoint)
    if retry is None:
        return _page(400, *CSRF_MESSAGE)
    endpoint, args, message = retry
    flash(message, "error")
    return redirect(url_for(endpoint, **args))


def say_limit(kind: str, seconds_left: float) -> str:
    """The Swedish message for a limit of this kind, with the whole minutes left (at least 1)."""
    return LIMIT_MESSAGES.get(kind, LIMIT_MESSAGES["client"]).format(minutes=max(1, math.ceil(seconds_left / 60)))


def limit_message(error) -> str:
    """Say, in Swedish, what was limited and when to try again (and log it)."""
    current = limiter.current_limit
    seconds_left = current.reset_at - get_clock().now() if current else 60
    log.warning("rate limit %s hit on %s from %s", error.description, request.endpoint, request.remote_addr)
    return say_limit(error.description, seconds_left)


def _too_many_requests(error):
    return _page(429, "För många försök", limit_message(error))


def _http_error(error: HTTPException):
    if error.code is None or error.code < 400:
        return error
    title, text = MESSAGES.get(error.code, MESSAGES[400] if error.code < 500 else MESSAGES[500])
    return _page(error.code, title, text)


def _unexpected_error(error: Exception):
    log.exception("unhandled error")
    return _page(500, *MESSAGES[500])
