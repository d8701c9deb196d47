"""Orders of the fake BankID in SQLite, with the real service's lifecycle read off one clock.

States as collect reports them: pending (outstandingTransaction -> started -> userSign),
failed (startFailed, expiredTransaction, userCancel, cancelled, certificateErr, ...) or
complete. Test persons and scripted outcomes live here too."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import sqlite3
import uuid

from ..clock import Clock
from ..sqlite import PerThread, add_missing_columns

ORDER_LIFETIME_SECONDS = 180  # then expiredTransaction
START_TIMEOUT_SECONDS = 30  # QR not read / app not started: startFailed
QR_MAX_AGE_SECONDS = 3  # a code shown for a second, read by a camera, sent over the network
COMPLETE_COLLECTABLE_SECONDS = 180
FAILED_COLLECTABLE_SECONDS = 300
SCRIPTABLE_OUTCOMES = ("userCancel", "certificateErr", "startFailed", "expiredTransaction")
# Errors of the service itself, with BankID's HTTP statuses; scriptable for tests.
SCRIPTABLE_ERRORS = {
    "unauthorized": 401,
    "requestTimeout": 408,
    "tooManyRequests": 429,
    "internalError": 500,
    "maintenance": 503,
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    order_ref TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                    -- auth or sign
    request TEXT NOT NULL,                 -- the RP's JSON request
    auto_start_token TEXT NOT NULL UNIQUE,
    qr_start_token TEXT NOT NULL UNIQUE,
    qr_start_secret TEXT NOT NULL,
    created_at REAL NOT NULL,
    opened_at REAL,                        -- the app found the order (QR read or autostart)
    personal_number TEXT,                  -- chosen in the app (userSign from then on)
    status TEXT NOT NULL DEFAULT 'pending',
    hint_code TEXT NOT NULL DEFAULT 'outstandingTransaction',
    ended_at REAL,
    completion TEXT,
    collected_after_end INTEGER NOT NULL DEFAULT 0,
    cancelled_by_rp INTEGER NOT NULL DEFAULT 0,
    device_id TEXT,                        -- the app that picked the order up; no other may use it
    device_ip TEXT,                        -- that device's address, reported on completion
    call_initiator TEXT                    -- phone/auth, phone/sign: user or RP (NULL: not by phone)
);
CREATE TABLE IF NOT EXISTS persons (
    personal_number TEXT PRIMARY KEY,
    given_name TEXT NOT NULL,
    surname TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scripted_errors (
    id INTEGER PRIMARY KEY,
    error_code TEXT NOT NULL               -- the next RP API call answers with this error
);
CREATE TABLE IF NOT EXISTS scripted_outcomes (
    id INTEGER PRIMARY KEY,
    personal_number TEXT,                  -- NULL: the next order of anyone
    outcome TEXT NOT NULL
);
"""

TEST_PERSONS = [
    ("191212121212", "Tolvan", "Tolvansson"),
    ("198112189876", "Elsa", "Ekström"),
    ("200001022384", "Okänd", "Testperson"),  # exists in BankID but is no customer of Mina sidor
]


WAITING_LIST_SECONDS = 30  # test mode's list of orders waiting to be picked up


class OrderError(Exception):
    """An RP API error: errorCode, details, HTTP status."""

    def __init__(self, code: str, details: str, status: int = 400):
        super().__init__(details)
        self.code, self.details, self.status = code, details, status


def _wanted_person(row: sqlite3.Row) -> str | None:
    """The person an order is for: phone orders name them, others may require one."""
    request = json.loads(row["request"])
    if row["call_initiator"]:
        return request.get("personalNumber")
    return (request.get("requirement") or {}).get("personalNumber")


class Device:
    """A simulated phone: an id kept in the app's cookie, and the address it calls from."""

    def __init__(self, device_id: str, ip: str):
        self.id, self.ip = device_id, ip

    @property
    def uhi(self) -> str:
        """BankID's unique hardware identifier: the same phone always gives the same one."""
        return base64.urlsafe_b64encode(hashlib.sha256(self.id.encode()).digest()[:18]).decode("ascii")


