"""What a person does in the fake BankID's simulated app, for tests that drive a real RP
client library: read a QR code, choose a test person, identify, cancel, answer a call."""

from __future__ import annotations

TOLVAN = "191212121212"


def read_qr(phone, qr_data: str) -> None:
    opened = phone.post("/app/qr", data={"qr": qr_data})
    assert opened.status_code == 302, opened.get_data(as_text=True)


def identify(phone, order_ref: str, person: str = TOLVAN):
    phone.post(f"/app/order/{order_ref}/person", data={"person": person})
    return phone.post(f"/app/order/{order_ref}/answer", data={"action": "identifiera", "sakerhetskod": "1"})


def cancel_in_app(phone, order_ref: str) -> None:
    phone.post(f"/app/order/{order_ref}/answer", data={"action": "avbryt"})


def answer_call(phone, order_ref: str, person: str = TOLVAN) -> None:
    """Open the app's phone-call view as `person` and confirm the call with the RP."""
    assert phone.post("/app/samtal", data={"person": person}).status_code == 302
    phone.post(f"/app/order/{order_ref}/samtal", data={"svar": "ja"})


def script_error(control, error_code: str) -> None:
    """The fake's next RP call fails with `error_code` (test mode)."""
    assert control.post("/control/next-error", json={"errorCode": error_code}).status_code == 201
