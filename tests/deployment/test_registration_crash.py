"""Registrations under load, the stack killed (kill -9) at a random point, started again: no
address is stored without its registration mail, every registration that was answered is
stored, and each customer's retry of the same registration succeeds (H9, H10)."""

from __future__ import annotations

import random
import re
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from reference_app.embedded import EmbeddedStack

ROUNDS, CUSTOMERS = 3, 10
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
SEED = random.randrange(1 << 30)


class Answers:
    """Counts the registrations answered, so the stack can be killed once a chosen number were."""

    def __init__(self):
        self.answered: dict[str, int] = {}
        self.changed = threading.Condition()

    def note(self, kundnummer: str, status: int) -> None:
        with self.changed:
            self.answered[kundnummer] = status
            self.changed.notify_all()

    def wait_for(self, count: int) -> None:
        with self.changed:
            self.changed.wait_for(lambda: len(self.answered) >= count, timeout=30)


def _register(portal: str, customer: dict, number: int, answers: Answers | None = None) -> int | None:
    """One customer registering from an address of its own (the portal trusts one proxy here)."""
    headers = {"X-Forwarded-For": f"10.0.{number // 250}.{number % 250 + 1}"}
    try:
        with httpx.Client(base_url=portal, headers=headers, timeout=30) as client:
            token = CSRF.search(client.get("/registrera-e-post").text).group(1)
            status = client.post(
                "/registrera-e-post",
                data={
                    "csrf_token": token,
                    "kundnummer": customer["kundnummer"],
                    "personnummer": f"{customer['personnummer'][:8]}-{customer['personnummer'][8:]}",
                    "epost": customer["address"],
                    "epost_igen": customer["address"],
                },
            ).status_code
    except (httpx.HTTPError, AttributeError):  # killed under it
        return None
    if answers is not None:
        answers.note(customer["kundnummer"], status)
    return status


def _stored(data: Path, customers: list[dict]) -> dict[str, str]:
    """The addresses stored for `customers` (kundnummer -> address)."""
    with sqlite3.connect(f"file:{data / 'portal.db'}?mode=ro", uri=True) as conn:
        stored = dict(conn.execute("SELECT kundnummer, email FROM customers WHERE email IS NOT NULL").fetchall())
    return {c["kundnummer"]: stored[c["kundnummer"]] for c in customers if c["kundnummer"] in stored}


def _mailed(data: Path) -> set[str]:
    with sqlite3.connect(f"file:{data / 'mail.db'}?mode=ro", uri=True) as conn:
        return {to.strip() for (to,) in conn.execute("SELECT to_text FROM messages")}


def _addresses_mailed(data: Path) -> set[str]:
    return {address for text in _mailed(data) for address in re.findall(r"<([^>]+)>", text)}


def test_registrations_are_whole_across_kill_9(tmp_path):
    rng = random.Random(SEED)
    data = tmp_path / "data"
    env = {"MINASIDOR_TRUSTED_PROXIES": "1"}
    everyone: list[dict] = []
    for round_number in range(ROUNDS):
        with EmbeddedStack(str(data), env=env) as stack:
            made = httpx.post(f"{stack.portal_url}/_test/customers", json={"count": CUSTOMERS}).json()
            customers = [{**c, "address": f"reg-{c['kundnummer']}@example.com"} for c in made]
            everyone += customers
            answers, kill_after = Answers(), rng.randrange(CUSTOMERS)
            with ThreadPoolExecutor(CUSTOMERS) as pool:
                for number, customer in enumerate(customers):
                    pool.submit(_register, stack.portal_url, customer, round_number * 100 + number, answers)
                answers.wait_for(kill_after)
                stack.process.kill()  # kill -9, with the other registrations in flight
        with EmbeddedStack(str(data), env=env) as stack:
            stored, mailed = _stored(data, customers), _addresses_mailed(data)
            context = f"(frö {SEED}, runda {round_number}, dödad efter {kill_after} svar)"
            assert [a for a in stored.values() if a not in mailed] == [], f"adress utan e-post {context}"
            answered = [c for c in customers if answers.answered.get(c["kundnummer"]) == 200]
            assert [c["kundnummer"] for c in answered if c["kundnummer"] not in stored] == [], context
            retries = [_register(stack.portal_url, c, round_number * 100 + 50 + n) for n, c in enumerate(customers)]
            assert retries == [200] * CUSTOMERS, f"en ny registrering med samma uppgifter nekades {context}"
    assert _stored(data, everyone) == {c["kundnummer"]: c["address"] for c in everyone}
    assert {c["address"] for c in everyone} <= _addresses_mailed(data)
