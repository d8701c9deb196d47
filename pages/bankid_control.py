"""Client for the fake BankID's test-mode control API: its clock and scripted outcomes."""

from playwright.sync_api import APIRequestContext


class BankIDControlUnavailable(RuntimeError):
    pass


class BankIDControl:
    def __init__(self, request: APIRequestContext):
        self.request = request

    def available(self) -> bool:
        return self.request.post("/control/clock", data={"advance_seconds": 0}).ok

    def _post(self, path: str, body: dict) -> None:
        response = self.request.post(path, data=body)
        if not response.ok:
            raise BankIDControlUnavailable(f"Falska BankID svarade {response.status} på {path}: {response.text()[:200]}")

    def advance_clock(self, seconds: float) -> None:
        self._post("/control/clock", {"advance_seconds": seconds})

    def next_outcome(self, outcome: str, personal_number: str | None = None) -> None:
        self._post("/control/next-outcome", {"outcome": outcome, "personalNumber": personal_number})

    def next_error(self, error_code: str) -> None:
        """The next RP API call fails with this errorCode (maintenance, internalError, ...)."""
        self._post("/control/next-error", {"errorCode": error_code})
