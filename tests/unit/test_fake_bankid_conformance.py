"""The fake BankID as clients written against the live service expect it (issue 11):
bankIdIssueDate's form, alreadyInProgress aborting the running order, returnUrl, the exact
Content-Type, documented requirement/web/app fields, returnRisk."""

from __future__ import annotations

import re

import pytest

from .test_fake_bankid import TOLVAN, scan, start


def complete(rp, phone, bankid, order):
    scan(phone, bankid, order)
    phone.post(f"/app/order/{order['orderRef']}/person", data={"person": TOLVAN})
    return phone.post(f"/app/order/{order['orderRef']}/answer", data={"action": "identifiera", "sakerhetskod": "1"})


def test_bank_id_issue_date_has_the_utc_offset_of_the_live_service(rp, phone, bankid):
    order = start(rp)
    complete(rp, phone, bankid, order)
    issued = rp("collect", {"orderRef": order["orderRef"]}).get_json()["completionData"]["bankIdIssueDate"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}Z", issued)


def test_already_in_progress_aborts_the_running_order(rp):
    first = start(rp, requirement={"personalNumber": TOLVAN})
    second = rp("auth", {"endUserIp": "192.0.2.10", "requirement": {"personalNumber": TOLVAN}})
    assert second.status_code == 400 and second.get_json()["errorCode"] == "alreadyInProgress"
    assert rp("collect", {"orderRef": first["orderRef"]}).get_json() == {
        "orderRef": first["orderRef"],
        "status": "failed",
        "hintCode": "cancelled",
    }


def test_return_url_brings_the_app_back_and_wins_over_the_autostart_redirect(rp, phone, bankid):
    order = start(rp, returnUrl="https://rp.example/tillbaka?x=1")
    phone.get(f"/app/start?autostarttoken={order['autoStartToken']}&redirect=https%3A%2F%2Fother.example%2F")
    phone.post(f"/app/order/{order['orderRef']}/person", data={"person": TOLVAN})
    back = phone.post(f"/app/order/{order['orderRef']}/answer", data={"action": "identifiera", "sakerhetskod": "1"})
    assert back.status_code == 302 and back.headers["Location"] == "https://rp.example/tillbaka?x=1"


def test_return_url_after_a_qr_code(rp, phone, bankid):
    order = start(rp, returnUrl="https://rp.example/klar")
    assert complete(rp, phone, bankid, order).headers["Location"] == "https://rp.example/klar"


@pytest.mark.parametrize("url", ["", "tillbaka", "javascript:alert(1)", 5, "ftp://rp.example/"])
def test_a_bad_return_url_is_invalid_parameters(rp, url):
    response = rp("auth", {"endUserIp": "192.0.2.10", "returnUrl": url})
    assert response.status_code == 400 and response.get_json()["errorCode"] == "invalidParameters"


def test_content_type_with_a_charset_is_unsupported(rp):
    response = rp.client.post(
        "/rp/v6.0/auth", data='{"endUserIp": "192.0.2.10"}', content_type="application/json; charset=utf-8"
    )
    assert response.status_code == 415 and response.get_json()["errorCode"] == "unsupportedMediaType"


@pytest.mark.parametrize(
    "extra",
    [
        {
            "requirement": {
                "pinCode": True,
                "mrtd": False,
                "cardReader": "class2",
                "certificatePolicies": ["1.2.752.78.1.5"],
                "personalNumber": TOLVAN,
                "risk": "moderate",
            }
        },
        {"web": {"referringDomain": "minasidor.example", "userAgent": "Mozilla/5.0", "deviceIdentifier": "abc"}},
        {
            "app": {
                "appIdentifier": "se.example.app",
                "deviceOS": "iOS 18",
                "deviceModelName": "iPhone",
                "deviceIdentifier": "x",
            }
        },
        {"returnRisk": True},
    ],
)
def test_documented_fields_are_accepted(rp, extra):
    assert rp("auth", {"endUserIp": "192.0.2.10", **extra}).status_code == 200


