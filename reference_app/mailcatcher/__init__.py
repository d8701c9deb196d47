"""Mail catcher: SMTP in (aiosmtpd), SQLite store, HTTP API in Mailpit's v1 dialect, inbox page."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, jsonify
from flask_wtf.csrf import CSRFProtect

from .. import json_input, stack_defaults
from ..response_headers import FAKE_CSP, protect
from ..secret_key import load_or_create
from .smtp_server import SMTPServer
from .store import MessageStore

IGNORE_DUPLICATE_IDS_ENV = "MINASIDOR_MAIL_IGNORE_DUPLICATE_IDS"


def create_app(store: MessageStore, test_mode: bool = False) -> Flask:
    """The catcher's HTTP side: /api/v1 (Mailpit-compatible) and the inbox for people."""
    app = Flask(__name__)
    app.config["SECRET_KEY"] = load_or_create(Path(store.path).parent, "MAILCATCHER_SECRET_KEY", "mail_secret_key")
    app.config["TEST_MODE"] = test_mode
    app.extensions["mail_store"] = store
    app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024  # /api/v1/send with attachments, as SMTP takes 10 MB
    if not test_mode:
        store.set_chaos({})  # SMTP refusal switched on by a test run must not follow into a normal start
    json_input.install(app)
    protect(app, FAKE_CSP + "; form-action 'self'")

    from . import api, inbox, openapi, send_api

    app.add_url_rule("/openapi.json", "openapi", lambda: jsonify(openapi.DOCUMENT))

    csrf = CSRFProtect(app)
    csrf.exempt(api.bp)  # a JSON API like Mailpit's, not a browser form
    csrf.exempt(send_api.bp)
    app.register_blueprint(api.bp)
    app.register_error_handler(404, api.api_not_found)
    app.register_blueprint(send_api.bp)
    app.register_blueprint(inbox.bp)
    return app


class MailCatcher:
    """Store + SMTP server + HTTP app, started and stopped together."""

    def __init__(
        self,
        data_dir: str | Path,
        smtp_host: str = stack_defaults.HOST,
        smtp_port: int = stack_defaults.SMTP_PORT,
        test_mode: bool = False,
        ignore_duplicate_ids: bool | None = None,
    ):
        data = Path(data_dir)
        data.mkdir(parents=True, exist_ok=True)
        if ignore_duplicate_ids is None:  # `serve --ignore-duplicate-ids` says it in the environment
            ignore_duplicate_ids = os.environ.get(IGNORE_DUPLICATE_IDS_ENV) == "1"
        self.store = MessageStore(str(data / "mail.db"), ignore_duplicate_ids)
        self.smtp = SMTPServer(self.store, smtp_host, smtp_port)
        self.app = create_app(self.store, test_mode)

    def start(self) -> MailCatcher:
        self.smtp.start()
        return self

    def stop(self) -> None:
        self.smtp.stop()
