"""The catcher's answers carry the fields Mailpit clients read (issue 11): the list's counters,
a Date for a message without a Date header, and `latest` for headers and raw source."""

from __future__ import annotations

import smtplib

import pytest


@pytest.fixture
def api(catcher):
    return catcher.app.test_client()


def send_raw(catcher, raw: bytes, to="kund@example.se"):
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=10) as client:
        client.sendmail("no-reply@example.se", [to], raw)


def test_the_list_has_mailpits_counters(catcher, api):
    for subject in ("Ett", "Två", "Tre"):
        send_raw(catcher, f"From: a@example.se\r\nTo: kund@example.se\r\nSubject: {subject}\r\n\r\nText".encode())
    api.get("/api/v1/message/latest")  # one read
    page = api.get("/api/v1/messages?limit=2").get_json()
    assert (page["total"], page["unread"], page["count"], page["messages_count"], page["messages_unread"]) == (
        3,
        2,
        2,
        3,
        2,
    )
    found = api.get("/api/v1/search?query=subject:Två").get_json()
    assert (found["count"], found["messages_count"], found["messages_unread"]) == (1, 1, 1)


def test_a_message_without_date_header_has_its_received_time_as_date(catcher, api):
    send_raw(catcher, b"From: a@example.se\r\nTo: kund@example.se\r\nSubject: Utan datum\r\n\r\nText")
    summary = api.get("/api/v1/messages").get_json()["messages"][0]
    assert summary["Date"] and summary["Date"] == summary["Created"]
    assert api.get(f"/api/v1/message/{summary['ID']}").get_json()["Date"] == summary["Created"]


def test_latest_works_for_headers_and_raw_source(catcher, api):
    send_raw(catcher, b"From: a@example.se\r\nTo: kund@example.se\r\nSubject: Senaste\r\n\r\nText")
    assert api.get("/api/v1/message/latest/headers").get_json()["Subject"] == ["Senaste"]
    assert b"Subject: Senaste" in api.get("/api/v1/message/latest/raw").data


def test_messages_can_be_marked_read_and_unread(catcher, api):
    for subject in ("Ett", "Två"):
        send_raw(catcher, f"From: a@example.se\r\nTo: kund@example.se\r\nSubject: {subject}\r\n\r\nText".encode())
    first = api.get("/api/v1/messages").get_json()["messages"][0]["ID"]
    assert api.put("/api/v1/messages", json={"IDs": [first], "Read": True}).status_code == 200
    assert api.get("/api/v1/messages").get_json()["unread"] == 1
    api.put("/api/v1/messages", json={"Read": True})
    assert api.get("/api/v1/messages").get_json()["unread"] == 0
    api.put("/api/v1/messages", json={"IDs": [first], "Read": False})
    assert api.get("/api/v1/messages").get_json()["unread"] == 1
    assert api.put("/api/v1/messages", json={"Read": "ja"}).status_code == 400


def test_delete_by_search(catcher, api):
    for subject in ("Behåll", "Ta bort"):
        send_raw(catcher, f"From: a@example.se\r\nTo: kund@example.se\r\nSubject: {subject}\r\n\r\nText".encode())
    assert api.delete('/api/v1/search?query=subject:"Ta bort"').status_code == 200
    assert [m["Subject"] for m in api.get("/api/v1/messages").get_json()["messages"]] == ["Behåll"]
    assert api.delete("/api/v1/search?query=").status_code == 400


def test_info_in_mailpits_shape(catcher, api):
    send_raw(catcher, b"From: a@example.se\r\nTo: kund@example.se\r\nSubject: Info\r\n\r\nText")
    info = api.get("/api/v1/info").get_json()
    assert {"Version", "Database", "DatabaseSize", "Messages", "Unread", "Tags", "RuntimeStats"} <= set(info)
    assert info["Messages"] == 1


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/message/latest/html-check",
        "/api/v1/message/latest/link-check",
        "/api/v1/message/latest/sa-check",
        "/api/v1/nothing-here",
    ],
)
def test_left_out_features_answer_404_with_a_json_error(api, path):
    response = api.get(path)
    assert response.status_code == 404 and response.get_json()["Error"]


def test_attachments_and_inline_parts_can_be_fetched(catcher, api):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.se", "kund@example.se", "Bilagor"
    message.set_content("Text")
    message.add_alternative('<p>Logga <img src="cid:logga@x"></p>', subtype="html")
    message.get_payload()[1].add_related(b"\x89PNG-bild", maintype="image", subtype="png", cid="<logga@x>")
    message.add_attachment("Faktura åäö".encode(), maintype="text", subtype="plain", filename="faktura.txt")
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=10) as client:
        client.send_message(message)
    found = api.get("/api/v1/message/latest").get_json()
    [attachment] = found["Attachments"]
    [picture] = found["Inline"]
    assert attachment["FileName"] == "faktura.txt" and picture["ContentID"] == "logga@x"
    part = api.get(f"/api/v1/message/{found['ID']}/part/{attachment['PartID']}")
    assert part.status_code == 200 and part.data == "Faktura åäö".encode()
    assert "faktura.txt" in part.headers["Content-Disposition"]
    assert api.get(f"/api/v1/message/{found['ID']}/part/{picture['PartID']}").data == b"\x89PNG-bild"
    assert api.get(f"/api/v1/message/{found['ID']}/part/99").status_code == 404


def test_view_and_webui(catcher, api):
    send_raw(
        catcher,
        b"From: a@example.se\r\nTo: kund@example.se\r\nSubject: Visa\r\nContent-Type: text/plain\r\n\r\nHej text",
    )
    assert api.get("/view/latest.txt").get_data(as_text=True).strip() == "Hej text"
    assert api.get("/view/nope.txt").status_code == 404
    webui = api.get("/api/v1/webui").get_json()
    assert webui["MessageRelay"]["Enabled"] is False and webui["ChaosEnabled"] is True
