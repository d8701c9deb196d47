"""Test mode only: rename labels in every page, to play a deployment whose interface has
drifted from the help page's words (the suite must then name the rule and the label).

MINASIDOR_TEST_RENAME_LABELS="Logga in=Logga på;Kundnummer=Kundnr" renames the exact text of
elements (">Logga in<" becomes ">Logga på<")."""

from __future__ import annotations

import os

from flask import Flask, Response


def parse(text: str) -> dict[str, str]:
    pairs = (item.split("=", 1) for item in text.split(";") if "=" in item)
    return {old.strip(): new.strip() for old, new in pairs if old.strip()}


def init_app(app: Flask) -> None:
    renames = parse(os.environ.get("MINASIDOR_TEST_RENAME_LABELS", ""))
    if not (app.config["TEST_MODE"] and renames):
        return

    @app.after_request
    def _rename(response: Response) -> Response:
        if response.mimetype != "text/html" or response.direct_passthrough:
            return response
        html = response.get_data(as_text=True)
        for old, new in renames.items():
            html = html.replace(f">{old}<", f">{new}<")
        response.set_data(html)
        return response
