"""The other portal's BankID: a small RP API v6.0 client (httpx) and the animated QR code."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import io
import time
from urllib.parse import quote

import httpx
import segno

ASKED = "Inloggning på Mina sidor hos Kraftbolaget"

# BankID's recommended texts (current or older, as portals in use show them), except where the
# portal words a state its own way (a QR code not read in time): faithful either way.
PENDING = {
    "outstandingTransaction": "Starta BankID-appen.",
    "started": "Söker efter BankID, det kan ta en liten stund …",
    "userSign": "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.",
}
FAILED = {
    "userCancel": "Åtgärden avbruten.",
    "cancelled": "Åtgärden avbröts. Försök igen.",
    "startFailed": "QR-koden skannades inte i tid. Försök igen.",
    "expiredTransaction": (
        "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Försök sedan igen."
    ),
    "certificateErr": "Det BankID du försöker använda är för gammalt eller spärrat. Skaffa ett nytt hos din bank.",
}
CANCELLED_ON_PAGE = "Inloggningen avbröts."
SERVICE_DOWN = "Internt tekniskt fel. Försök igen."


class BankIDDown(RuntimeError):
    pass


class RelyingParty:
    def __init__(self, api_url: str):
        self.client = httpx.Client(base_url=api_url.rstrip("/") + "/", timeout=10)

    def _call(self, endpoint: str, body: dict) -> dict:
        try:
            response = self.client.post(endpoint, json=body)
        except httpx.HTTPError as error:
            raise BankIDDown(str(error)) from None
        if response.status_code >= 500 or response.status_code in (401, 408, 429):
            raise BankIDDown(response.text)
        response.raise_for_status()
        return response.json()

    def auth(self, ip: str) -> dict:
        asked = base64.b64encode(ASKED.encode()).decode()
        return self._call("auth", {"endUserIp": ip, "userVisibleData": asked})

    def collect(self, order_ref: str) -> dict:
        return self._call("collect", {"orderRef": order_ref})

    def cancel(self, order_ref: str) -> None:
        with contextlib.suppress(BankIDDown, httpx.HTTPStatusError):
            self._call("cancel", {"orderRef": order_ref})


def qr_svg(order: dict) -> bytes:
    """The code of this second: bankid.<token>.<seconds>.<HMAC-SHA256 of seconds>."""
    seconds = str(int(time.time() - order["started"]))
    code = hmac.new(order["qrStartSecret"].encode(), seconds.encode(), hashlib.sha256).hexdigest()
    out = io.BytesIO()
    segno.make(f"bankid.{order['qrStartToken']}.{seconds}.{code}", error="l").save(out, kind="svg", scale=4, border=4)
    return out.getvalue()


def autostart_link(token: str, back: str | None) -> str:
    """BankID's universal link on a phone (back to `back` afterwards), bankid:/// on a computer."""
    if back:
        return f"https://app.bankid.com/?autostarttoken={token}&redirect={quote(back, safe='')}"
    return f"bankid:///?autostarttoken={token}&redirect=null"


PENDING_STATE, FAILED_STATE, DOWN_STATE, COMPLETE_STATE = "pending", "failed", "down", "complete"


def follow(relying_party: RelyingParty, order: dict | None) -> tuple[str, str]:
    """Where the order stands: (pending, BankID's message), (failed or down, why), or (complete,
    the personnummer BankID identified)."""
    if order is None:
        return FAILED_STATE, CANCELLED_ON_PAGE
    try:
        answer = relying_party.collect(order["orderRef"])
    except BankIDDown:
        return DOWN_STATE, SERVICE_DOWN
    if answer["status"] == "pending":
        return PENDING_STATE, PENDING.get(answer.get("hintCode"), PENDING["outstandingTransaction"])
    if answer["status"] == "failed":
        return FAILED_STATE, FAILED.get(answer.get("hintCode"), SERVICE_DOWN)
    return COMPLETE_STATE, answer["completionData"]["user"]["personalNumber"]
