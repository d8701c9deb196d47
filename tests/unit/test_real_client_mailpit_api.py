"""npm `mailpit-api` 2.1.0, unchanged but for its base URL, against the catcher (issue 11):
every call the client offers works, or is one of the features README lists as left out and
answers as Mailpit does for a feature it does not have (404 with a JSON Error)."""

from __future__ import annotations

import base64
import json
import smtplib
import threading

import pytest
from werkzeug.serving import make_server

from tests.support.node_client import NodeCallError, NodeClient
from tests.support.node_packages import installed

PACKAGE = "mailpit-api@2.1.0"
LEFT_OUT = {"htmlCheck", "linkCheck", "spamAssassinCheck", "getAttachmentThumbnail", "releaseMessage"}
WORKING = {
    "getInfo",
    "getConfiguration",
    "getMessageSummary",
    "getMessageHeaders",
    "getMessageAttachment",
    "getMessageSource",
    "sendMessage",
    "listMessages",
    "setReadStatus",
    "deleteMessages",
    "searchMessages",
    "waitForMessage",
    "waitForMessages",
    "deleteMessagesBySearch",
    "getTags",
    "setTags",
    "renameTag",
    "deleteTag",
    "getChaosTriggers",
    "setChaosTriggers",
    "renderMessageHTML",
    "renderMessageText",
}
FAST = {"timeout": 5000, "interval": 50}  # the client's own polling options


@pytest.fixture
def catcher_url(catcher):
    server = make_server("127.0.0.1", 0, catcher.app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    thread.join()


@pytest.fixture
def mailpit(catcher_url):
    client = NodeClient("mailpit", {"baseURL": catcher_url}, installed(PACKAGE))
    yield client
    client.close()


def smtp_send(catcher, subject: str, to: str = "kund@example.se") -> None:
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=10) as smtp:
        smtp.sendmail(
            "no-reply@example.se",
            [to],
            f"From: no-reply@example.se\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\nHej {subject}".encode(),
        )


def test_every_call_the_client_offers_is_tried_here(mailpit):
    # `request` is the library's internal fetch wrapper (private in its TypeScript), not a call.
    assert set(mailpit.call("__methods__")) - {"request"} == WORKING | LEFT_OUT


def test_send_read_headers_source_attachment_and_views(mailpit):
    logo = base64.b64encode(b"\x89PNG-logga").decode()
    sent = mailpit.call(
        "sendMessage",
        {
            "From": {"Email": "no-reply@example.se", "Name": "Mina sidor"},
            "To": [{"Email": "kund@example.se"}],
            "Subject": "Välkommen",
            "Text": "Hej åäö",
            "HTML": '<p>Hej <img src="cid:logga"></p>',
            "Tags": ["Registrering"],
            "Attachments": [
                {"Content": logo, "Filename": "logga.png", "ContentID": "logga"},
                {"Content": base64.b64encode(b"villkor").decode(), "Filename": "villkor.txt"},
            ],
        },
    )
    message = mailpit.call("getMessageSummary", sent["ID"])
    assert message["Subject"] == "Välkommen" and message["Tags"] == ["Registrering"]
    assert mailpit.call("getMessageSummary")["ID"] == sent["ID"]  # "latest" by default
    attachment = mailpit.call("getMessageAttachment", sent["ID"], message["Attachments"][0]["PartID"])
    assert base64.b64decode(attachment["base64"]) == b"villkor" and attachment["blobType"].startswith("text/plain")
    inline = mailpit.call("getMessageAttachment", sent["ID"], message["Inline"][0]["PartID"])
    assert base64.b64decode(inline["base64"]) == b"\x89PNG-logga"
    headers = mailpit.call("getMessageHeaders", sent["ID"])
    assert list(headers) == sorted(headers) and "Message-Id" in headers
    assert "\r\nSubject: =?utf-8?q?V=C3=A4lkommen?=\r\n" in mailpit.call("getMessageSource", sent["ID"])
    assert "<p>Hej" in mailpit.call("renderMessageHTML", sent["ID"])
    assert "<p>Hej" in mailpit.call("renderMessageHTML", "latest", 1)
    assert mailpit.call("renderMessageText").strip() == "Hej åäö"


