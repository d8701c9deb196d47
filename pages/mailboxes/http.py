"""A small JSON-over-HTTP helper for the mail catchers' APIs, with Swedish errors."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

REQUEST_TIMEOUT_SECONDS = 15


class MailApiError(AssertionError):
    """The mail catcher could not be reached or answered with an error."""


class MailApi:
    def __init__(self, base_url: str, name: str):
        self.base_url = base_url.rstrip("/")
        self.name = name  # e.g. "MailDev", for messages

    def url(self, path: str, params: dict | None = None) -> str:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return f"{self.base_url}{path}{query}"

    def call(self, method: str, path: str, params: dict | None = None, body: object = None,
             timeout: float = REQUEST_TIMEOUT_SECONDS) -> tuple[int, bytes]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url(path, params), data=data, method=method,
                                         headers={"Content-Type": "application/json"} if data else {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise MailApiError(f"Kunde inte nå e-postfångaren ({self.name}) på {self.base_url}: {reason}") from None

    def json(self, method: str, path: str, params: dict | None = None, body: object = None,
             timeout: float = REQUEST_TIMEOUT_SECONDS, none_on: tuple[int, ...] = ()):
        """The answer's JSON; None when the status is one of `none_on` (e.g. 408 for "not yet")."""
        status, raw = self.call(method, path, params, body, timeout)
        if status in none_on:
            return None
        if status >= 400:
            raise MailApiError(f"E-postfångaren ({self.name}) svarade {status} på {method} {path}: "
                               f"{raw[:200].decode('utf-8', 'replace')}")
        return json.loads(raw) if raw.strip() else None

    def reachable(self, path: str) -> bool:
        try:
            return self.call("GET", path, timeout=5)[0] < 400
        except MailApiError:
            return False
