"""The checks every profile table shares: known keys, addresses, tables, texts, seconds and
access; a bad value is a ProfileError naming its key, in Swedish and English."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

from minasidor_spec.common.settings import MAX_TIMEOUT_SECONDS
from minasidor_spec.target.access import Access, AccessError, read_access


class ProfileError(Exception):
    def __init__(self, path: Path, swedish: str, english: str):
        super().__init__(f"Målprofilen {path}: {swedish}\nTarget profile {path}: {english}")


def unknown(path: Path, table: dict, allowed: set[str], where: str = "") -> None:
    for key in table:
        if key not in allowed:
            name = f"{where}{key}"
            known = ", ".join(sorted(allowed))
            raise ProfileError(
                path, f"okänd nyckel '{name}' (tillåtna: {known})", f"unknown key '{name}' (allowed: {known})"
            )


def url(path: Path, table: dict, key: str, where: str = "", required: bool = False) -> str | None:
    value = table.get(key)
    name = f"{where}{key}"
    if value is None:
        if required:
            raise ProfileError(path, f"nyckeln {name!r} saknas", f"key {name!r} is missing")
        return None
    parts = urllib.parse.urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ProfileError(
            path,
            f"{name!r} ska vara en adress som börjar med http:// eller https:// (fick {value!r})",
            f"{name!r} must be an http:// or https:// URL (got {value!r})",
        )
    return value.rstrip("/")


def table(path: Path, data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ProfileError(path, f"{key!r} ska vara en tabell ([{key}])", f"{key!r} must be a table ([{key}])")
    return value


def strings(path: Path, table: dict, where: str, keys: tuple[str, ...] | None = None) -> dict[str, str]:
    for key, value in table.items():
        if keys is not None and key not in keys:
            known = ", ".join(keys)
            raise ProfileError(
                path,
                f"okänd nyckel '{where}.{key}' (tillåtna: {known})",
                f"unknown key '{where}.{key}' (allowed: {known})",
            )
        if not isinstance(value, str) or not value.strip():
            raise ProfileError(
                path, f"'{where}.{key}' ska vara en text som inte är tom", f"'{where}.{key}' must be a non-empty string"
            )
    return dict(table)


def access(path: Path, table: object, where: str) -> Access:
    try:
        return read_access(table, where, path)
    except AccessError as error:
        raise ProfileError(path, error.swedish, error.english) from None


def seconds(path: Path, value: object, name: str) -> float:
    """A number of seconds above 0, at most MAX_TIMEOUT_SECONDS."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_TIMEOUT_SECONDS:
        raise ProfileError(
            path,
            f"'{name}' ska vara ett antal sekunder, större än 0 och högst {MAX_TIMEOUT_SECONDS} (fick {value!r})",
            f"'{name}' must be a number of seconds above 0, at most {MAX_TIMEOUT_SECONDS} (got {value!r})",
        )
    return float(value)
