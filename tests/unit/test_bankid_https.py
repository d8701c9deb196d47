"""The fake BankID over HTTPS, called by the portal's RP client with a CA and a client certificate,
as a staging portal would call it (or BankID's own test environment)."""

from __future__ import annotations

import threading

import pytest
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
