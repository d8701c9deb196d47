"""Mina sidor reference portal (Flask application factory)."""

from __future__ import annotations

import logging
import re

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

from .. import json_input, static_versions
from ..clock import Clock
from . import db, demo, errors, passwords, security
from .config import build_config

IE_MARKERS = ("MSIE ", "Trident/")
_TOKEN_IN_PATH = re.compile(r"(/valj-losenord/)[^\s/?]+")


def create_app(test_config: dict | None = None, data_dir: str = ".minasidor") -> Flask:
    """Build the portal; test_config overrides the defaults (DATA_DIR first)."""
    app = Flask(__name__)
    data_dir = (test_config or {}).get("DATA_DIR", data_dir)
    app.config.update(build_config(data_dir))
    app.config.update(test_config or {})
    app.config["PASSWORD_HASH_METHOD"] = passwords.hash_method_for(
        app.config["TEST_MODE"], app.config.get("FAST_TEST_HASHING", False)
    )
    if app.config["PASSWORD_HASH_METHOD"] != passwords.HASH_METHOD:
        logging.getLogger("minasidor.portal").warning(
            "Lösenordshashning: %s (snabb, bara för den inbyggda testmiljön; normalt läge använder %s)",
            app.config["PASSWORD_HASH_METHOD"],
            passwords.HASH_METHOD,
        )

    db.init_schema(app.config["DATABASE"])
    app.extensions["clock"] = Clock(app.config["DATABASE"])
    if not app.config["TEST_MODE"]:
        app.extensions["clock"].reset()  # a clock moved by a test run must not follow into a normal start
    if app.config["DEMO_DATA"]:
        conn = db.connect(app.config["DATABASE"])
        try:
            with app.app_context():
                demo.seed(conn, app.extensions["clock"].now())
        finally:
            conn.close()

    app.teardown_appcontext(db.close_db)
    static_versions.install(app)
    json_input.install(app)
    if app.config["TRUSTED_PROXIES"]:
        # Opt-in: behind N reverse proxies we trust, the client's address and scheme come from
        # their X-Forwarded-* headers (HSTS on HTTPS, per-client limits per client, not per proxy).
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops)
    security.init_app(app)
    errors.init_app(app)

    from . import account, auth, bankid_login, first_time, help_pages, main

    auth.init_app(app)
    for module in (main, auth, account, help_pages, first_time, bankid_login):
        app.register_blueprint(module.bp)
    if app.config["OUTBOX_WORKER"]:
        from .outbox import OutboxWorker

        app.extensions["outbox_worker"] = OutboxWorker(app.config, app.extensions["clock"]).start()
    if app.config["TEST_MODE"]:
        from . import test_control

        app.register_blueprint(test_control.bp)
        security.csrf.exempt(test_control.bp)
        from . import label_drift

        label_drift.init_app(app)

    app.context_processor(_page_context)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("werkzeug").addFilter(_MaskTokens())
    return app


class _MaskTokens(logging.Filter):
    """Request logs must not carry the secret part of a password link."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(_TOKEN_IN_PATH.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        return True


def _page_context() -> dict:
    user_agent = request.headers.get("User-Agent", "")
    return {"internet_explorer": any(marker in user_agent for marker in IE_MARKERS)}
