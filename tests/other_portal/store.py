"""The other portal's state, in memory (one process): customers, sessions, password links,
BankID orders. Secrets handed out (session ids, links) are kept as their SHA-256 digest."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class Customer:
    kundnummer: str
    name: str
    personnummer: str | None = None
    orgnr: str | None = None
    email: str | None = None
    password_digest: str | None = None

    def check(self, password: str) -> bool:
        return self.password_digest is not None and secrets.compare_digest(
            self.password_digest, _hash(self.kundnummer, password)
        )

    def set_password(self, password: str) -> None:
        self.password_digest = _hash(self.kundnummer, password)


def _hash(salt: str, password: str) -> str:
    return hashlib.scrypt(password.encode(), salt=f"annan-portal:{salt}".encode(), n=2**12, r=8, p=1).hex()


@dataclass
class Session:
    kundnummer: str | None = None
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    flash: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    bankid: dict | None = None


class Store:
    LINK_SECONDS = 30 * 60

    def __init__(self, customers: list[dict]):
        self.lock = threading.Lock()
        self.customers = {
            c["kundnummer"]: Customer(**{k: v for k, v in c.items() if k != "password"}) for c in customers
        }
        for record in customers:
            if record.get("password"):
                self.customers[record["kundnummer"]].set_password(record["password"])
        self.sessions: dict[str, Session] = {}
        self.links: dict[str, tuple[str, float]] = {}  # digest -> (kundnummer, expires)

    def session(self, token: str | None) -> tuple[str, Session]:
        with self.lock:
            if token and digest(token) in self.sessions:
                return token, self.sessions[digest(token)]
            token = secrets.token_urlsafe(24)
            self.sessions[digest(token)] = Session()
            return token, self.sessions[digest(token)]

    def end(self, token: str) -> None:
        with self.lock:
            self.sessions.pop(digest(token), None)

    def renew(self, token: str) -> str:
        """A new session id for the same session (at login)."""
        with self.lock:
            session = self.sessions.pop(digest(token))
            fresh = secrets.token_urlsafe(24)
            self.sessions[digest(fresh)] = session
            return fresh

    def by_username(self, kind: str, value: str) -> Customer | None:
        if kind == "orgnr":
            return next((c for c in self.customers.values() if c.orgnr == value), None)
        return self.customers.get(value)

    def by_personnummer(self, personnummer: str) -> Customer | None:
        return next((c for c in self.customers.values() if c.personnummer == personnummer), None)

    def new_link(self, kundnummer: str) -> str:
        token = secrets.token_urlsafe(32)
        with self.lock:
            self.links = {k: v for k, v in self.links.items() if v[0] != kundnummer}
            self.links[digest(token)] = (kundnummer, time.time() + self.LINK_SECONDS)
        return token

    def link_owner(self, token: str) -> Customer | None:
        kundnummer, expires = self.links.get(digest(token), (None, 0))
        return self.customers.get(kundnummer) if expires > time.time() else None

    def use_link(self, token: str) -> None:
        with self.lock:
            self.links.pop(digest(token), None)
