"""The Given steps that take a test customer the scenario uses up (it registers the customer's
e-mail address or sets a password), bound with these very parsers, and which role each takes:
declared once, here; the pre-flight and `minasidor-spec plan` count with `used_up_by`."""

from __future__ import annotations

import pytest
from pytest_bdd import parsers

from minasidor_spec.target.customers import (
    COMPANY,
    COMPANY_WITHOUT_EMAIL,
    PRIVATE,
    PRIVATE_WITHOUT_EMAIL,
    WITH_EMAIL_WITHOUT_PASSWORD,
)

NEW_WITHOUT_EMAIL = parsers.parse("att jag är en ny {kind} utan registrerad e-postadress")
WITH_EMAIL_NO_PASSWORD = parsers.string("att jag är en kund med registrerad e-postadress men utan lösenord")
# Any customer with an e-mail address: the profile's private customer where it has one and the
# target makes no fresh ones, else one used up.
ANY_WITH_EMAIL = parsers.string("att jag är en kund med registrerad e-postadress")
WITHOUT_EMAIL = {PRIVATE: PRIVATE_WITHOUT_EMAIL, COMPANY: COMPANY_WITHOUT_EMAIL}


def used_up_by(step: str, private_has_email: bool) -> str | None:
    """The role of the customer `step` (as a feature writes it) uses up, or None."""
    if NEW_WITHOUT_EMAIL.is_matching(step):
        return WITHOUT_EMAIL.get(NEW_WITHOUT_EMAIL.parse_arguments(step)["kind"])
    if WITH_EMAIL_NO_PASSWORD.is_matching(step):
        return WITH_EMAIL_WITHOUT_PASSWORD
    if ANY_WITH_EMAIL.is_matching(step) and not private_has_email:
        return WITH_EMAIL_WITHOUT_PASSWORD
    return None


@pytest.fixture(scope="session")
def customer_use():
    """`used_up_by`, for the pre-flight (which sits below the steps and imports none of them)."""
    return used_up_by
