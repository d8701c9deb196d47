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
    assert (page["total"], page["unread"], page["count"], page["messages_count"], page["messages_unread"]) == (3, 2, 2, 3, 2)
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


@pytest.mark.parametrize("path", ["/api/v1/message/latest/html-check", "/api/v1/message/latest/link-check",
                                  "/api/v1/message/latest/sa-check", "/api/v1/nothing-here"])
def test_left_out_features_answer_404_with_a_json_error(api, path):
    response = api.get(path)
    assert response.status_code == 404 and response.get_json()["Error"]
