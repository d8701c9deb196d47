"""A scenario's view of the mailbox: hands out each new message once, by address (and subject,
where the target's subject is known)."""

from __future__ import annotations

from dataclasses import dataclass, field

from minasidor_spec.clients.mailboxes.base import Mail, Mailbox, MailNotArrived

ANY = None  # any subject


@dataclass
class ScenarioInbox:
    """Watch an address before the action that mails it, so that older messages to it are
    never taken for new ones."""

    mailbox: Mailbox | None
    seconds: float | None = None  # how long a mail may take on this target (None: the mailbox's default)
    known: dict[str, list[str]] = field(default_factory=dict)  # address -> subjects already there

    def watch(self, address: str) -> None:
        if self.mailbox is not None and address not in self.known:
            self.known[address] = self.mailbox.subjects(address)

    def next_mail(self, address: str, subject: str | None = ANY, seconds: float | None = None) -> Mail:
        """The next new message to `address` (with `subject`; ANY: whatever it is called)."""
        self.watch(address)
        seen = self.known[address]
        count = (seen.count(subject) if subject is not ANY else len(seen)) + 1
        mail = self.mailbox.wait_for(address, count, subject, self.seconds if seconds is None else seconds)
        self.known[address].append(mail.subject)
        return mail

    def arrived(self, address: str, seconds: float = 5) -> bool:
        """Did a new message come to `address` (waiting at most `seconds`)?"""
        try:
            self.next_mail(address, ANY, seconds)
        except MailNotArrived:
            return False
        return True
