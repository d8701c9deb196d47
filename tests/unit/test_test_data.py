"""Customers a scenario uses up: made by [provisioning] (a command or a URL) or test mode, else
taken once each from the profile's pool, remembered across runs in a state file."""

from __future__ import annotations

import json
import sys
import threading

import pytest
from flask import Flask, jsonify, request
from werkzeug.serving import make_server

from minasidor_spec.target.customers import (
    COMPANY_WITHOUT_EMAIL,
    PRIVATE_WITHOUT_EMAIL,
    WITH_EMAIL_WITHOUT_PASSWORD,
    KnownCustomer,
)
from minasidor_spec.target.deployment import Customers, Portal, Target
from minasidor_spec.target.test_data import TEST_MODE_BATCH, ProvisioningError, TestData


class NoControlApi:
    def available(self) -> bool:
        return False


class ControlApiInTestMode:
    def __init__(self):
        self.made = []

    def available(self) -> bool:
        return True

    def create_customers(self, kind: str, count: int, email: bool = False) -> list[dict]:
        self.requests = getattr(self, "requests", 0) + 1
        made = []
        for _ in range(count):
            self.made.append((kind, email))
            made.append({"kundnummer": f"9{len(self.made):06d}", "name": "Testkund", "personnummer": "191212121212"})
        return made


def _pool(tmp_path, size: int = 2, **more) -> Target:
    pool = [KnownCustomer(PRIVATE_WITHOUT_EMAIL, f"31000{n}", f"Kund {n}") for n in range(1, size + 1)]
    return Target(
        Portal("https://staging.example.se"),
        customers=Customers(
            known={PRIVATE_WITHOUT_EMAIL: pool}, state_path=tmp_path / "staging.tillstand.json", **more
        ),
    )


def test_a_pool_gives_each_customer_once_across_runs_and_says_when_it_is_empty(tmp_path):
    target = _pool(tmp_path)
    assert TestData(target, NoControlApi()).take(PRIVATE_WITHOUT_EMAIL).kundnummer == "310001"
    assert TestData(target, NoControlApi()).take(PRIVATE_WITHOUT_EMAIL).kundnummer == "310002"  # the next run
    assert json.loads(target.customers.state_path.read_text(encoding="utf-8")) == {
        "used": {PRIVATE_WITHOUT_EMAIL: ["310001", "310002"]}
    }
    with pytest.raises(pytest.skip.Exception, match="ingen oanvänd testkund med rollen 'privatkund utan e-postadress'"):
        TestData(target, NoControlApi()).take(PRIVATE_WITHOUT_EMAIL)


def test_test_mode_makes_a_fresh_customer_of_the_kind_the_role_needs(tmp_path):
    control = ControlApiInTestMode()
    customer = TestData(_pool(tmp_path), control).take(WITH_EMAIL_WITHOUT_PASSWORD)
    assert set(control.made) == {("privat", True)} and customer.role == WITH_EMAIL_WITHOUT_PASSWORD
    assert not (tmp_path / "staging.tillstand.json").exists()  # the pool is left alone


def test_test_mode_makes_customers_in_batches_and_never_gives_one_twice(tmp_path):
    control = ControlApiInTestMode()
    data = TestData(_pool(tmp_path), control)
    taken = [data.take(PRIVATE_WITHOUT_EMAIL).kundnummer for _ in range(TEST_MODE_BATCH + 1)]
    assert len(set(taken)) == len(taken)
    assert control.requests == 2  # one batch, then the next when it ran out
    data.take(COMPANY_WITHOUT_EMAIL)
    assert control.requests == 3 and control.made[-1] == ("foretag", False)  # a role has its own batch


def test_a_provisioning_command_gets_the_role_and_prints_the_customer(tmp_path):
    script = tmp_path / "ny_kund.py"
    script.write_text(
        "import json, sys\nprint(json.dumps({'kundnummer': '777001', 'name': 'Ny ' + sys.argv[1],"
        " 'personnummer': '191212121212', 'hobby': 'ignored'}))\n",
        encoding="utf-8",
    )
    target = _pool(tmp_path, provisioning={"command": f"{sys.executable} {script}"})
    customer = TestData(target, ControlApiInTestMode()).take(PRIVATE_WITHOUT_EMAIL)
    assert (customer.kundnummer, customer.name) == ("777001", "Ny privatkund utan e-postadress")


def test_a_provisioning_command_that_fails_says_so(tmp_path):
    target = _pool(tmp_path, provisioning={"command": f"{sys.executable} -c print(42)"})
    with pytest.raises(ProvisioningError, match="kundnummer, name, personnummer"):
        TestData(target, NoControlApi()).take(PRIVATE_WITHOUT_EMAIL)


def test_a_provisioning_url_is_posted_the_role(tmp_path):
    app = Flask("testdata")

    @app.post("/kunder")
    def new_customer():
        return jsonify(
            kundnummer="888001", name=request.get_json()["role"], personnummer="191212121212", email="ny@example.se"
        )

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        target = _pool(tmp_path, provisioning={"url": f"http://127.0.0.1:{server.port}/kunder"})
        customer = TestData(target, NoControlApi()).take(WITH_EMAIL_WITHOUT_PASSWORD)
    finally:
        server.shutdown()
    assert (customer.kundnummer, customer.name, customer.email) == (
        "888001",
        WITH_EMAIL_WITHOUT_PASSWORD,
        "ny@example.se",
    )
