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
