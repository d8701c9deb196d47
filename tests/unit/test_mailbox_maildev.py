"""Our MailDev client against a real MailDev (from the npm registry), started by the test."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import pytest

from minasidor_spec.clients.mailboxes import base, open_mailbox
from minasidor_spec.clients.mailboxes.base import MailNotArrived
from minasidor_spec.clients.mailboxes.events import SocketIOEvents
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from tests.support.maildev import running_maildev


@pytest.fixture(scope="module")
def maildev():
    with running_maildev() as running:
        yield running


def send(port: int, to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Stadsenergi <no-reply@example.se>", to, subject
    message.set_content(body)
    message.add_alternative(f"<p>{body}</p>", subtype="html")
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.send_message(message)


@pytest.fixture
def box(maildev):
    with open_mailbox("maildev", maildev["api"]) as client:
        yield client


def test_lists_and_reads_swedish_mail_per_recipient(maildev, box):
    assert box.available()
    send(
        maildev["smtp"], "Åsa Öberg <asa@example.se>", "Välj lösenord för Mina sidor", "Följ länken https://x.se/v?t=1"
    )
    send(maildev["smtp"], "annan@example.se", "Något annat", "Hej")
    assert box.subjects("asa@example.se") == ["Välj lösenord för Mina sidor"]
    mail = box.wait_for("asa@example.se", 1, "Välj lösenord för Mina sidor")
    assert mail.links() == ["https://x.se/v?t=1"] and "<p>Följ länken" in mail.html and mail.to == ["asa@example.se"]


def test_waits_for_the_newmail_event_not_a_timer(maildev, box):
    class SendsOnceListening(SocketIOEvents):  # the mail arrives only after the client listens
        def __enter__(self):
            listening = super().__enter__()
            send(maildev["smtp"], "sen@example.se", "Din e-postadress är registrerad", "Klart")
            return listening

    box.events = lambda: SendsOnceListening(box.api)
    inbox = ScenarioInbox(box)
    inbox.watch("sen@example.se")
    assert inbox.next_mail("sen@example.se", "Din e-postadress är registrerad").text.strip() == "Klart"


def test_no_mail_names_the_address(box, monkeypatch):
    monkeypatch.setattr(base, "WAIT_SECONDS", 1)
    with pytest.raises(MailNotArrived, match="ingen@example.se.*MailDev"):
        box.wait_for("ingen@example.se", 1)
