"""An example test-data service for `[provisioning] url` (the contract:
minasidor_spec/provisioning.openapi.json): POST {"role": "..."} answers with a new customer of
that role, one nobody has used. Here the customers come from our reference portal's test mode
(its /_test/customers); for your staging, replace `make_customer` with what makes a customer in
your system (an admin API, a database script).

    python targets/testdata_tjanst.py --portal http://127.0.0.1:5000 --port 8099 [--token-env NAMN]

and in the profile:

    [provisioning]
    url = "http://127.0.0.1:8099/"
    [provisioning.access.headers]
    Authorization = { env = "TESTDATA_AUTH" }   # "Bearer <token>", where --token-env names one
"""

from __future__ import annotations

import argparse
import hmac
import os

import httpx
from flask import Flask, jsonify, request

# role -> (the portal's kind of customer, with an e-mail address)
ROLES = {
    "privatkund utan e-postadress": ("privat", False),
    "företagskund utan e-postadress": ("foretag", False),
    "kund med e-postadress utan lösenord": ("privat", True),
}
FIELDS = ("kundnummer", "name", "personnummer", "orgnr", "email")


def make_customer(portal: str, role: str) -> dict:
    """A new customer of `role` in the portal: here its test mode makes one."""
    kind, email = ROLES[role]
    answer = httpx.post(f"{portal.rstrip('/')}/_test/customers", json={"kind": kind, "email": email}, timeout=10)
    answer.raise_for_status()
    made = answer.json()
    return {name: made[name] for name in FIELDS if made.get(name)}


def create_app(portal: str, token: str | None = None) -> Flask:
    app = Flask("testdata_tjanst")

    @app.post("/")
    def new_customer():
        if token and not hmac.compare_digest(request.headers.get("Authorization", ""), f"Bearer {token}"):
            return jsonify(error="åtkomst saknas: Authorization: Bearer <token>"), 401
        body = request.get_json(silent=True)
        role = body.get("role") if isinstance(body, dict) else None
        if role not in ROLES:
            return jsonify(error=f"okänd roll {role!r}; kända: {', '.join(ROLES)}"), 400
        try:
            return jsonify(make_customer(portal, role)), 201
        except httpx.HTTPError as error:
            return jsonify(error=f"kunde inte skapa en kund just nu: {error}"), 503

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="Exempel på en testdata-tjänst för [provisioning] url.")
    parser.add_argument("--portal", required=True, help="portalen med testläge, t.ex. http://127.0.0.1:5000")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--token-env", metavar="NAMN", help="miljövariabeln med token som anropen ska bära")
    options = parser.parse_args()
    token = os.environ.get(options.token_env) if options.token_env else None
    if options.token_env and not token:
        parser.error(f"miljövariabeln {options.token_env} saknas eller är tom")
    create_app(options.portal, token).run("127.0.0.1", options.port)


if __name__ == "__main__":
    main()