class OrderStore:
    def __init__(self, path: str):
        self.path = path
        self.clock = Clock(path)
        self._conn = PerThread(path)
        conn = self._conn()
        conn.executescript(SCHEMA)
        add_missing_columns(conn, "orders", {"device_id": "TEXT", "device_ip": "TEXT", "call_initiator": "TEXT"})
        conn.executemany("INSERT OR IGNORE INTO persons VALUES (?, ?, ?)", TEST_PERSONS)

    def forget_test_state(self) -> None:
        """A normal start: real time, nothing scripted (a test run may have left both behind)."""
        self.clock.reset()
        self._conn().execute("DELETE FROM scripted_errors")
        self._conn().execute("DELETE FROM scripted_outcomes")

    # --- persons and scripted outcomes ------------------------------------------------
    def persons(self) -> list[sqlite3.Row]:
        return self._conn().execute("SELECT * FROM persons ORDER BY surname, given_name").fetchall()

    def script(self, outcome: str, personal_number: str | None = None) -> None:
        if outcome not in SCRIPTABLE_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(SCRIPTABLE_OUTCOMES)}")
        self._conn().execute(
            "INSERT INTO scripted_outcomes (personal_number, outcome) VALUES (?, ?)", (personal_number, outcome)
        )

    def script_error(self, error_code: str) -> None:
        if error_code not in SCRIPTABLE_ERRORS:
            raise ValueError(f"errorCode must be one of {', '.join(SCRIPTABLE_ERRORS)}")
        self._conn().execute("INSERT INTO scripted_errors (error_code) VALUES (?)", (error_code,))

    def raise_scripted_error(self) -> None:
        """Answer this RP call with the next scripted service error, if any."""
        row = self._conn().execute("SELECT id, error_code FROM scripted_errors ORDER BY id LIMIT 1").fetchone()
        if row is None:
            return
        self._conn().execute("DELETE FROM scripted_errors WHERE id = ?", (row["id"],))
        raise OrderError(
            row["error_code"], f"Scripted {row['error_code']} (test mode)", SCRIPTABLE_ERRORS[row["error_code"]]
        )

    def _take_script(self, personal_number: str | None, outcomes: tuple[str, ...]) -> str | None:
        marks = ",".join("?" * len(outcomes))
        row = (
            self._conn()
            .execute(
                f"SELECT id, outcome FROM scripted_outcomes WHERE outcome IN ({marks}) AND"
                " (personal_number IS NULL OR personal_number = ?) ORDER BY id LIMIT 1",
                (*outcomes, personal_number),
            )
            .fetchone()
        )
        if row is None:
            return None
        self._conn().execute("DELETE FROM scripted_outcomes WHERE id = ?", (row["id"],))
        return row["outcome"]

    # --- the RP's side ----------------------------------------------------------------
    def create(self, kind: str, request: dict, call_initiator: str | None = None) -> dict:
        wanted = (
            request.get("personalNumber")
            if call_initiator
            else (request.get("requirement") or {}).get("personalNumber")
        )
        running = self._pending_for(wanted) if wanted else []
        if running:
            # As BankID documents it: the order in progress is aborted, and no new one is created.
            for order_ref in running:
                self._end(order_ref, "failed", "cancelled")
            raise OrderError("alreadyInProgress", "Order already in progress for pno")
        order = {
            "orderRef": str(uuid.uuid4()),
            "autoStartToken": str(uuid.uuid4()),
            "qrStartToken": str(uuid.uuid4()),
            "qrStartSecret": str(uuid.uuid4()),
        }
        self._conn().execute(
            "INSERT INTO orders (order_ref, kind, request, auto_start_token, qr_start_token, qr_start_secret, created_at,"
            " call_initiator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order["orderRef"],
                kind,
                json.dumps(request),
                order["autoStartToken"],
                order["qrStartToken"],
                order["qrStartSecret"],
                self.clock.now(),
                call_initiator,
            ),
        )
        scripted = self._take_script(None, ("startFailed", "expiredTransaction"))
        if scripted:
            self._end(order["orderRef"], "failed", scripted)
        return order

    def _pending_for(self, personal_number: str) -> list[str]:
        """The orders in progress for this person (asked for by the RP, or chosen in the app)."""
        found = []
        for row in self._conn().execute("SELECT * FROM orders WHERE status = 'pending'").fetchall():
            row = self._refresh(row)
            wanted = _wanted_person(row)
            if row["status"] == "pending" and personal_number in (row["personal_number"], wanted):
                found.append(row["order_ref"])
        return found

    def collect(self, order_ref: str) -> dict:
        row = self._row(order_ref)
        if row is None or row["cancelled_by_rp"]:
            raise OrderError("invalidParameters", "No such order")
        row = self._refresh(row)
        if row["status"] != "pending":
            keep = COMPLETE_COLLECTABLE_SECONDS if row["status"] == "complete" else FAILED_COLLECTABLE_SECONDS
            if row["collected_after_end"] or self.clock.now() - row["ended_at"] > keep:
                raise OrderError("invalidParameters", "No such order")
            self._conn().execute("UPDATE orders SET collected_after_end = 1 WHERE order_ref = ?", (order_ref,))
        result = {"orderRef": order_ref, "status": row["status"]}
        if row["status"] != "complete":
            result["hintCode"] = row["hint_code"]
        else:
            result["completionData"] = json.loads(row["completion"])
        return result

    def cancel(self, order_ref: str) -> None:
        row = self._row(order_ref)
        if row is None or row["cancelled_by_rp"]:
            raise OrderError("invalidParameters", "No such order")
        self._conn().execute("UPDATE orders SET cancelled_by_rp = 1 WHERE order_ref = ?", (order_ref,))
        if row["status"] == "pending":
            self._end(order_ref, "failed", "cancelled")

    # --- the app's side ----------------------------------------------------------------
    def open_by_qr(self, qr_start_token: str, qr_time: int, qr_auth_code: str, device: Device) -> sqlite3.Row:
        from ..bankid_qr import qr_auth_code as expected_code

        row = self._conn().execute("SELECT * FROM orders WHERE qr_start_token = ?", (qr_start_token,)).fetchone()
        if row is None:
            raise OrderError("unknownQr", "QR-koden hör inte till någon pågående identifiering.")
        if not secrets.compare_digest(expected_code(row["qr_start_secret"], qr_time), qr_auth_code):
            raise OrderError("forgedQr", "QR-koden är inte äkta.")
        elapsed = int(self.clock.now() - row["created_at"])
        if not 0 <= elapsed - qr_time <= QR_MAX_AGE_SECONDS:
            raise OrderError("staleQr", "QR-koden är för gammal. Läs av den QR-kod som visas just nu.")
        return self._open(row, device)

    def waiting(self, seconds: int = WAITING_LIST_SECONDS) -> list[sqlite3.Row]:
        """Orders no app has picked up yet, started in the last `seconds` (test mode's list)."""
        since = self.clock.now() - seconds
        rows = (
            self._conn()
            .execute(
                "SELECT * FROM orders WHERE status = 'pending' AND device_id IS NULL AND call_initiator IS NULL"
                " AND created_at >= ? ORDER BY created_at DESC",
                (since,),
            )
            .fetchall()
        )
        return [row for row in (self._refresh(r) for r in rows) if row["status"] == "pending"]

    def open_waiting(self, order_ref: str, device: Device) -> sqlite3.Row:
        """Pick an order up from test mode's list (as if its QR code had been read)."""
        row = self._row(order_ref)
        if row is None or row["device_id"] is not None or row["call_initiator"] is not None:
            raise OrderError("unknownOrder", "Den identifieringen väntar inte längre. Starta en ny hos tjänsten.")
        return self._open(row, device)

    def open_by_autostart(self, auto_start_token: str, device: Device) -> sqlite3.Row:
        row = self._conn().execute("SELECT * FROM orders WHERE auto_start_token = ?", (auto_start_token,)).fetchone()
        if row is None:
            raise OrderError("unknownToken", "Startlänken hör inte till någon pågående identifiering.")
        return self._open(row, device)

    def _open(self, row: sqlite3.Row, device: Device) -> sqlite3.Row:
        row = self._refresh(row)
        if row["status"] != "pending":
            raise OrderError("orderEnded", "Identifieringen är redan avslutad. Starta en ny hos tjänsten.")
        # The first device to pick the order up owns it (atomically: two phones cannot both win).
        self._conn().execute(
            "UPDATE orders SET opened_at = COALESCE(opened_at, ?), hint_code = 'started', device_id = ?, device_ip = ?"
            " WHERE order_ref = ? AND status = 'pending' AND device_id IS NULL",
            (self.clock.now(), device.id, device.ip, row["order_ref"]),
        )
        return self.for_device(row["order_ref"], device)

    def for_device(self, order_ref: str, device: Device) -> sqlite3.Row:
        """A pending order, if this device picked it up; OrderError otherwise."""
        row = self._pending(order_ref)
        if row["device_id"] != device.id:
            raise OrderError(
                "otherDevice",
                "Identifieringen har redan startats på en annan enhet. Starta en ny identifiering hos tjänsten.",
            )
        return row

    def choose_person(self, order_ref: str, personal_number: str, device: Device) -> sqlite3.Row:
        """The tester picked an ID: the app now asks for the security code (userSign)."""
        row = self.for_device(order_ref, device)
        if (
            self._conn().execute("SELECT 1 FROM persons WHERE personal_number = ?", (personal_number,)).fetchone()
            is None
        ):
            raise OrderError("unknownPerson", "Det finns inget BankID för den personen i appen.")
        wanted = _wanted_person(row)
        if wanted and wanted != personal_number:
            raise OrderError("wrongPerson", "Tjänsten har begärt en annan persons BankID.")
        for other in (
            self._conn()
            .execute(
                "SELECT order_ref FROM orders WHERE status = 'pending' AND personal_number = ? AND order_ref != ?",
                (personal_number, order_ref),
            )
            .fetchall()
        ):
            self._end(other["order_ref"], "failed", "cancelled")  # a newer order replaces it
        self._conn().execute(
            "UPDATE orders SET personal_number = ?, hint_code = 'userSign' WHERE order_ref = ?",
            (personal_number, order_ref),
        )
        return self._row(order_ref)

    def open_call(self, personal_number: str, device: Device) -> sqlite3.Row:
        """The person opened the app during a call: the newest phone order waiting for them."""
        for row in (
            self._conn()
            .execute(
                "SELECT * FROM orders WHERE status = 'pending' AND call_initiator IS NOT NULL AND device_id IS NULL"
                " ORDER BY created_at DESC"
            )
            .fetchall()
        ):
            row = self._refresh(row)
            if row["status"] == "pending" and _wanted_person(row) == personal_number:
                opened = self._open(row, device)
                self._conn().execute(
                    "UPDATE orders SET hint_code = 'userCallConfirm' WHERE order_ref = ?", (opened["order_ref"],)
                )
                return self._row(opened["order_ref"])
        raise OrderError("noCall", "Det finns ingen identifiering eller underskrift via telefon för dig just nu.")

    def confirm_call(self, order_ref: str, device: Device, confirmed: bool) -> None:
        """The app's question "are you on a call with ...?": yes goes on to the security code."""
        row = self.for_device(order_ref, device)
        if row["call_initiator"] is None or row["hint_code"] != "userCallConfirm":
            raise OrderError("noCall", "Den här identifieringen görs inte via telefon.")
        if not confirmed:
            self._end(order_ref, "failed", "userDeclinedCall")
            return
        self._conn().execute(
            "UPDATE orders SET personal_number = ?, hint_code = 'userSign' WHERE order_ref = ?",
            (_wanted_person(row), order_ref),
        )

    def identify(self, order_ref: str, device: Device) -> str:
        """Identifiera: complete, unless an outcome was scripted for this person."""
        row = self.for_device(order_ref, device)
        if row["personal_number"] is None:
            raise OrderError("noPerson", "Välj ett BankID först.")
        scripted = self._take_script(row["personal_number"], ("userCancel", "certificateErr"))
        if scripted:
            self._end(order_ref, "failed", scripted)
            return scripted
        self._end(order_ref, "complete", None, json.dumps(self._completion(row, device)))
        return "complete"

    def user_cancel(self, order_ref: str, device: Device) -> None:
        self.for_device(order_ref, device)
        self._end(order_ref, "failed", "userCancel")

    # --- helpers -------------------------------------------------------------------------
    def _row(self, order_ref: str) -> sqlite3.Row | None:
        return self._conn().execute("SELECT * FROM orders WHERE order_ref = ?", (order_ref,)).fetchone()

    def _pending(self, order_ref: str) -> sqlite3.Row:
        row = self._row(order_ref)
        row = self._refresh(row) if row else None
        if row is None or row["status"] != "pending":
            raise OrderError("orderEnded", "Identifieringen är redan avslutad. Starta en ny hos tjänsten.")
        return row

    def _refresh(self, row: sqlite3.Row) -> sqlite3.Row:
        """Apply what time has done to a pending order (start timeout, lifetime)."""
        if row["status"] != "pending":
            return row
        age = self.clock.now() - row["created_at"]
        if age > ORDER_LIFETIME_SECONDS:
            self._end(row["order_ref"], "failed", "expiredTransaction")
        elif row["opened_at"] is None and age > START_TIMEOUT_SECONDS:
            self._end(row["order_ref"], "failed", "startFailed")
        else:
            return row
        return self._row(row["order_ref"])

    def _end(self, order_ref: str, status: str, hint_code: str | None, completion: str | None = None) -> None:
        self._conn().execute(
            "UPDATE orders SET status = ?, hint_code = COALESCE(?, hint_code), completion = ?, ended_at = ?"
            " WHERE order_ref = ? AND status = 'pending'",
            (status, hint_code, completion, self.clock.now(), order_ref),
        )

    def _completion(self, row: sqlite3.Row, device: Device) -> dict:
        person = (
            self._conn()
            .execute("SELECT * FROM persons WHERE personal_number = ?", (row["personal_number"],))
            .fetchone()
        )
        signature = (
            f'<?xml version="1.0" encoding="UTF-8"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#">'
            f"<SignedInfo>fake-bankid {row['order_ref']}</SignedInfo></Signature>"
        )
        completion = {
            "user": {
                "personalNumber": person["personal_number"],
                "name": f"{person['given_name']} {person['surname']}",
                "givenName": person["given_name"],
                "surname": person["surname"],
            },
            "device": {"ipAddress": device.ip, "uhi": device.uhi},
            "bankIdIssueDate": "2024-05-01Z",  # "YYYY-MM-DD with a UTC time zone offset", as the live service sends it
            "stepUp": {"mrtd": False},
            "signature": base64.b64encode(signature.encode("utf-8")).decode("ascii"),
            "ocspResponse": base64.b64encode(secrets.token_bytes(64)).decode("ascii"),
        }
        if json.loads(row["request"]).get("returnRisk"):
            completion["risk"] = "low"  # the simulated app is always a known phone on a calm day
        return completion

    def return_url(self, order_ref: str) -> str | None:
        """Where the app goes after this order, when the RP said so (returnUrl)."""
        row = self._row(order_ref)
        return json.loads(row["request"]).get("returnUrl") if row else None
