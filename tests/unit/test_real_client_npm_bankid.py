"""npm `bankid` 3.2.1 (BankIdClientV6), unchanged but for its base URL, the CA it trusts and its
client certificate, against the fake BankID over HTTPS: every call it offers, each outcome and
each documented error (issue 11). Needs Node.js and npm; skipped with the reason without them."""

from __future__ import annotations

import re

import pytest

from tests.support.node_client import NodeCallError, NodeClient
from tests.support.node_packages import installed
from tests.support.simulated_phone import TOLVAN, cancel_in_app, identify, read_qr, script_error

PACKAGE = "bankid@3.2.1"


@pytest.fixture
def stack(https_bankid_stack):
    return https_bankid_stack


def _client(stack, base_url=None) -> NodeClient:
    return NodeClient(
        "bankid",
        {
            "baseURL": base_url or stack.base_url,
            "ca": stack.ca,
            "pfx": stack.pfx,
            "passphrase": stack.passphrase,
            "refreshInterval": 250,
        },
        installed(PACKAGE),
    )


@pytest.fixture
def client(stack):
    made = _client(stack)
    yield made
    made.close()


def _error(call) -> dict:
    with pytest.raises(NodeCallError) as raised:
        call()
    return raised.value.error


def test_authenticate_to_complete_with_the_clients_own_qr_code(client, stack):
    order = client.call("authenticate", {"endUserIp": "192.0.2.10", "userVisibleData": "Logga in på Mina sidor"})
    assert order["qrData"].startswith(f"bankid.{order['qrStartToken']}.")
    assert client.call("collect", {"orderRef": order["orderRef"]})["hintCode"] == "outstandingTransaction"
    read_qr(stack.phone, order["qrData"])
    identify(stack.phone, order["orderRef"])
    done = client.call("collect", {"orderRef": order["orderRef"]})
    assert done["status"] == "complete" and done["completionData"]["user"]["personalNumber"] == TOLVAN
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}Z", done["completionData"]["bankIdIssueDate"])


def test_sign_to_complete(client, stack):
    order = client.call("sign", {"endUserIp": "192.0.2.10", "userVisibleData": "Jag godkänner villkoren"})
    read_qr(stack.phone, order["qrData"])
    identify(stack.phone, order["orderRef"])
    assert client.call("collect", {"orderRef": order["orderRef"]})["status"] == "complete"


def test_user_cancel_in_the_app(client, stack):
    order = client.call("authenticate", {"endUserIp": "192.0.2.10"})
    read_qr(stack.phone, order["qrData"])
    cancel_in_app(stack.phone, order["orderRef"])
    assert client.call("collect", {"orderRef": order["orderRef"]})["hintCode"] == "userCancel"


def test_rp_cancel(client):
    order = client.call("authenticate", {"endUserIp": "192.0.2.10"})
    assert client.call("cancel", {"orderRef": order["orderRef"]}) == {}
    assert _error(lambda: client.call("collect", {"orderRef": order["orderRef"]}))["code"] == "invalidParameters"


def test_already_in_progress_aborts_the_first_order(client):
    first = client.call("authenticate", {"endUserIp": "192.0.2.10", "requirement": {"personalNumber": TOLVAN}})
    again = _error(
        lambda: client.call("authenticate", {"endUserIp": "192.0.2.10", "requirement": {"personalNumber": TOLVAN}})
    )
    assert again["name"] == "BankIdError" and again["code"] == "alreadyInProgress"
    assert client.call("collect", {"orderRef": first["orderRef"]})["hintCode"] == "cancelled"


def test_return_url_brings_the_app_back(client, stack):
    order = client.call("authenticate", {"endUserIp": "192.0.2.10", "returnUrl": "https://rp.example/klar"})
    read_qr(stack.phone, order["qrData"])
    assert identify(stack.phone, order["orderRef"]).headers["Location"] == "https://rp.example/klar"


def test_await_pending_collect_resolves_on_completion(client, stack):
    """The library's own polling (here every 250 ms, its refreshInterval option) ends on completion."""
    order = client.call("authenticate", {"endUserIp": "192.0.2.10"})
    read_qr(stack.phone, order["qrData"])
    identify(stack.phone, order["orderRef"])
    assert client.call("awaitPendingCollect", order["orderRef"])["status"] == "complete"


@pytest.mark.parametrize("error_code", ["unauthorized", "requestTimeout", "internalError", "maintenance"])
def test_documented_service_errors_reach_the_client_as_bankid_errors(client, stack, error_code):
    script_error(stack.control, error_code)
    error = _error(lambda: client.call("authenticate", {"endUserIp": "192.0.2.10"}))
    assert (error["name"], error["code"]) == ("BankIdError", error_code)


def test_invalid_parameters(client):
    error = _error(lambda: client.call("authenticate", {"endUserIp": "inte-en-ip-adress"}))
    assert (error["name"], error["code"]) == ("BankIdError", "invalidParameters")


def test_not_found_for_an_api_version_the_fake_does_not_speak(stack):
    old = _client(stack, stack.base_url.replace("/v6.0/", "/v5.1/"))
    try:
        error = _error(lambda: old.call("authenticate", {"endUserIp": "192.0.2.10"}))
    finally:
        old.close()
    assert (error["name"], error["code"]) == ("BankIdError", "notFound")


def test_unsupported_media_type(stack):
    client = NodeClient(
        "bankid",
        {
            "baseURL": stack.base_url,
            "ca": stack.ca,
            "pfx": stack.pfx,
            "passphrase": stack.passphrase,
            "contentType": "text/plain",
        },
        installed(PACKAGE),
    )
    try:
        error = _error(lambda: client.call("authenticate", {"endUserIp": "192.0.2.10"}))
    finally:
        client.close()
    assert (error["name"], error["code"]) == ("BankIdError", "unsupportedMediaType")


def test_every_call_the_client_offers_is_tried_here():
    """v6 calls: authenticate, sign, collect, cancel, their *AndCollect forms and awaitPendingCollect.
    The library has no phone/auth or phone/sign call (pybankid's tests cover those)."""
    client = NodeClient(
        "bankid",
        {"baseURL": "https://127.0.0.1:9/", "ca": __file__, "pfx": __file__, "passphrase": ""},
        installed(PACKAGE),
    )
    try:
        offered = set(client.call("__methods__"))
    finally:
        client.close()
    assert offered == {
        "authenticate",
        "sign",
        "collect",
        "cancel",
        "authenticateAndCollect",
        "signAndCollect",
        "awaitPendingCollect",
        "createAxiosInstance",
    }
