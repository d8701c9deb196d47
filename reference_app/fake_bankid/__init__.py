"""Fake BankID: the RP API v6.0 over HTTP(S) and a simulated BankID app (web page)."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.exceptions import HTTPException

from .. import json_input, static_versions
from ..response_headers import FAKE_APP_CSP, protect
from ..secret_key import load_or_create
from .store import OrderStore

RP_ERRORS = {404: ("notFound", "Not found"), 405: ("methodNotAllowed", "Method not allowed")}


def create_app(data_dir: str | Path, test_mode: bool = False) -> Flask:
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    app = Flask(__name__)
    app.config["SECRET_KEY"] = load_or_create(data, "FAKE_BANKID_SECRET_KEY", "bankid_secret_key")
    app.config["TEST_MODE"] = test_mode
    app.extensions["bankid_store"] = store = OrderStore(str(data / "bankid.db"))
    if not test_mode:
        store.forget_test_state()  # a moved clock or scripted outcomes must not follow into a normal start
    json_input.install(app)
    protect(app, FAKE_APP_CSP, camera=True)
    static_versions.install(app)

    from . import app_ui, control, openapi, rp_api

    app.add_url_rule("/openapi.json", "openapi", lambda: jsonify(openapi.DOCUMENT))

    csrf = CSRFProtect(app)
    csrf.exempt(rp_api.bp)
    app.register_blueprint(rp_api.bp)
    app.register_blueprint(app_ui.bp)
    if test_mode:
        csrf.exempt(control.bp)
        app.register_blueprint(control.bp)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if request.path.startswith("/rp/"):
            code, details = RP_ERRORS.get(exc.code, ("invalidParameters", exc.description or ""))
            return jsonify(errorCode=code, details=details), exc.code
        return render_template("app/error.html", message=exc.description, status=exc.code), exc.code

    @app.errorhandler(Exception)
    def _internal_error(exc: Exception):
        app.logger.exception("fake BankID error")
        if request.path.startswith("/rp/"):
            return jsonify(errorCode="internalError", details="Internal error"), 500
        return render_template("app/error.html", message="Något gick fel. Försök igen.", status=500), 500

    return app
