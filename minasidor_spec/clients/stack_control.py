"""Client for the reference stack's test-mode control API (clock, fresh test customers)."""

from __future__ import annotations

from minasidor_spec.clients.control_api import ControlApi


class StackControl(ControlApi):
    root = "/_test"
    handshake_name = "minasidor-spec-testlage"

    def create_customer(self, kind: str, email: bool = False, password: str | None = None) -> dict:
        """A fresh customer that no other scenario uses."""
        body = {"kind": kind, "email": email, "password": password}
        return self._post("/_test/customers", body, "skapa en testkund").json()

    def create_customers(self, kind: str, count: int, email: bool = False) -> list[dict]:
        """`count` fresh customers in one request."""
        body = {"kind": kind, "email": email, "count": count}
        return self._post("/_test/customers", body, "skapa testkunder").json()

    def advance_clock(self, seconds: float) -> None:
        self._post("/_test/clock", {"advance_seconds": seconds}, "flytta klockan")
