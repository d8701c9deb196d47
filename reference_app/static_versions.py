"""Static files under a content-versioned URL (`/static/portal.css?v=<hash>`), cached by the
browser for a year: a page then loads without asking again for its stylesheet and scripts,
and a changed file gets a new URL, so nobody keeps an old one."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

from flask import Flask

CACHE_FOR = timedelta(days=365)


def install(app: Flask) -> None:
    folder = Path(app.static_folder or "")
    versions: dict[str, str] = {}

    def version_of(filename: str) -> str | None:
        if filename not in versions:
            path = folder / filename
            if not path.is_file():
                return None
            versions[filename] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        return versions[filename]

    def add_version(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "v" not in values and (version := version_of(values.get("filename", ""))):
            values["v"] = version

    app.url_defaults(add_version)
    app.config["SEND_FILE_MAX_AGE_DEFAULT"] = CACHE_FOR
