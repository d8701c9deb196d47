"""The fake BankID (RP API, simulated app, control API) and the mail catcher (Mailpit API,
inbox pages, chaos) on any input."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference_app.bankid_qr import qr_data
from reference_app.fake_bankid import create_app as create_bankid
from reference_app.mailcatcher import MailCatcher

from .conftest import EDGY_TEXT, JSON_VALUES, TEXT, Caller

RP_ENDPOINTS = ["auth", "sign", "collect", "cancel", "phone/auth", "phone/sign", "nope"]
RP_FIELDS = [
    "endUserIp",
    "userVisibleData",
    "userNonVisibleData",
    "userVisibleDataFormat",
    "requirement",
    "orderRef",
    "returnUrl",
    "returnRisk",
    "web",
    "app",
    "personalNumber",
    "callInitiator",
]


@pytest.fixture(scope="module")
def bankid(module_dir):
    app = create_bankid(module_dir / "bankid", test_mode=True)
    app.config["WTF_CSRF_ENABLED"] = False  # the forms' other inputs are the subject here
    return app


@pytest.fixture(scope="module")
def rp(bankid):
    return Caller(bankid.test_client(), "bankid")


def _order(rp) -> dict:
    return rp("POST", "/rp/v6.0/auth", json={"endUserIp": "192.0.2.1"}).get_json()


@given(
    endpoint=st.sampled_from(RP_ENDPOINTS),
    body=st.one_of(JSON_VALUES, st.fixed_dictionaries({}, optional={k: JSON_VALUES | EDGY_TEXT for k in RP_FIELDS})),
    content_type=st.sampled_from(["application/json", "application/json; charset=utf-8", "text/plain", ""]),
)
def test_rp_api_answers_any_body(rp, endpoint, body, content_type):
    import json

    rp("POST", f"/rp/v6.0/{endpoint}", data=json.dumps(body), content_type=content_type or None)


@given(raw=st.binary(max_size=300))
def test_rp_api_answers_any_bytes(rp, raw):
    rp("POST", "/rp/v6.0/auth", data=raw, content_type="application/json")


@given(
    qr=EDGY_TEXT,
    person=EDGY_TEXT,
    code=EDGY_TEXT,
    action=st.sampled_from(["identifiera", "avbryt", "", "x"]),
    token=EDGY_TEXT,
    redirect=EDGY_TEXT,
)
def test_the_app_takes_any_input(bankid, rp, qr, person, code, action, token, redirect):
    phone = Caller(bankid.test_client(), "bankid-app")
    order = _order(rp)
    phone("POST", "/app/qr", data={"qr": qr})
    phone("POST", "/app/qr", data={"qr": qr_data(order["qrStartToken"], order["qrStartSecret"], 0)})
    phone("GET", "/app/start", query_string={"autostarttoken": token, "redirect": redirect})
    phone("GET", f"/app/order/{order['orderRef']}")
    phone("POST", f"/app/order/{order['orderRef']}/person", data={"person": person})
    phone("POST", f"/app/order/{order['orderRef']}/answer", data={"action": action, "sakerhetskod": code})
    phone("GET", f"/app/order/{token[:100] or 'x'}")


@given(
    path=st.sampled_from(["/control/clock", "/control/next-outcome", "/control/next-error"]),
    body=JSON_VALUES | st.binary(max_size=100),
)
def test_bankid_control_takes_any_body(rp, path, body):
    if isinstance(body, bytes):
        rp("POST", path, data=body, content_type="application/json")
    else:
        rp("POST", path, json=body)


# --- the mail catcher ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def catcher(module_dir):
    running = MailCatcher(module_dir / "mail", "127.0.0.1", 0, test_mode=True).start()
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.se", "b@example.se", "Hej"
    message.set_content("Text")
    with smtplib.SMTP(running.smtp.host, running.smtp.port, timeout=10) as smtp:
        smtp.send_message(message)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def mail(catcher):
    return Caller(catcher.app.test_client(), "catcher")


QUERY_KEYS = st.sampled_from(["query", "start", "limit", "count", "timeout"]) | TEXT


@given(
    path=st.sampled_from(["/api/v1/messages", "/api/v1/search", "/api/v1/wait", "/api/v1/chaos", "/"]),
    query=st.dictionaries(QUERY_KEYS, EDGY_TEXT, max_size=4),
)
def test_catcher_reads_with_any_query(mail, path, query):
    if path == "/api/v1/wait":
        query["timeout"] = "0"  # the long-poll waits by design; what it is given is the subject here
    mail("GET", path, query_string=query)


@given(message_id=EDGY_TEXT, suffix=st.sampled_from(["", "/headers", "/raw"]))
def test_catcher_message_ids(mail, message_id, suffix):
    from urllib.parse import quote

    mail("GET", f"/api/v1/message/{quote(message_id[:200] or 'x', safe='')}{suffix}")
    mail("GET", f"/meddelande/{quote(message_id[:200] or 'x', safe='')}")


@given(method=st.sampled_from(["DELETE", "PUT"]), body=JSON_VALUES | st.binary(max_size=100))
def test_catcher_writes_with_any_body(mail, method, body):
    path = "/api/v1/messages" if method == "DELETE" else "/api/v1/chaos"
    if isinstance(body, bytes):
        mail(method, path, data=body, content_type="application/json")
    else:
        mail(method, path, json=body)
    mail("PUT", "/api/v1/chaos", json={})  # never leave SMTP refusing for the next example
