"""Secrets handed to a browser or mailed (session ids, BankID handles, password links) are
kept only as their SHA-256 digest: a copy of the database lets nobody in."""

from __future__ import annotations

import hashlib


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
