"""Test mode is a handshake, never a guess: the suite believes it may move a target's clock or
make its customers only when the control API answers its documented JSON handshake. A page that
answers 200 for every address (a single-page app) or JSON of another kind is no test mode."""

from __future__ import annotations

import threading

import pytest
from flask import Flask, jsonify
from werkzeug.serving import make_server

from minasidor_spec.clients.bankid_control import BankIDControl
from minasidor_spec.clients.stack_control import StackControl
from reference_app.fake_bankid.control import HANDSHAKE as BANKID_HANDSHAKE
from reference_app.portal.test_control import HANDSHAKE as PORTAL_HANDSHAKE


def _answering(kind: str) -> Flask:
    app = Flask(__name__)

    @app.route("/", defaults={"path": ""})
    @app.route("/<path:path>")
    def every_address(path):
        if kind == "spa":
            return "<!doctype html><title>App</title><div id=app></div>"
        if kind == "other json":
            return jsonify(name="något annat", version=1)
        if kind == "newer":
            return jsonify(name=PORTAL_HANDSHAKE["name"], version=99)
        return jsonify(PORTAL_HANDSHAKE if path == "_test" else BANKID_HANDSHAKE)

    return app


@pytest.fixture
def serve():
    servers = []

    def start(kind: str) -> str:
        server = make_server("127.0.0.1", 0, _answering(kind), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}"

    yield start
    for server in servers:
        server.shutdown()


@pytest.mark.parametrize(
    ("kind", "believed"), [("handshake", True), ("spa", False), ("other json", False), ("newer", False)]
)
def test_only_the_handshake_is_test_mode(playwright, serve, kind, believed):
    request = playwright.request.new_context(base_url=serve(kind))
    try:
        assert StackControl(request).available() is believed
        assert BankIDControl(request).available() is (believed and kind == "handshake")
    finally:
        request.dispose()


def test_a_target_that_does_not_answer_is_no_test_mode(playwright):
    request = playwright.request.new_context(base_url="http://127.0.0.1:9")
    try:
        assert not StackControl(request).available()
    finally:
        request.dispose()


def test_the_reference_stack_answers_its_handshakes(client):
    assert client.get("/_test").get_json() == {"name": "minasidor-spec-testlage", "version": 1}
