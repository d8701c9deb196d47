"""Child processes of the reference stack, and the ports they listen on."""

from __future__ import annotations

import socket
import subprocess


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now (for a child that must be told its port)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


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
