"""A Flask secret key per data directory: from the environment, or random and kept (0600)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def load_or_create(data_dir: Path, env_var: str, file_name: str) -> str:
    configured = os.environ.get(env_var)
    if configured:
        return configured
    key_file = data_dir / file_name
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_hex(32), encoding="ascii")
    return key_file.read_text(encoding="ascii").strip()
