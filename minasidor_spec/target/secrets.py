"""Secrets in a target profile: a value may be given as `{ env = "NAME" }` (an environment
variable, e.g. from the CI's secret store) or `{ file = "/path" }` (a file outside the
repository), so that no password has to live in a TOML file under git.

Every secret the run knows (the profile's, and every password a scenario types) is kept in
pages.secret_values, from where what the suite writes (console, report, traces) redacts it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from minasidor_spec.common.secret_values import remember

SOURCES = ("env", "file")
# Customer fields that are secrets: given in plain text in a profile under git, they get a warning.
SECRET_FIELDS = ("password",)


class SecretError(ValueError):
    """A secret that cannot be read: (swedish, english), naming the profile key."""

    def __init__(self, swedish: str, english: str):
        super().__init__(swedish)
        self.swedish, self.english = swedish, english


def is_reference(value: object) -> bool:
    return isinstance(value, dict) and len(value) == 1 and next(iter(value)) in SOURCES


def resolve(value: object, key: str, profile: Path, secret: bool = True) -> object:
    """The value itself, or what `{ env = ... }` / `{ file = ... }` points at. A secret (every
    value read so, and any `secret` plain value) is remembered for redaction."""
    if not is_reference(value):
        if secret and isinstance(value, str):
            remember(value)
        return value
    ((source, name),) = value.items()
    if not isinstance(name, str) or not name.strip():
        raise SecretError(
            f"'{key}' = {{ {source} = ... }} ska ange ett namn", f"'{key}' = {{ {source} = ... }} must name something"
        )
    if source == "env":
        found = os.environ.get(name)
        if found is None or found == "":
            raise SecretError(
                f"miljövariabeln {name} saknas eller är tom (den ger '{key}')",
                f"environment variable {name} is missing or empty (it gives '{key}')",
            )
    else:
        path = (profile.parent / name).expanduser() if not Path(name).is_absolute() else Path(name)
        try:
            found = path.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise SecretError(
                f"filen {path} går inte att läsa (den ger '{key}'): {error.strerror}",
                f"file {path} cannot be read (it gives '{key}'): {error.strerror}",
            ) from None
        if not found:
            raise SecretError(f"filen {path} är tom (den ger '{key}')", f"file {path} is empty (it gives '{key}')")
    remember(found)
    return found


def under_git(path: Path) -> bool:
    """Is this file in a git work tree, not ignored by it (so it may well be committed)?"""
    folder = str(path.resolve().parent)
    try:
        inside = subprocess.run(
            ["git", "-C", folder, "rev-parse", "--is-inside-work-tree"], capture_output=True, text=True, timeout=10
        )
        if inside.returncode != 0 or inside.stdout.strip() != "true":
            return False
        ignored = subprocess.run(
            ["git", "-C", folder, "check-ignore", "-q", str(path.resolve())], capture_output=True, timeout=10
        )
        return ignored.returncode != 0
    except (OSError, subprocess.SubprocessError):
        return False


def plain_text_warning(path: Path, keys: list[str]) -> str | None:
    """The warning for plain-text secrets in a profile that lives under git, or None."""
    if not keys or not under_git(path):
        return None
    shown = ", ".join(keys[:4]) + (f" och {len(keys) - 4} till" if len(keys) > 4 else "")
    return (
        f"Varning: målprofilen {path} ligger i ett git-förråd och har hemligheter i klartext ({shown}). "
        'Ange dem som { env = "NAMN" } (CI:ns hemlighetsförråd) eller { file = "/sökväg/utanför/förrådet" }.'
    )
