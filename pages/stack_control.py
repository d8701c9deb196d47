"""Client for the reference stack's test-mode control API (clock, fresh test customers)."""

from __future__ import annotations

from playwright.sync_api import APIRequestContext


class StackControlUnavailable(RuntimeError):
    pass


class StackControl:
    def __init__(self, request: APIRequestContext):
        self.request = request

    def available(self) -> bool:
        return self.request.get("/_test/clock").ok

    def create_customer(self, kind: str, email: bool = False, password: str | None = None) -> dict:
        """A fresh customer that no other scenario uses."""
        response = self.request.post("/_test/customers", data={"kind": kind, "email": email, "password": password})
        if not response.ok:
            raise StackControlUnavailable(f"Målmiljön kunde inte skapa en testkund (HTTP {response.status}).")
        return response.json()

    def advance_clock(self, seconds: float) -> None:
        response = self.request.post("/_test/clock", data={"advance_seconds": seconds})
        if not response.ok:
            raise StackControlUnavailable(
                f"Målmiljön kunde inte flytta klockan (HTTP {response.status}): {response.text()[:200]}"
            )
