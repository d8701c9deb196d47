"""Where the reference stack listens unless told otherwise: one home for its host and ports
(`python -m reference_app serve`, the portal's configuration, the mail catcher, the profiles'
examples). The embedded stack of `make spec` picks free ports instead."""

from __future__ import annotations

HOST = "127.0.0.1"
PORTAL_PORT = 5000
SMTP_PORT = 1025  # the mail catcher's SMTP server, where the portal hands its mail
MAIL_API_PORT = 8025  # the mail catcher's web page and HTTP API (as Mailpit's and MailHog's)
BANKID_PORT = 5002  # the fake BankID: its RP API v6.0, the simulated app and its control API

BANKID_API_URL = f"http://{HOST}:{BANKID_PORT}/rp/v6.0"
