"""Clients for the mail catchers a target can use (Mailpit v1 and ours, MailHog v2, MailDev),
behind the one interface of `base.Mailbox`, and the factory that picks one by kind."""

from __future__ import annotations

from .base import Mailbox
from .maildev import MailDevMailbox
from .mailhog import MailHogMailbox
from .mailpit import MailpitMailbox

CLIENTS: dict[str, type[Mailbox]] = {
    "embedded": MailpitMailbox,
    "mailpit": MailpitMailbox,
    "mailhog": MailHogMailbox,
    "maildev": MailDevMailbox,
}
KINDS = tuple(CLIENTS)


def open_mailbox(kind: str, api_url: str, access=None) -> Mailbox:
    """The client for a catcher of `kind` (see KINDS) whose HTTP API is at `api_url`; `access`
    (minasidor_spec.access.Access) gives its basic auth, headers, certificate and proxy."""
    if kind not in CLIENTS:
        raise ValueError(f"okänd sorts e-postfångare {kind!r}; välj en av {', '.join(KINDS)}")
    return CLIENTS[kind](api_url, access)
