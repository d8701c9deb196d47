"""The mailbox clients behind one interface: Mailpit's dialect against our own catcher
(long-poll wait, chaos), Mailpit's WebSocket against a real WebSocket server (npm's ws),
and MailHog's API and event stream against a double that answers in MailHog's shapes."""

from __future__ import annotations

import json
import smtplib
import subprocess
import threading
from email.message import EmailMessage

import pytest
from flask import Flask, Response, jsonify
from werkzeug.serving import make_server

from minasidor_spec.clients.mailboxes import base, open_mailbox
from minasidor_spec.clients.mailboxes.base import MailApiError, MailNotArrived
from minasidor_spec.clients.mailboxes.events import WebSocketEvents
from minasidor_spec.clients.mailboxes.http import MailApi
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from tests.support.node_packages import MAILDEV, installed


def _message(to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Stadsenergi <no-reply@example.se>", to, subject
    message.set_content(body)
    message.add_alternative(f"<p>{body}</p>", subtype="html")
    return message


def _serve(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# --- Mailpit dialect, our catcher ---------------------------------------------------------
@pytest.fixture
def catcher_api(catcher):
    server = _serve(catcher.app)
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()


def _send(catcher, to, subject, body="Hej"):
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=10) as client:
        client.send_message(_message(to, subject, body))


def test_mailpit_client_reads_in_arrival_order_and_waits_by_long_poll(catcher, catcher_api):
    with open_mailbox("mailpit", catcher_api) as box:
        assert box.available() and box.can_refuse_mail()
        _send(catcher, "kund@example.se", "Första")
        _send(catcher, "kund@example.se", "Andra", "Länk: https://portal.example/v?t=abc")
        assert box.subjects("kund@example.se") == ["Första", "Andra"]
        mail = box.wait_for("kund@example.se", 1, "Andra")
        assert mail.links() == ["https://portal.example/v?t=abc"] and box._has_wait


def test_mailpit_client_switches_smtp_refusal_on_and_off(catcher, catcher_api):
    with open_mailbox("embedded", catcher_api) as box:
        box.refuse_all_mail()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            _send(catcher, "kund@example.se", "Vägras")
        box.accept_all_mail()
        _send(catcher, "kund@example.se", "Tas emot")
        assert box.subjects("kund@example.se") == ["Tas emot"]


def test_mailpit_client_times_out_naming_the_address(catcher_api, monkeypatch):
    monkeypatch.setattr(base, "WAIT_SECONDS", 1)
    with open_mailbox("mailpit", catcher_api) as box, pytest.raises(MailNotArrived, match="ingen@example.se"):
        box.wait_for("ingen@example.se", 1)


def test_unreachable_catcher_is_a_swedish_error():
    with open_mailbox("mailhog", "http://127.0.0.1:9") as box:
        assert not box.available()
        with pytest.raises(MailApiError, match="Kunde inte nå e-postfångaren \\(MailHog\\)"):
            box.subjects("kund@example.se")


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="okänd sorts e-postfångare"):
        open_mailbox("mailcatcher", "http://127.0.0.1:1080")


# --- Mailpit's WebSocket, against npm's ws ------------------------------------------------
WS_SERVER = """
const { WebSocketServer } = require(process.argv[1] + '/ws');
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/api/events' });
wss.on('listening', () => console.log('PORT ' + wss.address().port));
wss.on('connection', (ws) => {
  ws.on('pong', () => { console.log('PONG'); ws.send(JSON.stringify({Type: 'new', Data: {Subject: 'Hej'}})); });
  ws.ping('är du där?');
});
"""


def test_websocket_events_answer_pings_and_wake_on_a_message():
    modules = installed(MAILDEV)  # MailDev brings ws (through socket.io)
    server = subprocess.Popen(["node", "-e", WS_SERVER, str(modules)], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().split()[1])
        api = MailApi(f"http://127.0.0.1:{port}", "Mailpit")
        with WebSocketEvents(api, "/api/events") as events:
            assert events.next(10) is True  # the "new" event, sent once our pong arrived
            assert server.stdout.readline().strip() == "PONG"
            assert events.next(0.3) is False  # nothing more: the wait ends on time
        api.close()
    finally:
        server.terminate()
        server.wait(10)
        server.stdout.close()


# --- MailHog, against a double in MailHog's shapes ------------------------------------------
RAW = (
    "From: Stadsenergi <no-reply@example.se>\r\nTo: =?UTF-8?Q?=C3=85sa?= <asa@example.se>\r\n"
    "Subject: =?UTF-8?Q?V=C3=A4lj_l=C3=B6senord_f=C3=B6r_Mina_sidor?=\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\nF=C3=B6lj l=C3=A4nken https://portal.example/v?t=3D1\r\n"
    "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>F\u00f6lj</p>\r\n--b--\r\n"
)


def mailhog_double():
    app, items, arrived = Flask("mailhog"), [], threading.Condition()

    def item(number: int, to: str) -> dict:
        return {
            "ID": f"id{number}@mailhog.example",
            "Raw": {"From": "no-reply@example.se", "To": [to], "Data": RAW},
            "Content": {"Headers": {}, "Body": ""},
            "MIME": None,
        }

    @app.get("/api/v2/messages")
    def messages():
        return jsonify({"total": len(items), "count": len(items), "start": 0, "items": items[::-1]})

    @app.get("/api/v2/search")
    def search():
        from flask import request

        found = [i for i in items[::-1] if request.args["query"] in i["Raw"]["To"][0]]  # substring, like MailHog
        return jsonify({"total": len(found), "count": len(found), "start": 0, "items": found})

    @app.get("/api/v1/messages/<message_id>")
    def message(message_id):
        return jsonify(next(i for i in items if i["ID"] == message_id))

    @app.get("/api/v1/events")
    def events():
        def stream():
            yield ":\n\n"
            with arrived:
                arrived.wait(30)
            yield f"data: {json.dumps(items[-1])}\n\n"

        return Response(stream(), mimetype="text/event-stream")

    def deliver(to: str) -> None:
        with arrived:
            items.append(item(len(items) + 1, to))
            arrived.notify_all()

    return app, deliver


@pytest.fixture
def mailhog():
    """Our MailHog client on a MailHog double, and the double's way to deliver a message."""
    app, deliver = mailhog_double()
    server = _serve(app)
    with open_mailbox("mailhog", f"http://127.0.0.1:{server.port}") as box:
        yield box, deliver
    server.shutdown()


def test_mailhog_client_decodes_and_matches_exact_recipients(mailhog):
    box, deliver = mailhog
    deliver("asa@example.se")
    deliver("lisa@example.se.other")  # MailHog's "to" search would match a substring
    assert box.available()
    assert box.subjects("asa@example.se") == ["Välj lösenord för Mina sidor"]
    mail = box.wait_for("asa@example.se", 1, "Välj lösenord för Mina sidor")
    assert mail.to == ["asa@example.se"] and "Följ länken" in mail.text and "<p>Följ</p>" in mail.html
    assert mail.links() == ["https://portal.example/v?t=1"]


def test_mailhog_client_wakes_on_the_event_stream(mailhog):
    box, deliver = mailhog
    opened = box.events

    class DeliverOnceListening:
        def __enter__(self):
            self.channel = opened().__enter__()
            deliver("sen@example.se")
            return self.channel

        def __exit__(self, *exc):
            self.channel.__exit__(*exc)

    box.events = DeliverOnceListening
    inbox = ScenarioInbox(box)
    inbox.watch("sen@example.se")
    assert inbox.next_mail("sen@example.se", "Välj lösenord för Mina sidor").to == ["asa@example.se"]
