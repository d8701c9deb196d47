"""The fake BankID's RP API v6.0: shapes, lifecycle, hint codes, errors, QR codes."""

from __future__ import annotations

import base64

import pytest

from reference_app.bankid_qr import qr_auth_code, qr_data

TOKEN, SECRET = "67df3917-fa0d-44e5-b327-edcc928297f8", "d28db9a7-4cde-429e-a983-359be676944c"
TOLVAN = "191212121212"


def start(rp, **extra):
    response = rp("auth", {"endUserIp": "192.0.2.10", **extra})
    assert response.status_code == 200
    return response.get_json()


def advance(bankid, seconds):
    bankid.extensions["bankid_store"].clock.advance(seconds)


def scan(phone, bankid, order, qr_time=0):
    return phone.post("/app/qr", data={"qr": qr_data(order["qrStartToken"], order["qrStartSecret"], qr_time)})


def test_qr_test_vector():
    assert qr_auth_code(SECRET, 0) == "dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8"
    assert qr_auth_code(SECRET, 1) == "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2"
    assert qr_data(TOKEN, SECRET, 1).startswith(f"bankid.{TOKEN}.1.949d559b")


def test_auth_returns_the_four_fields(rp):
    order = start(rp)
    assert set(order) == {"orderRef", "autoStartToken", "qrStartToken", "qrStartSecret"}


def test_hint_codes_progress_to_completion(rp, phone, bankid):
    order = start(rp, userVisibleData=base64.b64encode("Logga in på Mina sidor".encode()).decode())
    ref = order["orderRef"]
    assert rp("collect", {"orderRef": ref}).get_json() == {
        "orderRef": ref,
        "status": "pending",
        "hintCode": "outstandingTransaction",
    }
    page = scan(phone, bankid, order)
    assert page.status_code == 302
    assert rp("collect", {"orderRef": ref}).get_json()["hintCode"] == "started"
    assert "Logga in på Mina sidor" in phone.get(page.headers["Location"]).get_data(as_text=True)
    phone.post(f"/app/order/{ref}/person", data={"person": TOLVAN})
    assert rp("collect", {"orderRef": ref}).get_json()["hintCode"] == "userSign"
    phone.post(f"/app/order/{ref}/answer", data={"action": "identifiera", "sakerhetskod": "123456"})
    done = rp("collect", {"orderRef": ref}).get_json()
    assert done["status"] == "complete" and "hintCode" not in done
    data = done["completionData"]
    assert data["user"] == {
        "personalNumber": TOLVAN,
        "name": "Tolvan Tolvansson",
        "givenName": "Tolvan",
        "surname": "Tolvansson",
    }
    assert data["device"]["ipAddress"] == "127.0.0.1" and data["device"]["uhi"]  # the phone's address
    assert {"bankIdIssueDate", "stepUp", "signature", "ocspResponse"} <= set(data)
    assert b"Signature" in base64.b64decode(data["signature"])
    again = rp("collect", {"orderRef": ref})  # an ended order can be collected once
    assert again.status_code == 400 and again.get_json()["errorCode"] == "invalidParameters"


def test_user_cancel_in_the_app(rp, phone, bankid):
    order = start(rp)
    scan(phone, bankid, order)
    phone.post(f"/app/order/{order['orderRef']}/answer", data={"action": "avbryt"})
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["hintCode"] == "userCancel"


def test_autostart_then_redirect_back(rp, phone):
    order = start(rp)
    opened = phone.get(f"/?autostarttoken={order['autoStartToken']}&redirect=https%3A%2F%2Fportal.example%2Flogga-in")
    assert opened.status_code == 302
    phone.post(f"/app/order/{order['orderRef']}/person", data={"person": TOLVAN})
    back = phone.post(f"/app/order/{order['orderRef']}/answer", data={"action": "identifiera", "sakerhetskod": "1"})
    assert back.headers["Location"] == "https://portal.example/logga-in"


def test_qr_not_read_in_30_seconds_gives_start_failed(rp, bankid):
    order = start(rp)
    advance(bankid, 31)
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json() == {
        "orderRef": order["orderRef"],
        "status": "failed",
        "hintCode": "startFailed",
    }


def test_order_expires_after_three_minutes(rp, phone, bankid):
    order = start(rp)
    scan(phone, bankid, order)
    advance(bankid, 181)
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["hintCode"] == "expiredTransaction"


