"""The test-data service's contract (minasidor_spec/provisioning.openapi.json) is one that works:
the example service in targets/ answers every role with a customer the schema accepts, refuses
an unknown role and a call without its token with the schema's error, and the engine takes its
customers through [provisioning] url and [provisioning.access]; a customer that lacks a field its
role requires is refused naming the field."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import httpx
import jsonschema_rs
import pytest

from minasidor_spec.target.access import read_access
from minasidor_spec.target.customers import CONSUMABLE
from minasidor_spec.target.deployment import Customers, Portal, Target
from minasidor_spec.target.provisioning_contract import contract, missing_fields, roles
from minasidor_spec.target.test_data import TestData
from tests.support.little_servers import serving

EXAMPLE = Path(__file__).resolve().parents[2] / "targets" / "testdata_tjanst.py"
TOKEN = "testdata-7731"


def _example():
    spec = importlib.util.spec_from_file_location("testdata_tjanst", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _validator(name: str):
    return jsonschema_rs.validator_for({**contract(), "$ref": f"#/components/schemas/{name}"})


class NoControlApi:
    def available(self) -> bool:
        return False


def test_the_contract_names_the_roles_the_features_use_up():
    assert set(roles()) == set(CONSUMABLE)


def test_the_example_service_keeps_the_contract(app, tmp_path):
    with serving(app) as portal, serving(_example().create_app(portal, TOKEN)) as service:
        bearer = {"Authorization": f"Bearer {TOKEN}"}
        for role in roles():
            answer = httpx.post(service, json={"role": role}, headers=bearer)
            assert answer.status_code == 201, answer.text
            _validator("Kund").validate(answer.json())
            _validator(contract()["x-roller"][role]).validate(answer.json())
        for body, headers, status in (
            ({"role": "admin"}, bearer, 400),
            ({}, bearer, 400),
            ({"role": roles()[0]}, {}, 401),
        ):
            answer = httpx.post(service, json=body, headers=headers)
            assert answer.status_code == status
            _validator("Fel").validate(answer.json())
        access = read_access(
            {"headers": {"Authorization": f"Bearer {TOKEN}"}}, "provisioning.access", tmp_path / "p.toml"
        )
        target = Target(
            Portal("http://portal.test"), customers=Customers(provisioning={"url": service}, provisioning_access=access)
        )
        taken = {role: TestData(target, NoControlApi()).take(role) for role in roles()}
    assert taken["kund med e-postadress utan lösenord"].email
    assert taken["företagskund utan e-postadress"].orgnr and not taken["företagskund utan e-postadress"].email
    assert len({customer.kundnummer for customer in taken.values()}) == len(taken)


@pytest.mark.parametrize(
    ("role", "record", "missing"),
    [
        ("kund med e-postadress utan lösenord", {"kundnummer": "1", "name": "A", "personnummer": "1"}, ["email"]),
        ("företagskund utan e-postadress", {"kundnummer": "1", "name": "A B"}, ["orgnr"]),
        ("privatkund utan e-postadress", [], ["kundnummer", "name", "personnummer"]),
    ],
)
def test_a_customer_without_a_field_its_role_requires_is_named(role, record, missing):
    assert missing_fields(role, record) == missing
