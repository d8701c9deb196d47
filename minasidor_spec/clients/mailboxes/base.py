"""The suite's view of a mail catcher: one interface whatever the target uses (our catcher,
Mailpit, MailHog, MailDev). Waiting never sleeps: a client opens the catcher's push channel
first, then looks, and looks again only when the catcher announces something (or uses a
long-poll call)."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass

from minasidor_spec.clients.mailboxes.links import anchors, customer_link
from minasidor_spec.common.settings import Timeouts

WAIT_SECONDS = Timeouts.mail  # unless the scenario says otherwise (the target's [timeouts] mail)


class MailApiError(AssertionError):
    """The mail catcher could not be reached or answered with an error."""


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
        """Every link, from the HTML part when there is one (else the plain text)."""
        return [anchor.href for anchor in anchors(self.html, self.text)]

    def customer_link(self, portal_url: str) -> str | None:
        """The link a customer follows (links.customer_link)."""
        return customer_link(self.html, self.text, portal_url)


@dataclass(frozen=True)
class Summary:
    id: str
    subject: str
    message_id: str = ""  # the Message-ID header: a mail sent twice (at least once, after a crash) is one


def once_each(summaries: list[Summary]) -> list[Summary]:
    """Each message once: a second copy with the same Message-ID (a sender's retry after a crash,
    where the catcher keeps duplicates) is the same mail to the customer."""
    seen, unique = set(), []
    for summary in summaries:
        key = summary.message_id.strip("<> ")
        if key and key in seen:
            continue
        seen.add(key)
        unique.append(summary)
    return unique


class Mailbox(ABC):
    """A mail catcher's API. Subclasses list, read and announce; waiting is shared."""

    name = "e-postfångaren"

    @abstractmethod
    def available(self) -> bool: ...

    @abstractmethod
    def messages_to(self, address: str) -> list[Summary]:
        """Every message to `address`, oldest first."""

    @abstractmethod
    def read(self, message_id: str) -> Mail: ...

    @abstractmethod
    def events(self) -> AbstractContextManager:
        """The catcher's push channel: `.next(timeout)` is True when something happened."""

    @abstractmethod
    def close(self) -> None:
        """Let go of the connections to the catcher."""

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def subjects(self, address: str) -> list[str]:
        return [m.subject for m in once_each(self.messages_to(address))]

    def wait_for(self, address: str, count: int, subject: str | None = None, seconds: float | None = None) -> Mail:
        """The newest message to `address` (with `subject`) once there are `count` of them."""
        limit = WAIT_SECONDS if seconds is None else seconds
        deadline = time.monotonic() + limit
        with self.events() as events:
            while True:
                found = [m for m in once_each(self.messages_to(address)) if subject is None or m.subject == subject]
                if len(found) >= count:
                    return self.read(found[-1].id)
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not events.next(remaining):
                    raise self.not_arrived(address, subject, limit)

    def not_arrived(self, address: str, subject: str | None, seconds: float | None = None) -> MailNotArrived:
        what = f"med ämnet {subject!r} " if subject else ""
        return MailNotArrived(
            f"Inget nytt e-postmeddelande {what}kom till {address} inom "
            f"{WAIT_SECONDS if seconds is None else seconds:.0f} sekunder ({self.name})."
        )

    def can_refuse_mail(self) -> bool:
        """Can the suite make SMTP refuse mail (to play "the mail server is down")?"""
        return False

    def refuse_all_mail(self) -> None:
        raise MailApiError(f"{self.name} kan inte fås att vägra ta emot e-post.")

    def accept_all_mail(self) -> None:
        raise MailApiError(f"{self.name} kan inte fås att vägra ta emot e-post.")
