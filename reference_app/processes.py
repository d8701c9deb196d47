"""Child processes of the reference stack."""

from __future__ import annotations

import subprocess


def end(process: subprocess.Popen | None, grace_seconds: float = 10) -> None:
    """Ask a child to stop (SIGTERM), and kill it if it has not within the grace time."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
