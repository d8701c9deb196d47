"""Security findings of issue 10 in the fake BankID (F1, F4, F6, F12) and the mail catcher
(F4, F7, F12, F14): each test failed before its fix."""

from __future__ import annotations

import pytest

from reference_app.bankid_qr import qr_data
from reference_app.fake_bankid import create_app as create_bankid
from reference_app.mailcatcher import create_app as create_catcher
from reference_app.mailcatcher.store import MessageStore

from .test_fake_bankid import TOLVAN, advance, scan, start
from .test_mailcatcher import send

ELSA = "198112189876"


def identify(phone, order_ref, person):
    phone.post(f"/app/order/{order_ref}/person", data={"person": person})
    return phone.post(f"/app/order/{order_ref}/answer", data={"action": "identifiera", "sakerhetskod": "123456"})


# --- F1: an order belongs to the first device that picks it up ----------------------------------
def test_f1_a_second_phone_cannot_take_over_an_order_by_its_qr_code(rp, bankid):
    order = start(rp)
    first, second = bankid.test_client(), bankid.test_client()
    assert scan(first, bankid, order).status_code == 302
    taken = scan(second, bankid, order)
    assert taken.status_code == 400 and "annan enhet" in taken.get_data(as_text=True)
    ref = order["orderRef"]
    assert identify(second, ref, ELSA).status_code == 400
    identify(first, ref, TOLVAN)
    done = rp("collect", {"orderRef": ref}).get_json()
    assert done["completionData"]["user"]["personalNumber"] == TOLVAN


def test_f1_a_second_phone_cannot_take_over_an_order_by_its_autostart_token(rp, bankid):
    order = start(rp)
    first, second = bankid.test_client(), bankid.test_client()
    assert first.get(f"/app/start?autostarttoken={order['autoStartToken']}").status_code == 302
    assert second.get(f"/app/start?autostarttoken={order['autoStartToken']}").status_code == 400
    assert second.post(f"/app/order/{order['orderRef']}/answer", data={"action": "avbryt"}).status_code == 400
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["hintCode"] == "started"


def test_f1_the_completing_device_reports_its_own_address_and_a_stable_uhi(rp, bankid):
    phone = bankid.test_client()
    uhis = []
    for _ in range(2):
        order = start(rp)  # endUserIp 192.0.2.10: the computer, not the phone
        phone.get(f"/app/start?autostarttoken={order['autoStartToken']}", environ_base={"REMOTE_ADDR": "203.0.113.5"})
        phone.post(f"/app/order/{order['orderRef']}/person", data={"person": TOLVAN})
        phone.post(
            f"/app/order/{order['orderRef']}/answer",
            data={"action": "identifiera", "sakerhetskod": "1"},
            environ_base={"REMOTE_ADDR": "203.0.113.5"},
        )
        device = rp("collect", {"orderRef": order["orderRef"]}).get_json()["completionData"]["device"]
        assert device["ipAddress"] == "203.0.113.5"
        uhis.append(device["uhi"])
    assert uhis[0] == uhis[1]


# --- F6: bad input to the fake BankID is a 4xx ------------------------------------------------------
@pytest.mark.parametrize("raw", ["[" * 5000 + "]" * 5000, '{"endUserIp": NaN}', '{"endUserIp": 1e400}'])
def test_f6_odd_json_is_invalid_parameters(bankid, raw):
    response = bankid.test_client().post("/rp/v6.0/auth", data=raw, content_type="application/json")
    assert response.status_code == 400 and response.get_json()["errorCode"] == "invalidParameters"


@pytest.mark.parametrize("qr_time", ["1" * 4300, "١٢", "²"])
def test_f6_the_app_refuses_odd_qr_times(rp, bankid, qr_time):
    order = start(rp)
    response = bankid.test_client().post("/app/qr", data={"qr": f"bankid.{order['qrStartToken']}.{qr_time}.{'0' * 64}"})
    assert response.status_code == 400


@pytest.mark.parametrize("text", ["bankid.å.0.ö", "bankid.x.0." + "é" * 64])
def test_f6_the_app_refuses_non_ascii_qr_codes(bankid, text):
    assert bankid.test_client().post("/app/qr", data={"qr": text}).status_code == 400


