"""A mail sent twice with one Message-ID (a sender's retry after a crash between storing it and
answering 250): our catcher keeps both unless told to ignore duplicates (off by default, as
Mailpit's --ignore-duplicate-ids), and the suite's mail waits count it once either way."""

from __future__ import annotations

import smtplib
import threading
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from werkzeug.serving import make_server

from minasidor_spec.clients.mailboxes import open_mailbox
from minasidor_spec.clients.mailboxes.base import Summary, once_each
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from reference_app.mailcatcher import MailCatcher

TO = "kund@example.se"


def _send(catcher, subject: str, message_id: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Stadsenergi <no-reply@example.se>", TO, subject
    message["Message-ID"] = message_id
    message.set_content("Hej")
    with smtplib.SMTP(catcher.smtp.host, catcher.smtp.port, timeout=10) as client:
        client.send_message(message)


@pytest.fixture(params=[False, True], ids=["keeps-duplicates", "ignores-duplicates"])
def catcher_with_api(request, tmp_path):
    catcher = MailCatcher(tmp_path / "mail", "127.0.0.1", 0, test_mode=True, ignore_duplicate_ids=request.param)
    catcher.start()
    server = make_server("127.0.0.1", 0, catcher.app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield catcher, f"http://127.0.0.1:{server.port}", request.param
    server.shutdown()
    catcher.stop()


def test_a_duplicate_is_stored_only_when_asked_and_counted_once_by_the_suite(catcher_with_api):
    catcher, api, ignoring = catcher_with_api
    registered = make_msgid(domain="stadsenergi.example")
    with open_mailbox("mailpit", api) as box:
        inbox = ScenarioInbox(box, seconds=5)
        inbox.watch(TO)
        _send(catcher, "Din e-postadress är registrerad för Mina sidor", registered)
        _send(catcher, "Din e-postadress är registrerad för Mina sidor", registered)  # sent again after a crash
        assert len(catcher.store.search(f"to:{TO}")["messages"]) == (1 if ignoring else 2)
        assert inbox.next_mail(TO).subject == "Din e-postadress är registrerad för Mina sidor"
        _send(catcher, "Välj lösenord för Mina sidor", make_msgid(domain="stadsenergi.example"))
        assert inbox.next_mail(TO).subject == "Välj lösenord för Mina sidor"  # not the copy of the first
        assert box.subjects(TO) == ["Din e-postadress är registrerad för Mina sidor", "Välj lösenord för Mina sidor"]


def test_once_each_keeps_the_first_of_a_message_id_and_every_mail_without_one():
    summaries = [Summary("1", "A", "<x@y>"), Summary("2", "A", "x@y"), Summary("3", "B"), Summary("4", "B")]
    assert [s.id for s in once_each(summaries)] == ["1", "3", "4"]
