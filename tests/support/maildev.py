"""A real MailDev 3.0.0 (npm) for the tests: SMTP in, its REST API and socket.io out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from reference_app.processes import free_port

from .children import started
from .node_packages import MAILDEV, installed

READY = "MailDev API running at"


@contextmanager
def running_maildev() -> Iterator[dict]:
    """{"smtp": port, "api": URL}; the test is skipped where node/npm or the package is missing."""
    modules = installed(MAILDEV)
    smtp, web = free_port(), free_port()
    command = [
        "node",
        str(modules / "maildev" / "dist" / "bin" / "maildev.js"),
        "--smtp",
        str(smtp),
        "--web",
        str(web),
        "--ip",
        "127.0.0.1",
        "--web-ip",
        "127.0.0.1",
    ]
    with started(command, READY):
        yield {"smtp": smtp, "api": f"http://127.0.0.1:{web}"}
