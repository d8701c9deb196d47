"""Push channels of the mail catchers, each read with a well-kept client library: every
`next(timeout)` blocks until the catcher announces something (True) or the time is up
(False). The mailbox opens the channel before it looks, so no arrival falls between a look
and the wait.

- Mailpit: a WebSocket at /api/events (websockets' sync client; it answers pings itself).
- MailHog: server-sent events at /api/v1/events (httpx-sse).
- MailDev: socket.io events such as "newMail" (python-socketio's SimpleClient).
"""

from __future__ import annotations

import queue
import socket
import threading
import urllib.parse
from contextlib import ExitStack, suppress

import httpx
import socketio
import websockets
from httpx_sse import SSEError, connect_sse
from websockets.sync.client import connect as websocket_connect

from minasidor_spec.clients.mailboxes.base import MailApiError
from minasidor_spec.clients.mailboxes.http import MailApi

OPEN_TIMEOUT_SECONDS = 10


class _Channel:
    """`next(timeout)`: True once `_receive` got an announcement, False when the time is up."""

    timeout_errors: tuple[type[BaseException], ...] = (TimeoutError,)
    closed_errors: tuple[type[BaseException], ...] = ()
    closed = "{name} stängde sin kanal för händelser."

    def __init__(self, api: MailApi, path: str):
        self._api, self._path = api, path
        self._resources = ExitStack()  # what __exit__ lets go of

    def _cannot_listen(self, error: object) -> MailApiError:
        return MailApiError(f"Kunde inte lyssna på {self._api.name}s händelser ({self._path}): {error}")

    def _receive(self, timeout: float) -> None:
        raise NotImplementedError

    def next(self, timeout: float) -> bool:
        try:
            self._receive(max(timeout, 0))
        except self.timeout_errors:
            return False
        except self.closed_errors:
            raise MailApiError(self.closed.format(name=self._api.name)) from None
        return True

    def __exit__(self, *exc):
        self._resources.close()


class WebSocketEvents(_Channel):
    closed_errors = (websockets.exceptions.ConnectionClosed,)
    closed = "{name} stängde sin WebSocket."

    def __enter__(self):
        parts = urllib.parse.urlsplit(self._api.base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        url = urllib.parse.urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + self._path, "", ""))
        try:
            secure = {"ssl": self._api.access.ssl_context()} if scheme == "wss" and self._api.access else {}
            self._socket = self._resources.enter_context(
                websocket_connect(
                    url,
                    open_timeout=OPEN_TIMEOUT_SECONDS,
                    additional_headers=self._api.handshake_headers() or None,
                    **secure,
                )
            )
        except websockets.exceptions.InvalidStatus as error:
            raise MailApiError(
                f"{self._api.name} öppnade ingen WebSocket på {self._path}: HTTP {error.response.status_code}"
            ) from None
        except (OSError, TimeoutError, websockets.exceptions.WebSocketException) as error:
            raise self._cannot_listen(error) from None
        return self

    def _receive(self, timeout: float) -> None:
        self._socket.recv(timeout=timeout)


class _StreamEnded(Exception):
    pass


class ServerSentEvents(_Channel):
    """The stream is read by a thread of its own, so that `next` can wait on a queue for
    exactly as long as it is asked to."""

    timeout_errors = (queue.Empty,)
    closed_errors = (_StreamEnded,)
    closed = "{name} stängde sin händelseström."
    _ENDED = object()

    def __init__(self, api: MailApi, path: str):
        super().__init__(api, path)
        self._events: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, name=f"{api.name}-events", daemon=True)

    def __enter__(self):
        client = self._resources.enter_context(
            httpx.Client(
                base_url=self._api.base_url,
                timeout=httpx.Timeout(OPEN_TIMEOUT_SECONDS, read=None),
                **self._api.httpx_options(),
            )
        )
        try:
            self._source = self._resources.enter_context(connect_sse(client, "GET", self._path))
        except httpx.TransportError as error:
            self._resources.close()
            raise self._cannot_listen(error) from None
        if self._source.response.status_code != 200:
            self._resources.close()
            raise MailApiError(f"{self._api.name} svarade {self._source.response.status_code} på {self._path}.")
        self._reader.start()
        return self

    def _read(self) -> None:
        try:
            for _event in self._source.iter_sse():
                self._events.put(True)
        except (httpx.HTTPError, SSEError, OSError):
            pass
        self._events.put(self._ENDED)

    def _receive(self, timeout: float) -> None:
        if self._events.get(timeout=timeout) is self._ENDED:
            raise _StreamEnded

    def __exit__(self, *exc):
        # Wake the reader, blocked on the socket, before the response is closed under it.
        stream = self._source.response.extensions.get("network_stream")
        raw = stream.get_extra_info("socket") if stream is not None else None
        if raw is not None:
            with suppress(OSError):
                raw.shutdown(socket.SHUT_RDWR)
        self._reader.join(OPEN_TIMEOUT_SECONDS)
        super().__exit__(*exc)


class SocketIOEvents(_Channel):
    timeout_errors = (socketio.exceptions.TimeoutError,)
    closed_errors = (socketio.exceptions.DisconnectedError,)
    closed = "{name} kopplade ner sina händelser (socket.io)."

    def __init__(self, api: MailApi, path: str = "/socket.io"):
        super().__init__(api, path)
        self._client = socketio.SimpleClient()

    def __enter__(self):
        parts = urllib.parse.urlsplit(self._api.base_url)
        try:
            self._client.connect(
                f"{parts.scheme}://{parts.netloc}",
                socketio_path=parts.path.rstrip("/") + self._path,
                headers=self._api.handshake_headers(),
                wait_timeout=OPEN_TIMEOUT_SECONDS,
            )
        except (socketio.exceptions.SocketIOError, OSError) as error:
            raise self._cannot_listen(error) from None
        self._resources.callback(self._client.disconnect)
        return self

    def _receive(self, timeout: float) -> None:
        self._client.receive(timeout=timeout)
