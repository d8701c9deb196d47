"""The catcher as Mailpit clients use it (issue 11): headers in Mailpit's form, tags, sending
over HTTP, Mailpit's search filters, and chaos reset with an empty body."""

from __future__ import annotations

import base64

import pytest

from .test_mailcatcher_mailpit_fields import send_raw


@pytest.fixture
def api(catcher):
    return catcher.app.test_client()


def send(api, **extra) -> str:
    body = {
        "From": {"Email": "avsandare@example.se", "Name": "Åsa Ö"},
        "To": [{"Email": "kund@example.se"}],
        "Subject": "Hej",
        "Text": "Text",
        **extra,
    }
    response = api.post("/api/v1/send", json=body)
    assert response.status_code == 200, response.get_json()
    return response.get_json()["ID"]


def count(api, query: str, **params) -> int:
    response = api.get("/api/v1/search", query_string={"query": query, **params})
    assert response.status_code == 200, response.get_json()
    return response.get_json()["messages_count"]


def test_headers_have_canonical_keys_raw_values_and_alphabetical_order(catcher, api):
    send_raw(
        catcher,
        b"subject: =?utf-8?q?V=C3=A4lkommen?=\r\nMESSAGE-ID: <a@b>\r\nX-Lang: ett\r\n  tv\xc3\xa5\r\n"
        b"from: a@example.se\r\nReceived: by a\r\nReceived: by b\r\n\r\nText",
    )
    headers = api.get("/api/v1/message/latest/headers").get_json()
    assert list(headers) == ["From", "Message-Id", "Received", "Subject", "X-Lang"]
    assert headers["Subject"] == ["=?utf-8?q?V=C3=A4lkommen?="]  # as sent, not decoded
    assert headers["Received"] == ["by a", "by b"] and headers["X-Lang"] == ["ett två"]
    assert api.get("/api/v1/message/nope/headers").status_code == 404


def test_send_builds_a_message_with_names_tags_attachments_and_inline_parts(api):
    picture, pdf = base64.b64encode(b"\x89PNG").decode(), base64.b64encode(b"%PDF").decode()
    message_id = send(
        api,
        Cc=[{"Email": "cc@example.se", "Name": "Cecilia"}],
        Bcc=["dold@example.se"],
        ReplyTo=[{"Email": "svar@example.se"}],
        HTML='<p>Hej <img src="cid:logga"></p>',
        Tags=["Välkommen", "välkommen", "  två   ord "],
        Headers={"X-IP": "192.0.2.1"},
        Attachments=[
            {"Content": picture, "Filename": "logga.png", "ContentID": "logga"},
            {"Content": pdf, "Filename": "villkor.pdf"},
        ],
    )
    message = api.get(f"/api/v1/message/{message_id}").get_json()
    assert message["From"] == {"Name": "Åsa Ö", "Address": "avsandare@example.se"}
    assert [a["Address"] for a in message["Cc"]] == ["cc@example.se"] and message["Bcc"][0][
        "Address"
    ] == "dold@example.se"
    assert message["ReplyTo"][0]["Address"] == "svar@example.se"
    assert message["Tags"] == ["två ord", "Välkommen"]
    assert message["Date"].endswith("Z") and message["MessageID"]
    [attachment], [inline] = message["Attachments"], message["Inline"]
    assert (attachment["FileName"], attachment["ContentType"]) == ("villkor.pdf", "application/pdf")
    assert inline["ContentID"] == "logga"
    assert api.get(f"/api/v1/message/{message_id}/part/{inline['PartID']}").data == b"\x89PNG"
    assert api.get(f"/api/v1/message/{message_id}/headers").get_json()["X-Ip"] == ["192.0.2.1"]


@pytest.mark.parametrize(
    "body, problem",
    [
        ({}, "From"),
        ({"From": {"Email": "inte-en-adress"}, "To": [{"Email": "kund@example.se"}]}, "From.Email"),
        ({"From": {"Email": "a@example.se"}}, "recipient"),
        ({"From": {"Email": "a@example.se"}, "To": "kund@example.se"}, "To"),
        ({"From": {"Email": "a@example.se"}, "Bcc": ["x"]}, "Bcc[0]"),
        (
            {"From": {"Email": "a@example.se"}, "To": [{"Email": "k@example.se"}], "Subject": "a\r\nBcc: x@y.se"},
            "Subject",
        ),
        ({"From": {"Email": "a@example.se"}, "To": [{"Email": "k@example.se"}], "Headers": {"Bcc": "x@y.se"}}, "Bcc"),
        (
            {"From": {"Email": "a@example.se"}, "To": [{"Email": "k@example.se"}], "Headers": {"X-A": "1\r\nBcc: x"}},
            "X-A",
        ),
        (
            {
                "From": {"Email": "a@example.se"},
                "To": [{"Email": "k@example.se"}],
                "Attachments": [{"Content": "inte base64!", "Filename": "a.txt"}],
            },
            "base64",
        ),
        ({"From": {"Email": "a@example.se"}, "To": [{"Email": "k@example.se"}], "Tags": [1]}, "Tags"),
    ],
)
def test_send_refuses_what_mailpit_refuses_with_a_json_error(api, body, problem):
    response = api.post("/api/v1/send", json=body)
    assert response.status_code == 400 and problem in response.get_json()["Error"]
    assert api.get("/api/v1/messages").get_json()["total"] == 0


