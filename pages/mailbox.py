"""Client for the mail catcher's HTTP API (Mailpit's v1 dialect, plus our wait call), and a
per-scenario view that hands out each new message once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from playwright.sync_api import APIRequestContext

WAIT_SECONDS = 20
LINK = re.compile(r"https?://[^\s<>\"]+")


class MailNotArrived(AssertionError):
    pass


@dataclass
class Mail:
    id: str
    to: list[str]
    subject: str
    text: str
    html: str

    def links(self) -> list[str]:
        return LINK.findall(self.text)


class Mailbox:
    def __init__(self, request: APIRequestContext):
        self.request = request

    def _json(self, response, what: str):
        if not response.ok:
            raise MailNotArrived(f"E-postfångarens API svarade {response.status} på {what}: {response.text()[:200]}")
        return response.json()

    def available(self) -> bool:
        return self.request.get("/api/v1/messages?limit=1").ok

    def subjects(self, address: str) -> list[str]:
        """Subjects of every message to `address` so far."""
        result = self._json(self.request.get("/api/v1/search", params={"query": f"to:{address}", "limit": 1000}),
                            "sökningen")
        return [m["Subject"] for m in result["messages"]]

    def wait_for(self, address: str, count: int, subject: str | None = None) -> Mail:
        """The newest message to `address` (with `subject`) once there are `count` of them."""
        query = f"to:{address}" + (f' subject:"{subject}"' if subject else "")
        response = self.request.get(
            "/api/v1/wait", params={"query": query, "count": count, "timeout": WAIT_SECONDS},
            timeout=(WAIT_SECONDS + 10) * 1000,
        )
        if response.status == 408:
            what = f"med ämnet {subject!r} " if subject else ""
            raise MailNotArrived(f"Inget nytt e-postmeddelande {what}kom till {address} inom {WAIT_SECONDS} sekunder.")
        newest = self._json(response, "väntan på e-post")["messages"][0]
        message = self._json(self.request.get(f"/api/v1/message/{newest['ID']}"), "läsningen av meddelandet")
        return Mail(message["ID"], [a["Address"] for a in message["To"]], message["Subject"], message["Text"], message["HTML"])

    def refuse_all_mail(self) -> None:
        """Make SMTP refuse every recipient (Mailpit's chaos API; our catcher in test mode)."""
        self._json(self.request.put("/api/v1/chaos", data={"Recipient": {"ErrorCode": 451, "Probability": 100}}), "kaos")

    def accept_all_mail(self) -> None:
        self._json(self.request.put("/api/v1/chaos", data={}), "kaos")


@dataclass
class ScenarioInbox:
    """Hands out each new message once, by address and subject: watch an address before the
    action that mails it, so that older messages to it are never taken for new ones."""

    mailbox: Mailbox
    known: dict[str, list[str]] = field(default_factory=dict)  # address -> subjects already there

    def watch(self, address: str) -> None:
        if address not in self.known:
            self.known[address] = self.mailbox.subjects(address)

    def next_mail(self, address: str, subject: str) -> Mail:
        self.watch(address)
        mail = self.mailbox.wait_for(address, self.known[address].count(subject) + 1, subject)
        self.known[address].append(subject)
        return mail
