"""Customers that a scenario uses up (it registers their e-mail, or sets their password).
Each is taken once per target: made fresh by the target's `[provisioning]` (a command or a
URL) or its test mode, else the next one of the profile's pool for the role. A pool's used
customers are kept in a state file next to the profile, so the next run takes the next one,
and a scenario is skipped, saying so, when the pool is empty."""

from __future__ import annotations

import fcntl
import json
import shlex
import subprocess
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager

import httpx
import pytest

from minasidor_spec.clients.stack_control import StackControl
from minasidor_spec.common.scenario_items import template
from minasidor_spec.target.customers import (
    COMPANY_WITHOUT_EMAIL,
    PRIVATE,
    PRIVATE_WITHOUT_EMAIL,
    WITH_EMAIL_WITHOUT_PASSWORD,
    KnownCustomer,
)
from minasidor_spec.target.deployment import Target
from minasidor_spec.target.provisioning_contract import CONTRACT, missing_fields

# What the reference stack's test mode makes for each role: (kind, with an e-mail address).
TEST_MODE_KINDS = {
    PRIVATE_WITHOUT_EMAIL: ("privat", False),
    COMPANY_WITHOUT_EMAIL: ("foretag", False),
    WITH_EMAIL_WITHOUT_PASSWORD: ("privat", True),
}
PROVISIONING_TIMEOUT_SECONDS = 60
# Test mode makes a role's customers this many at a time (one request), the first time the role
# is asked for and whenever the batch runs out: about what one run of the features takes.
TEST_MODE_BATCH = 8


class ProvisioningError(AssertionError):
    pass


# A step's text and whether the target's private customer has an e-mail address -> the role of
# the customer the step uses up, or None (steps/customer_use.py: used_up_by).
UsedUpBy = Callable[[str, bool], "str | None"]


def customers_used(items, private_has_email: bool, used_up_by: UsedUpBy) -> Counter:
    """How many customers of each role `items` (scenario runs) use up, one per step that takes
    one: the one count the pre-flight and `minasidor-spec plan` show. "Any customer with an e-mail
    address" takes the profile's private customer where it has one (`private_has_email`, and the
    target makes no fresh ones), else one used up."""
    needed: Counter = Counter()
    for item in items:
        scenario = template(item)
        for step in scenario.steps if scenario is not None else ():
            role = used_up_by(step.name, private_has_email)
            if role is not None:
                needed[role] += 1
    return needed


class TestData:
    __test__ = False  # not a test class, whatever its name

    def __init__(self, target: Target, stack_control: StackControl):
        self.target, self.stack_control = target, stack_control
        self._test_mode: bool | None = None
        self._made: dict[str, list[dict]] = {}  # test mode: made, not yet taken, by role

    def private_has_email(self) -> bool:
        private = (self.target.customers.known or {}).get(PRIVATE) or []
        return bool(private and private[0].email)

    def needs(self, items, used_up_by: UsedUpBy) -> Counter:
        """How many customers of each role these scenarios use up (one per run of each)."""
        return customers_used(items, self.private_has_email() and not self.can_make_fresh(), used_up_by)

    def supply(self, needed: Counter) -> list[tuple[str, int, int | None]]:
        """Per role the scenarios use up: (role, how many they need, how many unused the profile
        has; None where the target makes them)."""
        if self.can_make_fresh():
            return [(role, count, None) for role, count in sorted(needed.items())]
        return self.unused(needed)

    def unused(self, needed: Counter) -> list[tuple[str, int, int]]:
        """Per role: (role, how many are needed, how many of the profile's pool are unused)."""
        used = self._state()
        rows = []
        for role, count in sorted(needed.items()):
            pool = (self.target.customers.known or {}).get(role, [])
            rows.append((role, count, sum(1 for customer in pool if customer.kundnummer not in used.get(role, []))))
        return rows

    def can_make_fresh(self) -> bool:
        """Does the target make customers on demand (provisioning or test mode)?"""
        if self._test_mode is None:
            self._test_mode = self.stack_control.available()
        return bool(self.target.customers.provisioning) or self._test_mode

    def take(self, role: str) -> KnownCustomer:
        """A customer of `role` that no scenario has used before."""
        if self.target.customers.provisioning:
            return KnownCustomer.from_record(role, self._provisioned(role))
        if self.can_make_fresh():
            return KnownCustomer.from_record(role, self._made_in_test_mode(role))
        return self._from_pool(role)

    def _made_in_test_mode(self, role: str) -> dict:
        made = self._made.setdefault(role, [])
        if not made:
            kind, email = TEST_MODE_KINDS[role]
            made.extend(self.stack_control.create_customers(kind, TEST_MODE_BATCH, email=email))
        return made.pop(0)

    def _provisioned(self, role: str) -> dict:
        command, url = self.target.customers.provisioning.get("command"), self.target.customers.provisioning.get("url")
        try:
            if command:
                run = subprocess.run(
                    [*shlex.split(command), role],
                    capture_output=True,
                    text=True,
                    encoding="utf-8",
                    timeout=PROVISIONING_TIMEOUT_SECONDS,
                    check=True,
                )
                record = json.loads(run.stdout)
            else:
                with httpx.Client(
                    timeout=PROVISIONING_TIMEOUT_SECONDS, **self.target.customers.provisioning_access.httpx_options()
                ) as client:
                    response = client.post(url, json={"role": role})
                response.raise_for_status()
                record = response.json()
        except (OSError, subprocess.SubprocessError, httpx.HTTPError, ValueError) as error:
            raise ProvisioningError(f"[provisioning] gav ingen testkund med rollen {role!r}: {error}") from None
        missing = missing_fields(role, record)
        if missing:
            raise ProvisioningError(
                f"[provisioning] ska svara med en kund som JSON med {', '.join(missing)} för rollen {role!r} "
                f"(kontraktet: {CONTRACT.name}; fick {str(record)[:200]!r})"
            )
        return record

    def _from_pool(self, role: str) -> KnownCustomer:
        pool = (self.target.customers.known or {}).get(role, [])
        with self._locked():
            state = self._state()
            used = state.setdefault(role, [])
            for customer in pool:
                if customer.kundnummer not in used:
                    used.append(customer.kundnummer)
                    self._save(state)
                    return customer
        where = f" ({len(pool)} st, alla använda enligt {self.target.customers.state_path})" if pool else ""
        pytest.skip(
            f"Hoppas över: målmiljön har ingen oanvänd testkund med rollen {role!r}{where}. Lägg till fler "
            f'under [[customers."{role}"]] i målprofilen, eller ange [provisioning].'
        )

    @contextmanager
    def _locked(self):
        """One run at a time takes from the pools (shards on one machine share the state file)."""
        path = self.target.customers.state_path
        if path is None:
            yield
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_name(path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _state(self) -> dict[str, list[str]]:
        path = self.target.customers.state_path
        if path is None or not path.exists():
            return {}
        return json.loads(path.read_text(encoding="utf-8")).get("used", {})

    def _save(self, state: dict[str, list[str]]) -> None:
        if self.target.customers.state_path is not None:
            self.target.customers.state_path.write_text(
                json.dumps({"used": state}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
