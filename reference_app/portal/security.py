"""Cross-cutting protections: CSRF, rate limits, response headers, safe redirects."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

from . import ratelimit_storage  # noqa: F401  (registers the minasidor-sqlite:// scheme)

csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    limiter.init_app(app)
    app.after_request(_security_headers)


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if response.mimetype == "text/html":
        # Nothing private in a cache: Back after logout must not show Mina sidor.
        response.headers["Cache-Control"] = "no-store"
    return response


def safe_next(target: str | None, default: str) -> str:
    """Only same-origin paths are followed after login (no open redirect)."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    if "\\" in target or any(ord(ch) < 32 for ch in target):
        return default
    return target
