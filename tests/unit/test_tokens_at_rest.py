"""Nothing readable at rest: once a "Skapa lösenord" mail has gone, no file of the portal's data
folder (the database, its write-ahead log, anything beside them) holds a token that opens the
choose-password page — also while the outbox worker and other connections keep the database
open, as they do in a running portal."""

from __future__ import annotations

import re
from pathlib import Path

from reference_app.portal import db, outbox

from .test_first_time_flows import mails_to, post_form

TOKEN = re.compile(r"/valj-losenord/([A-Za-z0-9_-]{20,})")


def _tokens_mailed(catcher, address: str) -> list[str]:
    return [TOKEN.search(catcher.store.get(mail["ID"])["Text"]).group(1) for mail in mails_to(catcher, address)]


def _every_byte(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def test_no_file_of_the_data_folder_holds_a_token_once_its_mail_has_gone(app, client, catcher, new_customer):
    worker = db.connect(app.config["DATABASE"])  # the outbox worker's connection, open all along
    reader = db.connect(app.config["DATABASE"])  # another process's, between its requests
    reader.execute("SELECT count(*) FROM customers").fetchone()
    customers = [new_customer(email=True) for _ in range(5)]
    for customer in customers:
        post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    assert outbox.deliver_due(worker, app.extensions["clock"], app.config) == 5
    tokens = [token for customer in customers for token in _tokens_mailed(catcher, customer["email"])]
    assert len(tokens) == 5
    at_rest = _every_byte(Path(app.config["DATA_DIR"]))
    assert [token for token in tokens if token.encode() in at_rest] == []
    assert client.get(f"/valj-losenord/{tokens[0]}").status_code == 200  # they work: the check is not void
    worker.close()
    reader.close()


def test_a_token_not_yet_sent_is_kept_until_its_mail_goes(app, client, catcher, new_customer):
    """The outbox must keep what it has not sent (at-least-once); once sent, it goes."""
    customer = new_customer(email=True)
    post_form(client, "/skapa-losenord", kundnummer=customer["kundnummer"])
    folder = Path(app.config["DATA_DIR"])
    assert b"/valj-losenord/" in _every_byte(folder)
    worker = db.connect(app.config["DATABASE"])
    assert outbox.deliver_due(worker, app.extensions["clock"], app.config) == 1
    assert b"/valj-losenord/" not in _every_byte(folder)
    worker.close()
