"""Clients for the mail catchers a target can use (Mailpit v1 and ours, MailHog v2, MailDev),
behind the one interface of `base.Mailbox`, and the factory that picks one by kind."""

from __future__ import annotations

from minasidor_spec.clients.mailboxes.base import Mailbox
from minasidor_spec.clients.mailboxes.maildev import MailDevMailbox
from minasidor_spec.clients.mailboxes.mailhog import MailHogMailbox
from minasidor_spec.clients.mailboxes.mailpit import MailpitMailbox

CLIENTS: dict[str, type[Mailbox]] = {
    "embedded": MailpitMailbox,
    "mailpit": MailpitMailbox,
    "mailhog": MailHogMailbox,
    "maildev": MailDevMailbox,
}
KINDS = tuple(CLIENTS)


def open_mailbox(kind: str, api_url: str, access=None) -> Mailbox:
    """The client for a catcher of `kind` (see KINDS) whose HTTP API is at `api_url`; `access`
    (minasidor_spec.target.access.Access) gives its basic auth, headers, certificate and proxy."""
    if kind not in CLIENTS:
        raise ValueError(f"okänd sorts e-postfångare {kind!r}; välj en av {', '.join(KINDS)}")
    return CLIENTS[kind](api_url, access)
