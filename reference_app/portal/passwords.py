"""Password hashing and rules (see shared/reference/security.md: ASVS 5.0 parameters)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from werkzeug.security import check_password_hash, generate_password_hash

# Werkzeug's default scrypt cost (N=32768) is below ASVS 5.0 appendix C.
HASH_METHOD = "scrypt:131072:8:1"
MIN_LENGTH = 8
MAX_LENGTH = 128

# Compared against when the username is unknown, so both paths cost one KDF run.
_DUMMY_HASH = None


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=HASH_METHOD)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Constant work whether or not there is a stored hash (no account enumeration by time)."""
    global _DUMMY_HASH
    if stored_hash is None:
        if _DUMMY_HASH is None:
            _DUMMY_HASH = hash_password("no-such-account-placeholder")
        check_password_hash(_DUMMY_HASH, password)
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
