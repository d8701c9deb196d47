"""The mail catcher: SMTP in, Mailpit-compatible API out, nothing lost or mixed."""

from __future__ import annotations

import smtplib
import threading
import time
from email.message import EmailMessage

import pytest


@pytest.fixture
def api(catcher):
    return catcher.app.test_client()


def send(
    catcher, to="kund@example.se", subject="Hej", body="Text", sender="Stadsenergi <no-reply@example.se>", smtp=None
):
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content(body)
    message.add_alternative(f"<p>{body}</p>", subtype="html")
    if smtp is not None:
        smtp.send_message(message)
        return
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=10) as client:
        client.send_message(message)


def test_swedish_characters_survive_in_headers_names_and_body(catcher, api):
    send(
        catcher,
        to="Åsa Öberg <åsa.öberg@exempel.se>",
        subject="Välj lösenord för Mina sidor",
        body="Hej Åsa! Följ länken för att välja lösenord.",
        sender="Stadsenergi Kundtjänst <no-reply@example.se>",
    )
    summary = api.get("/api/v1/messages").get_json()["messages"][0]
    assert summary["Subject"] == "Välj lösenord för Mina sidor"
    assert summary["To"] == [{"Name": "Åsa Öberg", "Address": "åsa.öberg@exempel.se"}]
    assert summary["From"]["Name"] == "Stadsenergi Kundtjänst"
    message = api.get(f"/api/v1/message/{summary['ID']}").get_json()
    assert "Hej Åsa! Följ länken" in message["Text"] and "<p>Hej Åsa!" in message["HTML"]


def test_thousand_messages_from_ten_threads_are_all_stored_unmixed(catcher):
    def worker(thread: int):
        with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=30) as smtp:
            for i in range(100):
                token = f"t{thread:02d}-m{i:03d}"
                send(catcher, to=f"{token}@example.se", subject=token, body=f"kropp {token}", smtp=smtp)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = catcher.store.search("", 0, 2000)
    assert result["total"] == 1000
    subjects = [m["Subject"] for m in result["messages"]]
    assert len(set(subjects)) == 1000
    for summary in result["messages"]:
        token = summary["Subject"]
        assert summary["To"][0]["Address"] == f"{token}@example.se"
        assert summary["Snippet"] == f"kropp {token}"


def test_list_and_message_have_mailpit_field_names(catcher, api):
    send(catcher)
    listing = api.get("/api/v1/messages?start=0&limit=10").get_json()
    assert set(listing) == {
        "total",
        "unread",
        "count",
        "messages_count",
        "messages_unread",
        "start",
        "tags",
        "messages",
    }
    summary = listing["messages"][0]
    assert {
        "ID",
        "MessageID",
        "Read",
        "From",
        "To",
        "Cc",
        "Bcc",
        "ReplyTo",
        "Subject",
        "Created",
        "Tags",
        "Size",
        "Attachments",
        "Snippet",
    } <= set(summary)
    message = api.get(f"/api/v1/message/{summary['ID']}").get_json()
    assert {
        "ID",
        "MessageID",
        "From",
        "To",
        "Cc",
        "Bcc",
        "ReplyTo",
        "ReturnPath",
        "Subject",
        "Date",
        "Tags",
        "Text",
        "HTML",
        "Size",
        "Attachments",
        "Inline",
    } <= set(message)
    assert api.get("/api/v1/messages").get_json()["unread"] == 0  # reading marks it read
    headers = api.get(f"/api/v1/message/{summary['ID']}/headers").get_json()
    assert headers["Subject"] == ["Hej"]
    assert api.get("/api/v1/message/latest").get_json()["ID"] == summary["ID"]
    assert api.get("/api/v1/message/nope").get_json() == {"Error": "message not found"}


def test_search_by_recipient_and_delete(catcher, api):
    send(catcher, to="anna@example.se", subject="Till Anna")
    send(catcher, to="bo@example.se", subject="Till Bo")
    found = api.get("/api/v1/search?query=to:anna@example.se").get_json()
    assert found["messages_count"] == 1 and found["messages"][0]["Subject"] == "Till Anna"
    assert api.get('/api/v1/search?query=subject:"Till Bo"').get_json()["messages_count"] == 1
    first_id = found["messages"][0]["ID"]
    api.delete("/api/v1/messages", json={"IDs": [first_id]})
    assert api.get("/api/v1/messages").get_json()["total"] == 1
    api.delete("/api/v1/messages")
    assert api.get("/api/v1/messages").get_json()["total"] == 0


def test_bcc_recipients_come_from_the_envelope(catcher, api):
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.se", "b@example.se", "Dold kopia"
    message.set_content("x")
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port) as smtp:
        smtp.send_message(message, to_addrs=["b@example.se", "dold@example.se"])
    summary = api.get("/api/v1/messages").get_json()["messages"][0]
    assert summary["Bcc"] == [{"Name": "", "Address": "dold@example.se"}]


def test_wait_returns_as_soon_as_the_message_arrives(catcher, api):
    sender = threading.Timer(0.2, send, kwargs={"catcher": catcher, "to": "vanta@example.se"})
    started = time.monotonic()
    sender.start()
    response = api.get("/api/v1/wait?query=to:vanta@example.se&count=1&timeout=20")
    sender.join()
    assert response.status_code == 200
    assert response.get_json()["messages"][0]["To"][0]["Address"] == "vanta@example.se"
    assert time.monotonic() - started < 5


def test_wait_times_out_with_an_error_naming_the_query(api):
    response = api.get("/api/v1/wait?query=to:ingen@example.se&count=1&timeout=0")
    assert response.status_code == 408
    assert "to:ingen@example.se" in response.get_json()["Error"]


def test_chaos_makes_smtp_refuse_like_mailpit(catcher, api):
    assert api.put("/api/v1/chaos", json={"Recipient": {"ErrorCode": 451, "Probability": 100}}).status_code == 200
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        send(catcher)
    api.put("/api/v1/chaos", json={})
    send(catcher)
    assert api.get("/api/v1/messages").get_json()["total"] == 1
    assert api.put("/api/v1/chaos", json={"Nonsense": {}}).status_code == 400


def test_inbox_page_in_swedish(catcher, api):
    send(catcher, subject="Din e-postadress är registrerad")
    html = api.get("/").get_data(as_text=True)
    assert "Inkorg" in html and "Din e-postadress är registrerad" in html and 'lang="sv"' in html
