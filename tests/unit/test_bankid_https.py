"""The fake BankID over HTTPS, called by the portal's RP client with a CA and a client certificate,
as a staging portal would call it (or BankID's own test environment)."""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from reference_app.fake_bankid import create_app
from reference_app.portal.bankid_client import BankIDClient, BankIDError
from tests.support.tls import self_signed


@pytest.fixture
def https_bankid(tmp_path):
    cert, key = self_signed(tmp_path, "server")
    server = make_server("127.0.0.1", 0, create_app(tmp_path / "bankid"), ssl_context=(cert, key))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.port}/rp/v6.0", cert
    server.shutdown()
    thread.join()


def test_rp_client_over_https_with_client_certificate(https_bankid, tmp_path):
    url, server_cert = https_bankid
    client_cert, client_key = self_signed(tmp_path, "client")
    client = BankIDClient(url, cert=client_cert, key=client_key, ca=server_cert)
    order = client.auth("192.0.2.10", "Logga in på Mina sidor")
    assert client.collect(order["orderRef"])["hintCode"] == "outstandingTransaction"
    client.cancel(order["orderRef"])


def test_unknown_server_certificate_is_refused(https_bankid):
    url, _ = https_bankid
    with pytest.raises(BankIDError) as refused:
        BankIDClient(url).auth("192.0.2.10", "Logga in på Mina sidor")
    assert refused.value.code == "internalError" and "CERTIFICATE_VERIFY_FAILED" in refused.value.details


def test_the_simulated_app_takes_a_form_over_https_in_a_browser(tmp_path, bankid_certificates, browser):
    """Its forms keep their CSRF check over HTTPS (which wants a same-origin Referer): the fake's pages
    send the Referer to their own origin only ("same-origin"), never to another site."""
    app = create_app(tmp_path / "https-app", test_mode=True)
    files = bankid_certificates
    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=(files.server_cert, files.server_key))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    context = browser.new_context(ignore_https_errors=True)
    try:
        page = context.new_page()
        answer = page.goto(f"https://127.0.0.1:{server.port}/app")
        assert answer.headers["referrer-policy"] == "same-origin"
        page.get_by_label("QR-kodens innehåll").fill("ingen QR-kod")
        page.get_by_role("button", name="Läs QR-kod").click()
        expect(page.get_by_text("Det här är ingen QR-kod för BankID.")).to_be_visible()
        expect(page.get_by_text("referrer")).to_have_count(0)
    finally:
        context.close()
        server.shutdown()
        thread.join()
