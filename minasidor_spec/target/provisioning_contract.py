"""The contract of a test-data service (`[provisioning]`): provisioning.openapi.json, shipped with
the engine, is its one home (the request, the customer each role answers with, the errors). The
engine checks what it gets against the fields each role requires there; the repository's tests
check an example service (targets/testdata_tjanst.py) against the whole schema."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

CONTRACT = Path(__file__).with_name("provisioning.openapi.json")


@cache
def contract() -> dict:
    return json.loads(CONTRACT.read_text(encoding="utf-8"))


def roles() -> tuple[str, ...]:
    return tuple(contract()["x-roller"])


def schema_of(role: str) -> dict:
    return contract()["components"]["schemas"][contract()["x-roller"][role]]


def missing_fields(role: str, record: object) -> list[str]:
    """The fields `role` requires that `record` lacks (or gives empty); all of them if it is no object."""
    required = schema_of(role)["required"] if role in contract()["x-roller"] else ["kundnummer", "name"]
    if not isinstance(record, dict):
        return list(required)
    return [name for name in required if not isinstance(record.get(name), str) or not record[name].strip()]
