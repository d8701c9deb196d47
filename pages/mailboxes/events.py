"""Push channels of the mail catchers, read with the standard library: each `next(timeout)`
blocks until the catcher announces something (True) or the time is up (False). The mailbox
opens the channel before it looks, so no arrival falls between a look and the wait.

- MailHog: server-sent events at /api/v1/events.
- MailDev: socket.io, over engine.io's HTTP long-polling transport (no WebSocket needed).
- Mailpit: a WebSocket at /api/events (RFC 6455; only text frames and pings matter here).
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import socket
import struct
import time
import urllib.parse
import urllib.request

from .http import MailApi, MailApiError


class ServerSentEvents:
    def __init__(self, api: MailApi, path: str):
        self._api, self._path = api, path
        self._connection: http.client.HTTPConnection | None = None
        self._response = None

    def __enter__(self):
        parts = urllib.parse.urlsplit(self._api.url(self._path))
        kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        try:
            self._connection = kind(parts.netloc, timeout=10)
            self._connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                                     headers={"Accept": "text/event-stream"})
            self._response = self._connection.getresponse()
        except OSError as error:
            raise MailApiError(f"Kunde inte lyssna på {self._api.name}s händelser ({self._path}): {error}") from None
        if self._response.status != 200:
            raise MailApiError(f"{self._api.name} svarade {self._response.status} på {self._path}.")
        return self

    def next(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            self._connection.sock.settimeout(remaining)
            try:
                line = self._response.readline()
            except (TimeoutError, socket.timeout):
                return False
            if not line:
                raise MailApiError(f"{self._api.name} stängde sin händelseström.")
            if line.startswith(b"data:"):
                return True
        return False

    def __exit__(self, *exc):
        self._connection.close()


class EngineIOPolling:
    """socket.io events through engine.io v4 long-polling: GET waits until the server has
    packets; "2" is a ping that wants "3" back; "42[...]" is an event."""

    def __init__(self, api: MailApi, path: str = "/socket.io/"):
        self._api, self._path = api, path
        self._url = ""

    def _get(self, timeout: float) -> str:
        with urllib.request.urlopen(self._url, timeout=timeout) as response:
            return response.read().decode("utf-8")

    def _post(self, packet: str) -> None:
        request = urllib.request.Request(self._url, data=packet.encode(), method="POST",
                                         headers={"Content-Type": "text/plain;charset=UTF-8"})
        urllib.request.urlopen(request, timeout=10).close()

    def __enter__(self):
        base = self._api.url(self._path, {"EIO": "4", "transport": "polling"})
        try:
            with urllib.request.urlopen(base, timeout=10) as response:
                handshake = response.read().decode("utf-8")
            self._url = f"{base}&sid={json.loads(handshake[1:])['sid']}"
            self._post("40")  # connect to the default namespace
            self._get(10)  # its acknowledgement
        except (OSError, ValueError, KeyError) as error:
            raise MailApiError(f"Kunde inte lyssna på {self._api.name}s händelser (socket.io): {error}") from None
        return self

    def next(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                payload = self._get(remaining)
            except (TimeoutError, socket.timeout):
                return False
            packets = payload.split("\x1e")
            if "2" in packets:
                self._post("3")
            if any(p.startswith("42") for p in packets):
                return True
        return False

    def __exit__(self, *exc):
        try:
            self._post("41")  # leave the namespace
        except OSError:
            pass


class WebSocketEvents:
    """A WebSocket client for reading only: the handshake, then frames. Frames we send (pong,
    close) are masked as RFC 6455 requires of clients."""

    def __init__(self, api: MailApi, path: str):
        self._api, self._path = api, path
        self._sock: socket.socket | None = None
        self._buffer = b""

    def __enter__(self):
        parts = urllib.parse.urlsplit(self._api.base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            if parts.scheme == "https":
                import ssl

                raw = socket.create_connection((parts.hostname, port), timeout=10)
                self._sock = ssl.create_default_context().wrap_socket(raw, server_hostname=parts.hostname)
            else:
                self._sock = socket.create_connection((parts.hostname, port), timeout=10)
            key = base64.b64encode(os.urandom(16)).decode()
            path = (parts.path.rstrip("/") + self._path) or "/"
            self._sock.sendall(
                f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
            head = self._read_until(b"\r\n\r\n")
        except OSError as error:
            raise MailApiError(f"Kunde inte lyssna på {self._api.name}s händelser ({self._path}): {error}") from None
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status + b" ":
            raise MailApiError(f"{self._api.name} öppnade ingen WebSocket på {self._path}: {status.decode(errors='replace')}")
        return self

    def _read_until(self, marker: bytes) -> bytes:
        while marker not in self._buffer:
            chunk = self._sock.recv(4096)
            if not chunk:
                raise ConnectionError("anslutningen stängdes")
            self._buffer += chunk
        head, _, self._buffer = self._buffer.partition(marker)
        return head

    def _read_exact(self, size: int) -> bytes:
        while len(self._buffer) < size:
            chunk = self._sock.recv(4096)
            if not chunk:
                raise ConnectionError("anslutningen stängdes")
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def _send(self, opcode: int, payload: bytes = b"") -> None:
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self._sock.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def _frame(self) -> tuple[int, bytes]:
        first, second = self._read_exact(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack("!H", self._read_exact(2))[0]
        elif length == 127:
            length = struct.unpack("!Q", self._read_exact(8))[0]
        mask = self._read_exact(4) if second & 0x80 else b""
        payload = self._read_exact(length)
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return first & 0x0F, payload

    def next(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            self._sock.settimeout(remaining)
            try:
                opcode, payload = self._frame()
            except (TimeoutError, socket.timeout):
                return False
            except ConnectionError:
                raise MailApiError(f"{self._api.name} stängde sin WebSocket.") from None
            if opcode == 0x9:
                self._send(0xA, payload[:125])
            elif opcode == 0x8:
                raise MailApiError(f"{self._api.name} stängde sin WebSocket.")
            elif opcode in (0x1, 0x2, 0x0):
                return True
        return False

    def __exit__(self, *exc):
        try:
            self._send(0x8)
            self._sock.close()
        except OSError:
            pass