@pytest.mark.parametrize("person", ["", "x", "191212121213", "1" * 10_000])
def test_f6_only_a_test_person_can_be_chosen(rp, bankid, person):
    order = start(rp)
    phone = bankid.test_client()
    scan(phone, bankid, order)
    assert phone.post(f"/app/order/{order['orderRef']}/person", data={"person": person}).status_code == 400
    answer = phone.post(f"/app/order/{order['orderRef']}/answer", data={"action": "identifiera", "sakerhetskod": "1"})
    assert answer.status_code == 400


# --- F4: the fake's control inputs are validated --------------------------------------------------
@pytest.mark.parametrize(
    "path, body",
    [
        ("/control/clock", {"advance_seconds": 1e400}),
        ("/control/clock", {"advance_seconds": True}),
        ("/control/clock", [1]),
        ("/control/clock", "x"),
        ("/control/next-outcome", [1]),
        ("/control/next-outcome", {"outcome": "userCancel", "personalNumber": 5}),
        ("/control/next-error", [1]),
        ("/control/next-outcome", {"outcome": ["userCancel"]}),
    ],
)
def test_f4_bankid_control_refuses_wrong_types(bankid, path, body):
    response = bankid.test_client().post(path, json=body)
    assert response.status_code == 400 and response.get_json()["error"]


# --- F12: test-mode state does not follow into a normal start ------------------------------------
def test_f12_bankid_forgets_its_test_clock_and_scripts_in_normal_mode(bankid, tmp_path, rp):
    advance(bankid, 3600)
    bankid.test_client().post("/control/next-error", json={"errorCode": "maintenance"})
    normal = create_bankid(tmp_path / "bankid", test_mode=False)
    assert abs(normal.extensions["bankid_store"].clock.offset()) < 1
    assert normal.test_client().post("/rp/v6.0/auth", json={"endUserIp": "192.0.2.1"}).status_code == 200


def test_f12_smtp_refusal_from_test_mode_is_off_in_a_normal_start(tmp_path):
    (tmp_path / "mail").mkdir()
    store = MessageStore(str(tmp_path / "mail" / "mail.db"))
    create_catcher(store, test_mode=True).test_client().put(
        "/api/v1/chaos", json={"Sender": {"ErrorCode": 451, "Probability": 100}}
    )
    create_catcher(MessageStore(store.path), test_mode=False)
    assert not any(setting["Probability"] for setting in store.chaos().values())


# --- F7: bad input to the mail catcher is a 4xx ------------------------------------------------------
@pytest.fixture
def api(catcher):
    return catcher.app.test_client()


@pytest.mark.parametrize("body", [[1], {"IDs": 5}, {"IDs": [[]]}, {"IDs": [1, 2]}, {"IDs": "abc"}, "x"])
def test_f7_delete_refuses_what_is_not_a_list_of_ids(catcher, api, body):
    send(catcher)
    response = api.delete("/api/v1/messages", json=body)
    assert response.status_code == 400 and response.get_json()["Error"]
    assert api.get("/api/v1/messages").get_json()["messages_count"] == 1  # nothing lost


@pytest.mark.parametrize("query", ["a " * 25_000, "x" * 50_000, "subject:" + "y " * 3000])
def test_f7_a_huge_search_is_refused_with_a_message(api, query):
    response = api.get("/api/v1/search", query_string={"query": query})
    assert response.status_code == 400 and response.get_json()["Error"]


@pytest.mark.parametrize(
    "body",
    [
        {"Sender": 1},
        {"Sender": {"ErrorCode": "x"}},
        {"Sender": {"ErrorCode": 200}},
        {"Sender": {"Probability": 101}},
        {"Sender": {"ErrorCode": 1e400}},
        [1],
    ],
)
def test_f7_chaos_refuses_wrong_settings(api, body):
    response = api.put("/api/v1/chaos", json=body)
    assert response.status_code == 400 and response.get_json()["Error"]


# --- F14: the catcher's pages cannot be framed or sniffed -------------------------------------------
@pytest.mark.parametrize("path", ["/", "/api/v1/messages", "/api/v1/message/latest/raw"])
def test_f14_catcher_pages_carry_protective_headers(catcher, api, path):
    send(catcher)
    response = api.get(path)
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_f14_the_fake_bankid_app_cannot_be_framed(bankid):
    response = bankid.test_client().get("/app")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_qr_data_round_trip_still_opens_an_order(rp, bankid):
    order = start(rp)
    text = qr_data(order["qrStartToken"], order["qrStartSecret"], 0)
    assert bankid.test_client().post("/app/qr", data={"qr": text}).status_code == 302
