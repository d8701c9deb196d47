"""npm packages the tests run for real (MailDev, the npm BankID and Mailpit clients), installed
once per machine with its Node.js into the user's cache (~/.cache/minasidor-spec/npm, or
MINASIDOR_NPM_CACHE), as Playwright keeps its browsers in ~/.cache: a fresh clone does not
install MailDev again (about 10 s). Without node or npm, or without the registry, the tests
that need them are skipped with the reason."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

CACHE = Path(
    os.environ.get("MINASIDOR_NPM_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "minasidor-spec" / "npm"
)
MAILDEV = "maildev@3.0.0"


def installed(spec: str) -> Path:
    """node_modules holding `spec` (name@version); skips the test when it can't be had."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip(f"Hoppas över: Node.js och npm saknas, så {spec} kan inte köras här.")
    prefix = CACHE / spec.replace("/", "_")
    name = spec.rsplit("@", 1)[0]
    CACHE.mkdir(parents=True, exist_ok=True)
    # Test processes side by side (pytest -n) install one at a time; the others wait, then find it there.
    with open(CACHE / f".{prefix.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (prefix / "node_modules" / name / "package.json").exists():
            print(f"==> Installerar {spec} med npm (en gång, till {prefix})")
            # Whole or not at all: an install cut short must not pass for one in the next run.
            partial = prefix.with_name(f"{prefix.name}.{os.getpid()}")
            shutil.rmtree(partial, ignore_errors=True)
            run = subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(partial), spec],
                capture_output=True,
                text=True,
                timeout=300,
            )
            if run.returncode != 0:
                shutil.rmtree(partial, ignore_errors=True)
                pytest.skip(f"Hoppas över: npm kunde inte installera {spec}: {run.stderr.strip()[-300:]}")
            shutil.rmtree(prefix, ignore_errors=True)
            partial.rename(prefix)
    return prefix / "node_modules"
