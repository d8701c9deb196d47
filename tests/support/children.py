"""Child processes the tests start (MailDev, the fake BankID alone, the other portal): each
is ready when it prints its ready line, and is ended with the test."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reference_app.processes import end

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def started(command: list[str], ready: str, env: dict | None = None, timeout: float = 60) -> Iterator[str]:
    """Run `command` until the `with` ends; yields what follows `ready` on its ready line."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    seen: list[str] = []
    output: list[str] = []
    ready_event = threading.Event()

    def read() -> None:
        for line in process.stdout:
            output.append(line)
            if ready in line and not seen:
                seen.append(line.split(ready, 1)[1].strip())
                ready_event.set()
        ready_event.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready_event.wait(timeout) or not seen:
            raise RuntimeError(f"{command[:3]} startade inte inom {timeout} s:\n{''.join(output)[-2000:]}")
        yield seen[0]
    finally:
        end(process)
        reader.join(10)
        process.stdout.close()
