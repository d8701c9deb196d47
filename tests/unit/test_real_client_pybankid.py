"""pybankid 1.5.0 (PyPI), unchanged but for its base URL and the CA it trusts, against the fake
BankID over HTTPS: every call it offers, each outcome and each documented error (issue 11)."""

from __future__ import annotations

import re
import time
from urllib.parse import urljoin

import pytest

from tests.support.simulated_phone import TOLVAN, answer_call, cancel_in_app, identify, read_qr, script_error

# pybankid 1.5.0 passes cert= to httpx, which httpx 0.28 deprecates: the library's warning, not ours.
pytestmark = pytest.mark.filterwarnings("ignore:`cert=...` is deprecated:DeprecationWarning")
bankid = pytest.importorskip("bankid", reason="pybankid saknas (pip install -e '.[test]')")
ENDPOINTS = {
    "_auth_endpoint": "auth",
    "_phone_auth_endpoint": "phone/auth",
    "_sign_endpoint": "sign",
    "_phone_sign_endpoint": "phone/sign",
    "_collect_endpoint": "collect",
    "_cancel_endpoint": "cancel",
}


@pytest.fixture
def stack(https_bankid_stack):
    return https_bankid_stack


@pytest.fixture
def client(stack, monkeypatch):
    """The library's own client: its test-server CA file replaced by ours, its URL by the fake's."""
    monkeypatch.setattr(bankid.baseclient, "resolve_cert_path", lambda _name: stack.ca)
    made = bankid.BankIDClient(certificates=(stack.cert, stack.key), test_server=True, request_timeout=10)
    made.api_url = stack.base_url
    for attribute, path in ENDPOINTS.items():
        setattr(made, attribute, urljoin(stack.base_url, path))
    yield made
    made.client.close()


def _qr(client, order, started):
    return client.generate_qr_code_content(order["qrStartToken"], started, order["qrStartSecret"])


def test_authenticate_to_complete_with_the_clients_own_qr_code(client, stack):
    started = time.time()
    order = client.authenticate(
        "192.0.2.10", user_visible_data="Logga in på **Mina sidor**", user_visible_data_format="simpleMarkdownV1"
    )
    assert client.collect(order["orderRef"])["hintCode"] == "outstandingTransaction"
    read_qr(stack.phone, _qr(client, order, started))
    assert client.collect(order["orderRef"])["hintCode"] == "started"
    identify(stack.phone, order["orderRef"])
    done = client.collect(order["orderRef"])
    assert done["status"] == "complete"
    assert done["completionData"]["user"]["personalNumber"] == TOLVAN
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}Z", done["completionData"]["bankIdIssueDate"])


def test_sign_to_complete(client, stack):
    started = time.time()
    order = client.sign("192.0.2.10", user_visible_data="Jag godkänner villkoren", user_non_visible_data="ref-1")
    read_qr(stack.phone, _qr(client, order, started))
    identify(stack.phone, order["orderRef"])
    assert client.collect(order["orderRef"])["status"] == "complete"


def test_user_cancel_in_the_app(client, stack):
    started = time.time()
    order = client.authenticate("192.0.2.10")
    read_qr(stack.phone, _qr(client, order, started))
    cancel_in_app(stack.phone, order["orderRef"])
    assert client.collect(order["orderRef"]) == {
        "orderRef": order["orderRef"],
        "status": "failed",
        "hintCode": "userCancel",
    }


def test_rp_cancel(client):
    order = client.authenticate("192.0.2.10")
    assert client.cancel(order["orderRef"]) is True
    with pytest.raises(bankid.exceptions.InvalidParametersError):
        client.collect(order["orderRef"])


def test_already_in_progress_aborts_the_first_order(client):
    first = client.authenticate("192.0.2.10", requirement={"personalNumber": TOLVAN})
    with pytest.raises(bankid.exceptions.AlreadyInProgressError):
        client.authenticate("192.0.2.10", requirement={"personalNumber": TOLVAN})
    assert client.collect(first["orderRef"])["hintCode"] == "cancelled"


@pytest.mark.parametrize("call_initiator", ["user", "RP"])
def test_phone_authenticate_and_sign(client, stack, call_initiator):
    order = client.phone_authenticate(TOLVAN, call_initiator)
    assert set(order) == {"orderRef"}
    answer_call(stack.phone, order["orderRef"])
    identify(stack.phone, order["orderRef"])
    assert client.collect(order["orderRef"])["status"] == "complete"
    signing = client.phone_sign(TOLVAN, call_initiator, user_visible_data="Godkänn flytten")
    assert client.collect(signing["orderRef"])["hintCode"] == "outstandingTransaction"
    client.cancel(signing["orderRef"])


@pytest.mark.parametrize(
    "error_code, exception",
    [
        ("unauthorized", "UnauthorizedError"),
        ("requestTimeout", "RequestTimeoutError"),
        ("internalError", "InternalError"),
        ("maintenance", "MaintenanceError"),
    ],
)
def test_documented_service_errors_raise_the_clients_own_exceptions(client, stack, error_code, exception):
    script_error(stack.control, error_code)
    with pytest.raises(getattr(bankid.exceptions, exception)):
        client.authenticate("192.0.2.10")


def test_invalid_parameters(client):
    with pytest.raises(bankid.exceptions.InvalidParametersError):
        client.authenticate("inte-en-ip-adress")


def test_not_found_for_an_api_version_the_fake_does_not_speak(client, stack):
    client._auth_endpoint = urljoin(stack.base_url, "../v5.1/auth")
    with pytest.raises(bankid.exceptions.NotFoundError):
        client.authenticate("192.0.2.10")


def test_unsupported_media_type_reaches_the_client_as_a_bankid_error(client):
    client.client.headers["Content-Type"] = "text/plain"
    with pytest.raises(bankid.exceptions.BankIDError, match="unsupportedMediaType"):
        client.authenticate("192.0.2.10")
