"""SMTP in, on aiosmtpd: UTF-8 (SMTPUTF8, 8BITMIME), every message stored as received."""

from __future__ import annotations

import logging
import random

from aiosmtpd.controller import Controller

from .. import stack_defaults
from .store import MessageStore

log = logging.getLogger("minasidor.mailcatcher")


class _Handler:
    def __init__(self, store: MessageStore):
        self.store = store

    def _chaos(self, trigger: str) -> str | None:
        setting = self.store.chaos()[trigger]
        if setting["Probability"] and random.randint(1, 100) <= setting["Probability"]:
            return f"{setting['ErrorCode']} Chaos: {trigger} refused (test mode)"
        return None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        refusal = self._chaos("Sender")
        if refusal:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self._chaos("Recipient")
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        try:
            self.store.add(envelope.original_content or envelope.content, envelope.mail_from, envelope.rcpt_tos)
        except Exception:  # never lose the reason; the client sees a temporary failure
            log.exception("could not store a message")
            return "451 Requested action aborted: could not store the message"
        return "250 Message accepted for delivery"


class _Controller(Controller):
    def _trigger_server(self):
        # Port 0 asks the OS for a free port; read back which one before the self-test.
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SMTPServer:
    def __init__(self, store: MessageStore, host: str = stack_defaults.HOST, port: int = stack_defaults.SMTP_PORT):
        self._controller = _Controller(
            _Handler(store),
            hostname=host,
            port=port,
            enable_SMTPUTF8=True,
            decode_data=False,
            data_size_limit=10 * 1024 * 1024,
        )

    @property
    def host(self) -> str:
        return self._controller.hostname

    @property
    def port(self) -> int:
        return self._controller.port

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()
