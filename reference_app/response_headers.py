"""Protective response headers for the fakes' own pages (the portal has its own, stricter set
in portal/security.py): no framing, no MIME sniffing, nothing loaded from elsewhere."""

from __future__ import annotations

from flask import Flask

# Inline <style> in the small layouts; no script at all. form-action is left open on purpose
# where a form's answer redirects to another site (the BankID app returning to the portal).
FAKE_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


# The simulated BankID app runs its own scripts (camera.js, vendored jsQR) to read a QR code
# from the camera or a photo, and may use the camera of the page's own origin.
FAKE_APP_CSP = FAKE_CSP.replace("script-src 'none'", "script-src 'self'").replace(
    "img-src 'self' data:", "img-src 'self' data: blob:; media-src 'self' blob:"
)


def protect(app: Flask, csp: str = FAKE_CSP, camera: bool = False) -> None:
    def _headers(response):
        response.headers.setdefault("Permissions-Policy", "camera=(self)" if camera else "camera=()")
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # same-origin: the Referer goes to the fake's own pages only, never to another site; its
        # forms' CSRF check over HTTPS wants one from the same origin (no-referrer broke them).
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    app.after_request(_headers)
