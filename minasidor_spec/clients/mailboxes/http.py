"""The mail catchers' JSON APIs over one HTTP client (httpx), with Swedish errors."""

from __future__ import annotations

import json

import httpx

from minasidor_spec.clients.mailboxes.base import MailApiError

REQUEST_TIMEOUT_SECONDS = 15


class MailApi:
    def __init__(self, base_url: str, name: str, access=None):
        self.base_url = base_url.rstrip("/")
        self.name = name  # e.g. "MailDev", for messages
        self.access = access  # minasidor_spec.target.access.Access: basic auth, headers, certificate, proxy
        self.client = httpx.Client(base_url=self.base_url, timeout=REQUEST_TIMEOUT_SECONDS, **self.httpx_options())

    def httpx_options(self) -> dict:
        return self.access.httpx_options() if self.access else {}

    def handshake_headers(self) -> dict:
        """For a WebSocket or Socket.IO connection: the same basic auth and headers."""
        return self.access.handshake_headers() if self.access else {}

    def call(
        self,
        method: str,
        path: str,
        params: dict | None = None,
        body: object = None,
        timeout: float = REQUEST_TIMEOUT_SECONDS,
    ) -> tuple[int, bytes]:
        try:
            response = self.client.request(method, path, params=params, json=body, timeout=timeout)
        except httpx.TransportError as error:
            raise MailApiError(f"Kunde inte nå e-postfångaren ({self.name}) på {self.base_url}: {error}") from None
        return response.status_code, response.content

    def json(
        self,
        method: str,
        path: str,
        params: dict | None = None,
        body: object = None,
        timeout: float = REQUEST_TIMEOUT_SECONDS,
        none_on: tuple[int, ...] = (),
    ):
        """The answer's JSON; None when the status is one of `none_on` (e.g. 408 for "not yet")."""
        status, raw = self.call(method, path, params, body, timeout)
        if status in none_on:
            return None
        if status >= 400:
            raise MailApiError(
                f"E-postfångaren ({self.name}) svarade {status} på {method} {path}: "
                f"{raw[:200].decode('utf-8', 'replace')}"
            )
        return json.loads(raw) if raw.strip() else None

    def reachable(self, path: str) -> bool:
        try:
            return self.call("GET", path, timeout=5)[0] < 400
        except MailApiError:
            return False

    def close(self) -> None:
        self.client.close()
