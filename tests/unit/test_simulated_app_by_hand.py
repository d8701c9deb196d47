"""The simulated BankID app as a manual tester uses it (issue 14): test mode's list of orders
waiting to be picked up, the app's own address as a QR code, the camera/photo page parts, and
the portal's link to the app in test mode only."""

from __future__ import annotations

import base64
import re

from reference_app.fake_bankid import create_app as create_bankid
from reference_app.portal import create_app

from .conftest import portal_config
from .test_fake_bankid import advance

ASKED = base64.b64encode("Logga in på Mina sidor".encode()).decode()


def test_test_mode_lists_waiting_orders_and_opens_one_by_click(rp, phone, bankid):
    order = rp("auth", {"endUserIp": "192.0.2.10", "userVisibleData": ASKED}).get_json()
    page = phone.get("/app").get_data(as_text=True)
    assert "Testhjälp: väntande identifieringar" in page
    assert re.search(r"Öppna: Logga in på Mina sidor \(startad \d\d:\d\d:\d\d, för 0 s sedan\)", page)
    opened = phone.post(f"/app/vantande/{order['orderRef']}")
    assert opened.status_code == 302 and opened.headers["Location"].endswith(order["orderRef"])
    assert rp("collect", {"orderRef": order["orderRef"]}).get_json()["hintCode"] == "started"
    assert "Logga in på Mina sidor" not in phone.get("/app").get_data(as_text=True)  # picked up: off the list


def test_the_list_keeps_only_the_last_30_seconds(rp, phone, bankid):
    rp("auth", {"endUserIp": "192.0.2.10", "userVisibleData": ASKED})
    advance(bankid, 31)
    assert "Inga väntande just nu" in phone.get("/app").get_data(as_text=True)


def test_without_test_mode_there_is_no_list_and_no_way_to_open_from_it(tmp_path):
    app = create_bankid(tmp_path / "bankid", test_mode=False)
    app.config["WTF_CSRF_ENABLED"] = False
    client = app.test_client()
    order = client.post("/rp/v6.0/auth", json={"endUserIp": "192.0.2.10", "userVisibleData": ASKED}).get_json()
    page = client.get("/app").get_data(as_text=True)
    assert "väntande" not in page and "Logga in på Mina sidor" not in page
    assert client.post(f"/app/vantande/{order['orderRef']}").status_code == 404


def test_the_app_shows_its_own_address_as_a_qr_code_and_reads_by_camera_or_photo(phone):
    page = phone.get("/app", base_url="http://192.0.2.5:5002").get_data(as_text=True)
    assert 'alt="QR-kod med appens adress http://192.0.2.5:5002/app"' in page and "data:image/svg+xml" in page
    assert "Använd kameran" in page and 'type="file" accept="image/*" capture="environment"' in page
    script = phone.get("/static/vendor/jsQR.js")
    assert script.status_code == 200 and b"jsQR" in script.data
    script.close()
    headers = phone.get("/app").headers
    assert (
        "script-src 'self'" in headers["Content-Security-Policy"] and headers["Permissions-Policy"] == "camera=(self)"
    )


def test_the_portal_links_to_the_simulated_app_in_test_mode_only(seeded_dir, tmp_path, catcher):
    link = "Öppna den simulerade BankID-appen"
    api = {"BANKID_API_URL": "http://127.0.0.1:5002/rp/v6.0"}
    test_mode = create_app(portal_config(seeded_dir, catcher, **api)).test_client()
    page = test_mode.get("/logga-in?flik=bankid").get_data(as_text=True)
    assert link in page and 'href="http://127.0.0.1:5002/app"' in page
    normal = create_app(portal_config(seeded_dir, catcher, TEST_MODE=False, **api)).test_client()
    assert link not in normal.get("/logga-in?flik=bankid").get_data(as_text=True)
