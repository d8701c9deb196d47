"""MailHog's API (v2 to list and search, v1 to read and delete, server-sent events at
/api/v1/events). Texts come from the raw message, parsed by the standard library, so
encoded subjects (=?UTF-8?...?=) and quoted-printable bodies read as the user sees them."""

from __future__ import annotations

import email
import email.policy

from minasidor_spec.clients.mailboxes.base import Mail, Mailbox, Summary
from minasidor_spec.clients.mailboxes.events import ServerSentEvents
from minasidor_spec.clients.mailboxes.http import MailApi

PAGE = 1000


def _parse(item: dict) -> email.message.EmailMessage:
    return email.message_from_bytes(item["Raw"]["Data"].encode("utf-8", "surrogateescape"), policy=email.policy.default)


def _part(message: email.message.EmailMessage, kind: str) -> str:
    body = message.get_body(preferencelist=(kind,))
    return body.get_content() if body is not None else ""


class MailHogMailbox(Mailbox):
    name = "MailHog"

    def __init__(self, api_url: str, access=None):
        self.api = MailApi(api_url, self.name, access)

    def available(self) -> bool:
        return self.api.reachable("/api/v2/messages?limit=1")

    def messages_to(self, address: str) -> list[Summary]:
        result = self.api.json("GET", "/api/v2/search", {"kind": "to", "query": address, "limit": PAGE})
        # MailHog's "to" search matches substrings; keep exact recipients, oldest first.
        wanted = address.lower()
        found = []
        for item in reversed(result.get("items") or []):
            message = _parse(item)
            recipients = [r.lower() for r in item["Raw"].get("To") or []]
            recipients += [a.addr_spec.lower() for header in message.get_all("To", []) for a in header.addresses]
            if wanted in recipients:
                found.append(Summary(item["ID"], str(message["Subject"] or ""), str(message["Message-ID"] or "")))
        return found

    def read(self, message_id: str) -> Mail:
        item = self.api.json("GET", f"/api/v1/messages/{message_id}")
        message = _parse(item)
        to = [a.addr_spec for header in message.get_all("To", []) for a in header.addresses]
        return Mail(item["ID"], to, str(message["Subject"] or ""), _part(message, "plain"), _part(message, "html"))

    def events(self):
        return ServerSentEvents(self.api, "/api/v1/events")

    def close(self) -> None:
        self.api.close()