def test_tags_set_list_search_rename_and_delete(api):
    first, second = send(api, Subject="Ett"), send(api, Subject="Två")
    assert api.put("/api/v1/tags", json={"IDs": [first, second], "Tags": ["Kvitto"]}).status_code == 200
    assert api.put("/api/v1/tags", json={"IDs": [second], "Tags": ["Kvitto", "Viktigt"]}).status_code == 200
    assert api.get("/api/v1/tags").get_json() == ["Kvitto", "Viktigt"]
    assert api.get("/api/v1/messages").get_json()["tags"] == ["Kvitto", "Viktigt"]
    assert api.get("/api/v1/info").get_json()["Tags"] == {"Kvitto": 2, "Viktigt": 1}
    assert (
        count(api, "tag:kvitto"),
        count(api, "tag:Viktigt"),
        count(api, "-tag:Viktigt"),
        count(api, "is:tagged"),
    ) == (2, 1, 1, 2)
    assert api.put("/api/v1/tags/Viktigt", json={"Name": "Brådskande"}).status_code == 200
    assert api.get(f"/api/v1/message/{second}").get_json()["Tags"] == ["Brådskande", "Kvitto"]
    assert api.put("/api/v1/tags/Finns%20inte", json={"Name": "X"}).status_code == 404
    assert api.delete("/api/v1/tags/Kvitto").status_code == 200
    assert api.get("/api/v1/tags").get_json() == ["Brådskande"] and api.get("/api/v1/messages").get_json()["total"] == 2
    assert api.put("/api/v1/tags", json={"IDs": [second], "Tags": []}).status_code == 200
    assert api.get("/api/v1/tags").get_json() == [] and count(api, "is:tagged") == 0


@pytest.mark.parametrize("body", [{}, {"IDs": [], "Tags": ["a"]}, {"IDs": ["x"]}, {"IDs": ["x"], "Tags": "a"}])
def test_set_tags_needs_ids_and_a_list_of_tags(api, body):
    response = api.put("/api/v1/tags", json=body)
    assert response.status_code == 400 and response.get_json()["Error"]


def test_an_x_tags_header_tags_a_message_caught_over_smtp(catcher, api):
    send_raw(
        catcher, b"From: a@example.se\r\nTo: kund@example.se\r\nX-Tags: Registrering, test\r\nSubject: T\r\n\r\nText"
    )
    assert api.get("/api/v1/message/latest").get_json()["Tags"] == ["Registrering", "test"]


def test_search_filters_as_mailpit_documents_them(api):
    send(
        api,
        Subject="Välkommen",
        Cc=[{"Email": "cecilia@example.se"}],
        Attachments=[{"Content": base64.b64encode(b"x").decode(), "Filename": "a.txt"}],
    )
    read = send(
        api,
        Subject="Återställ",
        To=[{"Email": "bo@example.se", "Name": "Bo Ek"}],
        ReplyTo=[{"Email": "svar@example.se"}],
    )
    api.get(f"/api/v1/message/{read}")  # marks it read
    message_id = api.get(f"/api/v1/message/{read}").get_json()["MessageID"]
    assert count(api, "to:bo@example.se") == 1 and count(api, 'to:"bo ek"') == 1
    assert count(api, "to:cecilia@example.se") == 0 and count(api, "cc:cecilia") == 1
    assert count(api, "reply-to:svar@") == 1 and count(api, "addressed:cecilia") == 1
    assert count(api, "subject:återställ") == 1 and count(api, "!subject:återställ") == 1
    assert count(api, f"message-id:<{message_id}>") == 1
    assert (count(api, "is:read"), count(api, "is:unread"), count(api, "has:attachment")) == (1, 1, 1)
    assert count(api, "after:2020-01-01") == 2 and count(api, "before:2020-01-01") == 0
    assert count(api, "after:2020-01-01T00:00", tz="Europe/Stockholm") == 2


@pytest.mark.parametrize(
    "query, params", [("after:igår", {}), ("after:2020-01-01", {"tz": "Mars/Olympus"}), ('subject:"ej avslutad', {})]
)
def test_a_search_it_cannot_read_is_a_json_error(api, query, params):
    response = api.get("/api/v1/search", query_string={"query": query, **params})
    assert response.status_code == 400 and response.get_json()["Error"]


def test_mark_read_by_search(api):
    send(api, Subject="Ett")
    send(api, Subject="Två")
    assert api.put("/api/v1/messages", json={"Search": "subject:Ett", "Read": True}).status_code == 200
    assert api.get("/api/v1/messages").get_json()["unread"] == 1
    assert count(api, "is:read subject:Ett") == 1


def test_an_empty_chaos_body_switches_every_trigger_off(api):
    api.put("/api/v1/chaos", json={"Sender": {"ErrorCode": 451, "Probability": 100}})
    triggers = api.put("/api/v1/chaos", json={}).get_json()
    assert all(t["Probability"] == 0 for t in triggers.values())
    api.put("/api/v1/chaos", json={"Recipient": {"ErrorCode": 550, "Probability": 50}})
    assert api.put("/api/v1/chaos").get_json()["Recipient"]["Probability"] == 0
