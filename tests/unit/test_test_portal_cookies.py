"""The test portals (the other server-rendered one, the single-page one) send their session
cookie only when it changes. An answer to a request sent with the cookie the browser has (the QR
code's image, every second) sets none, so when it arrives after the poll that logged the customer
in, it cannot put the pre-login cookie back (the soak saw it once: Mina sidor then asked for a
login again)."""

from __future__ import annotations

import pytest

from tests.other_portal import app as other_portal
from tests.other_portal.store import Store
from tests.spa_portal import server as spa_portal

SETTINGS = {
    "smtp_host": "127.0.0.1",
    "smtp_port": 1,
    "smtp": ("127.0.0.1", 1),
    "bankid_api": "http://127.0.0.1:1/rp/v6.0",
    "base_url": "http://127.0.0.1:1",
    "poll_ms": 300,
}


@pytest.mark.parametrize(("portal", "path"), [(other_portal, "/"), (spa_portal, "/api/session")])
def test_a_cookie_is_sent_when_it_changes_and_not_again(portal, path):
    client = portal.create_app(Store([]), SETTINGS).test_client()
    first = client.get(path)
    assert first.headers.get("Set-Cookie", "").startswith(f"{portal.COOKIE}=")  # a new visitor gets one
    again = client.get(path)  # with the cookie it got: an answer that may arrive late
    assert again.status_code == 200 and "Set-Cookie" not in again.headers