def test_list_search_wait_read_and_delete(mailpit, catcher):
    for subject in ("Ett", "Två", "Tre"):
        smtp_send(catcher, subject)
    listing = mailpit.call("listMessages", 0, 2)
    assert (listing["total"], listing["count"], listing["messages_count"]) == (3, 2, 3)
    found = mailpit.call("searchMessages", {"query": "subject:Två"})
    assert found["messages_count"] == 1 and found["messages"][0]["Subject"] == "Två"
    assert mailpit.call("waitForMessage", {"query": "subject:Tre"}, FAST)["Subject"] == "Tre"
    assert (
        mailpit.call("waitForMessages", {"query": "to:kund@example.se", "count": 3, "exact": True}, FAST)[
            "messages_count"
        ]
        == 3
    )
    assert mailpit.call("setReadStatus", {"Read": True}) == "ok"
    assert mailpit.call("listMessages")["unread"] == 0
    assert mailpit.call("setReadStatus", {"Search": "subject:Ett", "Read": False}, {"tz": "Europe/Stockholm"}) == "ok"
    assert mailpit.call("listMessages")["unread"] == 1
    assert mailpit.call("deleteMessagesBySearch", {"query": "subject:Ett"}) == "ok"
    two = mailpit.call("listMessages")["messages"]
    assert mailpit.call("deleteMessages", {"IDs": [two[0]["ID"]]}) == "ok"
    assert mailpit.call("listMessages")["total"] == 1
    assert mailpit.call("deleteMessages") == "ok"
    assert mailpit.call("waitForMessages", {"count": 0}, FAST)["messages_count"] == 0


def test_tags(mailpit, catcher):
    smtp_send(catcher, "Kvitto")
    message_id = mailpit.call("listMessages")["messages"][0]["ID"]
    assert mailpit.call("setTags", {"IDs": [message_id], "Tags": ["Kvitto", "Viktigt"]}) == "ok"
    assert mailpit.call("getTags") == ["Kvitto", "Viktigt"]
    assert mailpit.call("searchMessages", {"query": "tag:Viktigt"})["messages_count"] == 1
    assert mailpit.call("renameTag", "Viktigt", "Brådskande") == "ok"
    assert mailpit.call("deleteTag", "Kvitto") == "ok"
    assert mailpit.call("getTags") == ["Brådskande"]
    assert mailpit.call("getInfo")["Tags"] == {"Brådskande": 1}


def test_info_configuration_and_chaos(mailpit, catcher):
    smtp_send(catcher, "Info")
    assert mailpit.call("getInfo")["Messages"] == 1
    assert mailpit.call("getConfiguration")["ChaosEnabled"] is True
    triggers = mailpit.call("setChaosTriggers", {"Recipient": {"ErrorCode": 550, "Probability": 100}})
    assert triggers["Recipient"] == {"ErrorCode": 550, "Probability": 100}
    assert mailpit.call("getChaosTriggers")["Recipient"]["Probability"] == 100
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        smtp_send(catcher, "Vägras")
    assert mailpit.call("setChaosTriggers")["Recipient"]["Probability"] == 0  # no body: all off


@pytest.mark.parametrize(
    "method, args",
    [
        ("htmlCheck", []),
        ("linkCheck", ["latest", True]),
        ("spamAssassinCheck", []),
        ("getAttachmentThumbnail", ["latest", "1"]),
        ("releaseMessage", ["latest", {"To": ["x@example.se"]}]),
    ],
)
def test_left_out_features_fail_in_the_client_as_on_a_mailpit_without_them(mailpit, catcher, method, args):
    smtp_send(catcher, "Utan")
    with pytest.raises(NodeCallError) as raised:
        mailpit.call(method, *args)
    message = raised.value.error["message"]
    assert message.startswith("Mailpit API Error: 404")
    assert json.loads(message.split(": ", 2)[2])["Error"]
