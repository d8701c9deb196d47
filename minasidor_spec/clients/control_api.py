"""Test-mode control APIs (the reference stack's and the fake BankID's): what the suite may
set up or move there, refused in Swedish when the target does not allow it.

A target has such an API only when it answers the handshake: GET on the API's root gives JSON
with the API's name and a version the suite speaks. A page that merely answers 200 (a
single-page app answers every address so) is not a test mode."""

from __future__ import annotations

from playwright.sync_api import APIRequestContext, APIResponse
from playwright.sync_api import Error as PlaywrightError

VERSIONS = (1,)  # versions of the control APIs this suite speaks


class ControlUnavailable(RuntimeError):
    pass


class ControlApi:
    name = "Målmiljön"  # who answered, for messages
    root = ""  # where the handshake is answered
    handshake_name = ""

    def __init__(self, request: APIRequestContext):
        self.request = request

    def available(self) -> bool:
        """Does the target answer this API's handshake?"""
        try:
            response = self.request.get(self.root, fail_on_status_code=False)
            if not response.ok or "json" not in response.headers.get("content-type", ""):
                return False
            answer = response.json()
        except (PlaywrightError, ValueError):
            return False
        return (
            isinstance(answer, dict) and answer.get("name") == self.handshake_name and answer.get("version") in VERSIONS
        )

    def _post(self, path: str, body: dict, what: str) -> APIResponse:
        response = self.request.post(path, data=body)
        if not response.ok:
            raise ControlUnavailable(
                f"{self.name} kunde inte {what} (HTTP {response.status} på {path}): {response.text()[:200]}"
            )
        return response