def test_stale_and_forged_qr_codes_are_refused(rp, phone, bankid):
    order = start(rp)
    advance(bankid, 5)
    stale = scan(phone, bankid, order, qr_time=0)
    assert stale.status_code == 400 and "för gammal" in stale.get_data(as_text=True)
    forged = phone.post("/app/qr", data={"qr": f"bankid.{order['qrStartToken']}.5.{'0' * 64}"})
    assert forged.status_code == 400 and "inte äkta" in forged.get_data(as_text=True)
    assert scan(phone, bankid, order, qr_time=1).status_code == 400  # 4 s old: more than the 3 s allowed
    assert scan(phone, bankid, order, qr_time=2).status_code == 302


def test_rp_cancel_then_collect_is_invalid(rp):
    order = start(rp)
    assert rp("cancel", {"orderRef": order["orderRef"]}).get_json() == {}
    for endpoint in ("collect", "cancel"):
        response = rp(endpoint, {"orderRef": order["orderRef"]})
        assert response.status_code == 400 and response.get_json()["errorCode"] == "invalidParameters"


def test_second_order_for_the_same_person_in_progress(rp):
    start(rp, requirement={"personalNumber": TOLVAN})
    response = rp("auth", {"endUserIp": "192.0.2.10", "requirement": {"personalNumber": TOLVAN}})
    assert response.status_code == 400 and response.get_json()["errorCode"] == "alreadyInProgress"


def test_newer_order_picked_up_by_the_same_person_cancels_the_older(rp, phone, bankid):
    first, second = start(rp), start(rp)
    for order in (first, second):
        scan(phone, bankid, order)
        phone.post(f"/app/order/{order['orderRef']}/person", data={"person": TOLVAN})
    assert rp("collect", {"orderRef": first["orderRef"]}).get_json()["hintCode"] == "cancelled"
    assert rp("collect", {"orderRef": second["orderRef"]}).get_json()["hintCode"] == "userSign"


@pytest.mark.parametrize("outcome", ["certificateErr", "userCancel"])
def test_scripted_outcome_when_identifying(rp, phone, bankid, outcome):
    phone.post("/control/next-outcome", json={"outcome": outcome, "personalNumber": TOLVAN})
    order = start(rp)
    scan(phone, bankid, order)
    phone.post(f"/app/order/{order['orderRef']}/person", data={"person": TOLVAN})
    phone.post(f"/app/order/{order['orderRef']}/answer", data={"action": "identifiera", "sakerhetskod": "1"})
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["hintCode"] == outcome


def test_scripted_start_failed(rp, phone):
    phone.post("/control/next-outcome", json={"outcome": "startFailed"})
    order = start(rp)
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["hintCode"] == "startFailed"


@pytest.mark.parametrize(
    ("body", "details"),
    [
        ({}, "Invalid endUserIp"),
        ({"endUserIp": "not-an-ip"}, "Invalid endUserIp"),
        ({"endUserIp": "192.0.2.1", "userVisibleData": "åäö not base64"}, "not base64"),
        ({"endUserIp": "192.0.2.1", "userVisibleDataFormat": "html"}, "userVisibleDataFormat"),
        ({"endUserIp": "192.0.2.1", "requirement": {"personalNumber": "121212-1212"}}, "personalNumber"),
    ],
)
def test_invalid_parameters(rp, body, details):
    response = rp("auth", body)
    assert response.status_code == 400
    assert response.get_json()["errorCode"] == "invalidParameters" and details in response.get_json()["details"]


def test_sign_needs_user_visible_data(rp):
    assert rp("sign", {"endUserIp": "192.0.2.1"}).get_json()["errorCode"] == "invalidParameters"


def test_transport_errors(rp):
    client = rp.client
    wrong_type = client.post("/rp/v6.0/auth", data="{}", content_type="text/plain")
    assert wrong_type.status_code == 415 and wrong_type.get_json()["errorCode"] == "unsupportedMediaType"
    wrong_method = client.get("/rp/v6.0/auth")
    assert wrong_method.status_code == 405 and wrong_method.get_json()["errorCode"] == "methodNotAllowed"
    wrong_path = client.post("/rp/v6.0/nope", json={})
    assert wrong_path.status_code == 404 and wrong_path.get_json()["errorCode"] == "notFound"


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("unauthorized", 401),
        ("requestTimeout", 408),
        ("tooManyRequests", 429),
        ("internalError", 500),
        ("maintenance", 503),
    ],
)
def test_scripted_service_errors_use_bankids_statuses(rp, phone, code, status):
    assert phone.post("/control/next-error", json={"errorCode": code}).status_code == 201
    response = rp("auth", {"endUserIp": "192.0.2.10"})
    assert response.status_code == status and response.get_json()["errorCode"] == code
    if code == "tooManyRequests":
        assert response.headers["RateLimit-Remaining"] == "0"
    assert rp("auth", {"endUserIp": "192.0.2.10"}).status_code == 200  # only the next call
