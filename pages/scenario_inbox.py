"""A scenario's view of the mailbox: hands out each new message once, by address and subject."""

from __future__ import annotations

from dataclasses import dataclass, field

from .mailboxes.base import Mail, Mailbox


@dataclass
class ScenarioInbox:
    """Watch an address before the action that mails it, so that older messages to it are
    never taken for new ones."""

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
