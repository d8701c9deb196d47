"""Portal configuration: defaults, overridden by create_app(test_config) or MINASIDOR_* env."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def _secret_key(data_dir: Path) -> str:
    """MINASIDOR_SECRET_KEY, or a random key kept (0600) in the data directory."""
    configured = os.environ.get("MINASIDOR_SECRET_KEY")
    if configured:
        return configured
    key_file = data_dir / "secret_key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_hex(32), encoding="ascii")
    return key_file.read_text(encoding="ascii").strip()


def build_config(data_dir: str | os.PathLike) -> dict:
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    database = str((data / "portal.db").resolve())
    return {
        "DATA_DIR": str(data),
        "DATABASE": database,
        "SECRET_KEY": _secret_key(data),
        "SESSION_COOKIE_NAME": "minasidor_session",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": os.environ.get("MINASIDOR_HTTPS") == "1",
        "PREFERRED_URL_SCHEME": "https" if os.environ.get("MINASIDOR_HTTPS") == "1" else "http",
        "SESSION_IDLE_SECONDS": int(os.environ.get("MINASIDOR_SESSION_IDLE_SECONDS", 30 * 60)),
        "SESSION_ABSOLUTE_SECONDS": int(os.environ.get("MINASIDOR_SESSION_ABSOLUTE_SECONDS", 12 * 3600)),
        # Failed password logins per username; then a lockout until the window ends.
        "LOGIN_FAILURE_LIMIT": os.environ.get("MINASIDOR_LOGIN_FAILURE_LIMIT", "5 per 15 minutes"),
        # Login attempts per client address, whatever the username (password spraying).
        "LOGIN_CLIENT_LIMIT": os.environ.get("MINASIDOR_LOGIN_CLIENT_LIMIT", "100 per 5 minutes"),
        "RATELIMIT_STORAGE_URI": f"minasidor-sqlite://{database}",
        "RATELIMIT_STRATEGY": "fixed-window",
        "RATELIMIT_HEADERS_ENABLED": False,
        "WTF_CSRF_TIME_LIMIT": 2 * 3600,
        # Test mode adds the control endpoints (clock). Never on in a deployment.
        "TEST_MODE": os.environ.get("MINASIDOR_TEST_MODE") == "1",
        "DEMO_DATA": True,
    }
