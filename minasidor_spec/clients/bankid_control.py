"""Client for the fake BankID's test-mode control API: its clock and scripted outcomes."""

from __future__ import annotations

from minasidor_spec.clients.control_api import ControlApi


class BankIDControl(ControlApi):
    name = "Falska BankID"
    root = "/control"
    handshake_name = "minasidor-spec-falskt-bankid"

    def advance_clock(self, seconds: float) -> None:
        self._post("/control/clock", {"advance_seconds": seconds}, "flytta klockan")

    def next_outcome(self, outcome: str, personal_number: str | None = None) -> None:
        self._post(
            "/control/next-outcome",
            {"outcome": outcome, "personalNumber": personal_number},
            f"förbereda utfallet {outcome}",
        )

    def next_error(self, error_code: str) -> None:
        """The next RP API call fails with this errorCode (maintenance, internalError, ...)."""
        self._post("/control/next-error", {"errorCode": error_code}, f"förbereda felet {error_code}")