@pytest.mark.parametrize(
    "extra",
    [
        {"requirement": {"pinCode": "yes"}},
        {"requirement": {"cardReader": "class3"}},
        {"requirement": {"certificatePolicies": "1.2.3"}},
        {"requirement": {"certificatePolicies": [1]}},
        {"requirement": {"mrtd": 1}},
        {"requirement": {"risk": "high"}},
        {"requirement": {"shoeSize": 42}},
        {"web": "minasidor.example"},
        {"web": {"userAgent": 5}},
        {"app": {"color": "blue"}},
        {"returnRisk": "true"},
    ],
)
def test_wrong_fields_are_invalid_parameters_naming_the_field(rp, extra):
    response = rp("auth", {"endUserIp": "192.0.2.10", **extra})
    assert response.status_code == 400 and response.get_json()["errorCode"] == "invalidParameters"
    assert next(iter(extra)) in response.get_json()["details"]


def test_return_risk_reports_the_risk(rp, phone, bankid):
    order = start(rp, returnRisk=True)
    complete(rp, phone, bankid, order)
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["completionData"]["risk"] in (
        "low",
        "moderate",
        "high",
    )


# --- phone/auth and phone/sign ------------------------------------------------------------------
def phone_order(rp, endpoint="phone/auth", **extra):
    response = rp(endpoint, {"personalNumber": TOLVAN, "callInitiator": "RP", **extra})
    assert response.status_code == 200 and set(response.get_json()) == {"orderRef"}
    return response.get_json()["orderRef"]


def hint(rp, ref):
    return rp("collect", {"orderRef": ref}).get_json().get("hintCode")


@pytest.mark.parametrize("endpoint, extra", [("phone/auth", {}), ("phone/sign", {"userVisibleData": "U2tyaXY="})])
def test_a_phone_order_is_confirmed_in_the_app_then_completed(rp, phone, endpoint, extra):
    ref = phone_order(rp, endpoint, **extra)
    assert hint(rp, ref) == "outstandingTransaction"
    opened = phone.post("/app/samtal", data={"person": TOLVAN})
    assert opened.status_code == 302
    assert hint(rp, ref) == "userCallConfirm"
    assert "Pratar du i telefon" in phone.get(opened.headers["Location"]).get_data(as_text=True)
    phone.post(f"/app/order/{ref}/samtal", data={"svar": "ja"})
    assert hint(rp, ref) == "userSign"
    phone.post(f"/app/order/{ref}/answer", data={"action": "identifiera", "sakerhetskod": "1"})
    done = rp("collect", {"orderRef": ref}).get_json()
    assert done["status"] == "complete" and done["completionData"]["user"]["personalNumber"] == TOLVAN


def test_declining_the_call_fails_the_order(rp, phone):
    ref = phone_order(rp, callInitiator="user")
    phone.post("/app/samtal", data={"person": TOLVAN})
    phone.post(f"/app/order/{ref}/samtal", data={"svar": "nej"})
    assert rp("collect", {"orderRef": ref}).get_json() == {
        "orderRef": ref,
        "status": "failed",
        "hintCode": "userDeclinedCall",
    }


def test_nobody_else_can_answer_the_call(rp, phone):
    phone_order(rp)
    assert phone.post("/app/samtal", data={"person": "198112189876"}).status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        {"callInitiator": "RP"},
        {"personalNumber": TOLVAN},
        {"personalNumber": TOLVAN, "callInitiator": "bank"},
        {"personalNumber": "19121212-1212", "callInitiator": "user"},
    ],
)
def test_phone_orders_need_person_and_initiator(rp, body):
    response = rp("phone/auth", body)
    assert response.status_code == 400 and response.get_json()["errorCode"] == "invalidParameters"


def test_phone_sign_needs_user_visible_data(rp):
    assert rp("phone/sign", {"personalNumber": TOLVAN, "callInitiator": "RP"}).status_code == 400
