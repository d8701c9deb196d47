"""Fixtures for the portal's unit and integration tests (Flask test client, CSRF on)."""

from __future__ import annotations

import re
import shutil
import threading
from types import SimpleNamespace

import pytest
from werkzeug.serving import make_server

from reference_app.fake_bankid import create_app as create_bankid
from reference_app.mailcatcher import MailCatcher
from reference_app.portal import create_app, db, outbox
from tests.support import tls

PUBLIC_BASE_URL = "http://portal.test"

CSRF_FIELD = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory):
    """A data directory with the demo customers, hashed once for the whole session (at the test
    cost: tests/unit/test_password_cost.py covers the real one)."""
    path = tmp_path_factory.mktemp("seeded")
    create_app({"DATA_DIR": str(path), "OUTBOX_WORKER": False, "TEST_MODE": True, "FAST_TEST_HASHING": True})
    return path


@pytest.fixture
def catcher(tmp_path):
    running = MailCatcher(tmp_path / "mail", "127.0.0.1", 0, test_mode=True).start()
    yield running
    running.stop()


def portal_config(data_dir, catcher, **overrides) -> dict:
    config = {
        "DATA_DIR": str(data_dir),
        "TEST_MODE": True,
        "OUTBOX_WORKER": False,
        "FAST_TEST_HASHING": True,
        "SMTP_HOST": catcher.smtp.host,
        "SMTP_PORT": catcher.smtp.port,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
    }
    config.update(overrides)
    return config


@pytest.fixture
def app(seeded_dir, tmp_path, catcher):
    data_dir = tmp_path / "data"
    shutil.copytree(seeded_dir, data_dir)
    return create_app(portal_config(data_dir, catcher))


def deliver_outbox(app) -> int:
    """What the outbox worker does in a running portal, done here on demand."""
    conn = db.connect(app.config["DATABASE"])
    try:
        return outbox.deliver_due(conn, app.extensions["clock"], app.config)
    finally:
        conn.close()


@pytest.fixture
def client(app):
    return app.test_client()


def csrf_token(html: str) -> str:
    match = CSRF_FIELD.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1) or match.group(2)


class AuthActions:
    def __init__(self, client):
        self.client = client

    def login(self, username="100001", password="Vinterljus-Kaffe-42", next_url=None):
        page = self.client.get("/logga-in?flik=kundnummer")
        url = "/logga-in" + (f"?next={next_url}" if next_url else "")
        return self.client.post(
            url,
            data={"csrf_token": csrf_token(page.get_data(as_text=True)), "kundnummer": username, "losenord": password},
        )

    def logout(self):
        page = self.client.get("/mina-sidor")
        return self.client.post("/logga-ut", data={"csrf_token": csrf_token(page.get_data(as_text=True))})

    def advance_clock(self, seconds):
        return self.client.post("/_test/clock", json={"advance_seconds": seconds})


@pytest.fixture
def new_customer(client):
    """Make a fresh test customer through the test-mode control API."""

    def make(kind="privat", email=False, password=None):
        return client.post("/_test/customers", json={"kind": kind, "email": email, "password": password}).get_json()

    return make


@pytest.fixture
def auth(client):
    return AuthActions(client)


# --- the fake BankID: the RP's calls and a phone with the simulated app ---------------------
@pytest.fixture
def bankid(tmp_path):
    app = create_bankid(tmp_path / "bankid", test_mode=True)
    app.config["WTF_CSRF_ENABLED"] = False  # the app pages' forms; the RP API has no CSRF anyway
    return app


@pytest.fixture
def rp(bankid):
    client = bankid.test_client()

    def call(endpoint, body=None, **kwargs):
        return client.post(f"/rp/v6.0/{endpoint}", json=body if body is not None else {}, **kwargs)

    call.client = client
    return call


@pytest.fixture
def phone(bankid):
    return bankid.test_client()


@pytest.fixture(scope="session")
def bankid_certificates(tmp_path_factory):
    """A server certificate for 127.0.0.1 (the clients' CA) and a client certificate, made once."""
    folder = tmp_path_factory.mktemp("certificates")
    server_cert, server_key = tls.self_signed(folder, "server")
    client_cert, client_key = tls.self_signed(folder, "client")
    return SimpleNamespace(
        server_cert=server_cert,
        server_key=server_key,
        ca=server_cert,
        cert=client_cert,
        key=client_key,
        pfx=tls.pkcs12(client_cert, client_key, folder / "client.p12"),
        passphrase=tls.PASSPHRASE,
    )


@pytest.fixture
def https_bankid_stack(tmp_path, bankid_certificates):
    """The fake BankID (test mode) over HTTPS as a staging portal reaches it: its base URL, the CA
    that signs its certificate, a client certificate (PEM and PKCS#12), and a phone with the
    simulated app on the same fake."""
    tls_files = bankid_certificates
    app = create_bankid(tmp_path / "https-bankid", test_mode=True)
    app.config["WTF_CSRF_ENABLED"] = False
    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=(tls_files.server_cert, tls_files.server_key))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield SimpleNamespace(
        base_url=f"https://127.0.0.1:{server.port}/rp/v6.0/",
        ca=tls_files.ca,
        cert=tls_files.cert,
        key=tls_files.key,
        pfx=tls_files.pfx,
        passphrase=tls_files.passphrase,
        app=app,
        phone=app.test_client(),
        control=app.test_client(),
    )
    server.shutdown()
    thread.join()
