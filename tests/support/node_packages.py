"""npm packages the tests run for real (MailDev; ws for a WebSocket server), installed once
into .cache/npm with the machine's Node.js. Without node or npm, or without the registry,
the tests that need them are skipped with the reason."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

import pytest

CACHE = Path(__file__).resolve().parents[2] / ".cache" / "npm"
MAILDEV = "maildev@3.0.0"


def installed(spec: str) -> Path:
    """node_modules holding `spec` (name@version); skips the test when it can't be had."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip(f"Hoppas över: Node.js och npm saknas, så {spec} kan inte köras här.")
    prefix = CACHE / spec.replace("/", "_")
    name = spec.rsplit("@", 1)[0]
    prefix.mkdir(parents=True, exist_ok=True)
    # Test processes side by side (pytest -n) install one at a time; the others wait, then find it there.
    with open(prefix.parent / f".{prefix.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (prefix / "node_modules" / name / "package.json").exists():
            print(f"==> Installerar {spec} med npm (en gång, till {prefix})")
            run = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(prefix), spec],
                                 capture_output=True, text=True, timeout=300)
            if run.returncode != 0:
                pytest.skip(f"Hoppas över: npm kunde inte installera {spec}: {run.stderr.strip()[-300:]}")
    return prefix / "node_modules"
