"""Test-mode control APIs (the reference stack's and the fake BankID's): what the suite may
set up or move there, refused in Swedish when the target does not allow it."""

from __future__ import annotations

from playwright.sync_api import APIRequestContext, APIResponse


class ControlUnavailable(RuntimeError):
    pass


class ControlApi:
    name = "Målmiljön"  # who answered, for messages

    def __init__(self, request: APIRequestContext):
        self.request = request

    def _post(self, path: str, body: dict, what: str) -> APIResponse:
        response = self.request.post(path, data=body)
        if not response.ok:
            raise ControlUnavailable(f"{self.name} kunde inte {what} (HTTP {response.status} på {path}): "
                                     f"{response.text()[:200]}")
        return response
