"""BankID's animated QR code: bankid.<qrStartToken>.<qrTime>.<HMAC-SHA256(qrStartSecret, qrTime)>.
Shared by the portal (which shows it) and the fake BankID (which checks what the app read)."""

from __future__ import annotations

import hashlib
import hmac

MAX_QR_CHARS = 200  # token (36) + time + code (64) and dots, with room to spare


def qr_auth_code(qr_start_secret: str, qr_time: int) -> str:
    return hmac.new(qr_start_secret.encode("utf-8"), str(qr_time).encode("ascii"), hashlib.sha256).hexdigest()


def qr_data(qr_start_token: str, qr_start_secret: str, qr_time: int) -> str:
    return f"bankid.{qr_start_token}.{qr_time}.{qr_auth_code(qr_start_secret, qr_time)}"


def parse_qr_data(text: str) -> tuple[str, int, str] | None:
    """(qrStartToken, qrTime, qrAuthCode), or None when it is no BankID QR code."""
    text = (text or "").strip()
    if not text.isascii() or len(text) > MAX_QR_CHARS:
        return None
    parts = text.split(".")
    if len(parts) != 4 or parts[0] != "bankid" or not parts[2].isdigit() or len(parts[2]) > 9:
        return None
    return parts[1], int(parts[2]), parts[3]
