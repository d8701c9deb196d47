"""Password hashing parameters and the rules for a new password."""

import pytest

from reference_app.portal import passwords


def test_hash_uses_asvs_scrypt_parameters_and_verifies():
    stored = passwords.hash_password("Vinterljus-Kaffe-42")
    assert stored.startswith("scrypt:131072:8:1$")
    assert passwords.verify_password(stored, "Vinterljus-Kaffe-42")
    assert not passwords.verify_password(stored, "vinterljus-kaffe-42")


def test_unknown_account_costs_a_kdf_run_and_fails():
    assert passwords.verify_password(None, "anything") is False
    assert passwords._DUMMY_HASHES[passwords.HASH_METHOD].startswith(passwords.HASH_METHOD + "$")


@pytest.mark.parametrize(
    ("candidate", "problem"),
    [
        ("kort123", "minst 8 tecken"),
        ("x" * 129, "högst 128 tecken"),
        ("lösenord123", "för vanligt"),
        ("Sommar123", "för vanligt"),
        ("mitt100001hem", "kundnummer"),
    ],
)
def test_refused_passwords(candidate, problem):
    assert any(problem in p for p in passwords.password_problems(candidate, kundnummer="100001"))


@pytest.mark.parametrize("candidate", ["Vinterljus-Kaffe-42", "åtta tkn", "a" * 64, "correct horse battery"])
def test_accepted_passwords_have_no_composition_rules(candidate):
    assert passwords.password_problems(candidate, kundnummer="100001") == []
