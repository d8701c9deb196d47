"""MailDev's REST API (3.x under /api, 2.x at the root) and its socket.io "newMail" event."""

from __future__ import annotations

from minasidor_spec.clients.mailboxes.base import Mail, Mailbox, Summary
from minasidor_spec.clients.mailboxes.events import SocketIOEvents
from minasidor_spec.clients.mailboxes.http import MailApi


class MailDevMailbox(Mailbox):
    name = "MailDev"

    def __init__(self, api_url: str, access=None):
        self.api = MailApi(api_url, self.name, access)
        self._prefix: str | None = None

    @property
    def prefix(self) -> str:
        if self._prefix is None:
            self._prefix = "/api" if self.api.reachable("/api/healthz") else ""
        return self._prefix

    def available(self) -> bool:
        return self.api.reachable(f"{self.prefix}/email")

    def messages_to(self, address: str) -> list[Summary]:
        wanted = address.lower()
        found = []
        for item in self.api.json("GET", f"{self.prefix}/email"):  # in arrival order
            recipients = [a.get("address", "").lower() for a in item.get("to") or []]
            recipients += [a.get("address", "").lower() for a in (item.get("envelope") or {}).get("to") or []]
            if wanted in recipients:
                found.append(Summary(item["id"], item.get("subject") or "", item.get("messageId") or ""))
        return found

    def read(self, message_id: str) -> Mail:
        item = self.api.json("GET", f"{self.prefix}/email/{message_id}")
        return Mail(
            item["id"],
            [a["address"] for a in item.get("to") or []],
            item.get("subject") or "",
            item.get("text") or "",
            item.get("html") or "",
        )

    def events(self):
        return SocketIOEvents(self.api)

    def close(self) -> None:
        self.api.close()
