"""Password hashing and rules (see shared/reference/security.md: ASVS 5.0 parameters)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from flask import current_app, has_app_context
from werkzeug.security import check_password_hash, generate_password_hash

# Werkzeug's default scrypt cost (N=32768) is below ASVS 5.0 appendix C.
HASH_METHOD = "scrypt:131072:8:1"
# The embedded test stack only (make spec, make test), as Django's test settings use a fast
# hasher (a small scrypt cost, not the deliberately slow one). Never in normal mode (see hash_method_for).
FAST_TEST_HASH_METHOD = "scrypt:1024:8:1"
MIN_LENGTH = 8
MAX_LENGTH = 128

# Compared against when the username is unknown, so both paths cost one KDF run of the same cost.
_DUMMY_HASHES: dict[str, str] = {}


def hash_method_for(test_mode: bool, fast_requested: bool) -> str:
    """The cheap cost only for a test-mode stack that asks for it; ASVS's cost everywhere else."""
    return FAST_TEST_HASH_METHOD if test_mode and fast_requested else HASH_METHOD


def current_method() -> str:
    if has_app_context():
        return current_app.config.get("PASSWORD_HASH_METHOD", HASH_METHOD)
    return HASH_METHOD


def hash_password(password: str, method: str | None = None) -> str:
    return generate_password_hash(password, method=method or current_method())


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Constant work whether or not there is a stored hash (no account enumeration by time)."""
    if stored_hash is None:
        method = current_method()
        if method not in _DUMMY_HASHES:
            _DUMMY_HASHES[method] = hash_password("no-such-account-placeholder", method)
        check_password_hash(_DUMMY_HASHES[method], password)
        return False
    return check_password_hash(stored_hash, password)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = resources.files(__package__).joinpath("common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def password_problems(password: str, kundnummer: str = "") -> list[str]:
    """Swedish reasons a new password is refused; empty when it is acceptable."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"Lösenordet måste ha minst {MIN_LENGTH} tecken.")
    if len(password) > MAX_LENGTH:
        problems.append(f"Lösenordet får ha högst {MAX_LENGTH} tecken.")
    if password.lower() in common_passwords():
        problems.append("Lösenordet är för vanligt. Välj ett som är svårare att gissa.")
    if kundnummer and kundnummer in password:
        problems.append("Lösenordet får inte innehålla ditt kundnummer.")
    return problems
