"""Portal configuration: defaults, overridden by create_app(test_config) or MINASIDOR_* env."""

from __future__ import annotations

import os
from pathlib import Path

from .. import stack_defaults
from ..secret_key import load_or_create
from .sessions import ABSOLUTE_SECONDS, IDLE_SECONDS

BANKID_POLL_MS = 2000  # how often the login page asks how a BankID order is going


def build_config(data_dir: str | os.PathLike) -> dict:
    data = Path(data_dir)
    data.mkdir(parents=True, exist_ok=True)
    database = str((data / "portal.db").resolve())
    return {
        "DATA_DIR": str(data),
        "DATABASE": database,
        "SECRET_KEY": load_or_create(data, "MINASIDOR_SECRET_KEY", "secret_key"),
        "SESSION_COOKIE_NAME": "minasidor_session",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": os.environ.get("MINASIDOR_HTTPS") == "1",
        # How many reverse proxies in front of the portal set X-Forwarded-For/-Proto/-Host (0: none
        # trusted, the headers are ignored). Set only when every request passes through them.
        "TRUSTED_PROXIES": int(os.environ.get("MINASIDOR_TRUSTED_PROXIES", "0")),
        "PREFERRED_URL_SCHEME": "https" if os.environ.get("MINASIDOR_HTTPS") == "1" else "http",
        "SESSION_IDLE_SECONDS": int(os.environ.get("MINASIDOR_SESSION_IDLE_SECONDS", IDLE_SECONDS)),
        "SESSION_ABSOLUTE_SECONDS": int(os.environ.get("MINASIDOR_SESSION_ABSOLUTE_SECONDS", ABSOLUTE_SECONDS)),
        # Login attempts per client address, whatever the username (password spraying).
        "LOGIN_CLIENT_LIMIT": os.environ.get("MINASIDOR_LOGIN_CLIENT_LIMIT", "100 per 5 minutes"),
        "RATELIMIT_STORAGE_URI": f"minasidor-sqlite://{database}",
        "RATELIMIT_STRATEGY": "fixed-window",
        "RATELIMIT_HEADERS_ENABLED": False,
        "WTF_CSRF_TIME_LIMIT": 2 * 3600,
        # Mail: the portal hands every message to this SMTP server.
        "SMTP_HOST": os.environ.get("MINASIDOR_SMTP_HOST", stack_defaults.HOST),
        "SMTP_PORT": int(os.environ.get("MINASIDOR_SMTP_PORT", stack_defaults.SMTP_PORT)),
        "SMTP_TIMEOUT_SECONDS": 10,
        "MAIL_FROM": os.environ.get("MINASIDOR_MAIL_FROM", "Stadsenergi Mina sidor <no-reply@stadsenergi.example>"),
        # Links in e-mails are built from this, never from the request's Host header.
        "PUBLIC_BASE_URL": os.environ.get("MINASIDOR_PUBLIC_BASE_URL"),
        "PASSWORD_LINK_MINUTES": 60,
        "OUTBOX_WORKER": True,
        "REGISTER_FAILURE_LIMIT": "5 per 15 minutes",
        "PASSWORD_LINK_LIMIT": "3 per 15 minutes",
        "FORM_CLIENT_LIMIT": "60 per 10 minutes",
        # BankID RP API v6.0: the fake by default; BankID's test environment works the same way
        # (https://appapi2.test.bankid.com/rp/v6.0 with its client certificate and CA).
        "BANKID_API_URL": os.environ.get("MINASIDOR_BANKID_API_URL", stack_defaults.BANKID_API_URL),
        "BANKID_CLIENT_CERT": os.environ.get("MINASIDOR_BANKID_CLIENT_CERT"),
        "BANKID_CLIENT_KEY": os.environ.get("MINASIDOR_BANKID_CLIENT_KEY"),
        "BANKID_CA_CERT": os.environ.get("MINASIDOR_BANKID_CA_CERT"),
        "BANKID_TIMEOUT_SECONDS": 10,
        "BANKID_POLL_MS": int(os.environ.get("MINASIDOR_BANKID_POLL_MS", BANKID_POLL_MS)),
        # Test mode adds the control endpoints (clock, test customers). Never on in a deployment.
        "TEST_MODE": os.environ.get("MINASIDOR_TEST_MODE") == "1",
        # Asked for by the embedded test stack only; honoured only in test mode (passwords.py).
        "FAST_TEST_HASHING": os.environ.get("MINASIDOR_FAST_TEST_HASHING") == "1",
        "DEMO_DATA": True,
    }
