"""Mailpit's API v1, which our own catcher also speaks. Our catcher adds a long-poll
(/api/v1/wait); against a real Mailpit the client listens on its WebSocket (/api/events)."""

from __future__ import annotations

import math

from minasidor_spec.clients.mailboxes import base
from minasidor_spec.clients.mailboxes.base import Mail, Mailbox, Summary
from minasidor_spec.clients.mailboxes.events import WebSocketEvents
from minasidor_spec.clients.mailboxes.http import MailApi

PAGE = 1000


class MailpitMailbox(Mailbox):
    name = "Mailpit"

    def __init__(self, api_url: str, access=None):
        self.api = MailApi(api_url, self.name, access)
        self._has_wait: bool | None = None

    def available(self) -> bool:
        return self.api.reachable("/api/v1/messages?limit=1")

    def messages_to(self, address: str) -> list[Summary]:
        result = self.api.json("GET", "/api/v1/search", {"query": f"to:{address}", "limit": PAGE})
        # Mailpit lists the newest first.
        return [Summary(m["ID"], m["Subject"], m.get("MessageID") or "") for m in reversed(result["messages"])]

    def read(self, message_id: str) -> Mail:
        m = self.api.json("GET", f"/api/v1/message/{message_id}")
        return Mail(m["ID"], [a["Address"] for a in m["To"]], m["Subject"], m["Text"], m["HTML"])

    def events(self):
        return WebSocketEvents(self.api, "/api/events")

    def wait_for(self, address: str, count: int, subject: str | None = None, seconds: float | None = None) -> Mail:
        if self._has_wait is None:  # ours answers 408 (nothing yet); a real Mailpit 404
            probe = {"query": "to:nobody@example.invalid", "count": 1, "timeout": 0}
            self._has_wait = self.api.call("GET", "/api/v1/wait", probe)[0] != 404
        if not self._has_wait:
            return super().wait_for(address, count, subject, seconds)
        query = f"to:{address}" + (f' subject:"{subject}"' if subject else "")
        limit = base.WAIT_SECONDS if seconds is None else seconds
        params = {"query": query, "count": count, "timeout": math.ceil(limit)}
        result = self.api.json("GET", "/api/v1/wait", params, timeout=limit + 10, none_on=(408,))
        if result is None:
            raise self.not_arrived(address, subject, limit)
        return self.read(result["messages"][0]["ID"])

    def close(self) -> None:
        self.api.close()

    def can_refuse_mail(self) -> bool:
        """Mailpit's chaos API: on when started with --enable-chaos (ours: in test mode)."""
        return self.api.reachable("/api/v1/chaos")

    def refuse_all_mail(self) -> None:
        self.api.json("PUT", "/api/v1/chaos", body={"Recipient": {"ErrorCode": 451, "Probability": 100}})

    def accept_all_mail(self) -> None:
        self.api.json("PUT", "/api/v1/chaos", body={})
