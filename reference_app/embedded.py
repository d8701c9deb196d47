"""Start the reference stack in a child process for a test session, and stop it again."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from .processes import end
from .serving import BANKID_READY, MAIL_API_READY, PORTAL_READY, SMTP_READY

START_TIMEOUT_SECONDS = 60
# The suite follows BankID orders faster than a person needs (the portal's default is 2 s).
TEST_BANKID_POLL_MS = 200


class StackStartError(RuntimeError):
    pass


class EmbeddedStack:
    """Portal, mail catcher and fake BankID in test mode, with a fresh SQLite directory; on
    free ports unless `ports` names them; the portal under gunicorn when `workers` > 0."""

    def __init__(
        self,
        data_dir: str | None = None,
        ports: dict[str, int] | None = None,
        workers: int = 0,
        env: dict[str, str] | None = None,
    ):
        self.extra_env = env or {}
        self.ports = {"portal": 0, "smtp": 0, "mail": 0, "bankid": 0, **(ports or {})}
        self.workers = workers
        self._tmp = None if data_dir else tempfile.TemporaryDirectory(prefix="minasidor-")
        self.data_dir = Path(data_dir or self._tmp.name)
        self.process: subprocess.Popen | None = None
        self.portal_url: str | None = None
        self.mail_api_url: str | None = None
        self.smtp_address: str | None = None
        self.bankid_url: str | None = None

    def start(self) -> EmbeddedStack:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.data_dir / "stack.log"
        self._log = open(log_path, "w", encoding="utf-8")  # noqa: SIM115 (closed by stop())
        # Cheap password hashing: this stack is for tests only (passwords.FAST_TEST_HASH_METHOD).
        env = dict(
            os.environ,
            PYTHONUNBUFFERED="1",
            MINASIDOR_BANKID_POLL_MS=str(TEST_BANKID_POLL_MS),
            MINASIDOR_FAST_TEST_HASHING="1",
            **self.extra_env,
        )
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "reference_app",
                "serve",
                "all",
                "--port",
                str(self.ports["portal"]),
                "--smtp-port",
                str(self.ports["smtp"]),
                "--mail-port",
                str(self.ports["mail"]),
                "--bankid-port",
                str(self.ports["bankid"]),
                "--workers",
                str(self.workers),
                "--data-dir",
                str(self.data_dir),
                "--test-mode",
            ],
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            env=env,
        )
        ready = threading.Event()
        self._reader = threading.Thread(target=self._read_stdout, args=(ready,), daemon=True)
        self._reader.start()
        if not ready.wait(START_TIMEOUT_SECONDS) or self.portal_url is None:
            self.stop()
            tail = log_path.read_text(encoding="utf-8")[-2000:]
            raise StackStartError(f"Referensmiljön startade inte inom {START_TIMEOUT_SECONDS} s.\n{tail}")
        return self

    def _read_stdout(self, ready: threading.Event) -> None:
        # Reads the ready line, then keeps draining so the child never blocks on a full pipe.
        for line in self.process.stdout:
            if line.startswith(SMTP_READY):
                self.smtp_address = line[len(SMTP_READY) :].strip()
            elif line.startswith(BANKID_READY):
                self.bankid_url = line[len(BANKID_READY) :].strip().rstrip("/")
            elif line.startswith(MAIL_API_READY):
                self.mail_api_url = line[len(MAIL_API_READY) :].strip().rstrip("/")
            elif line.startswith(PORTAL_READY) and self.portal_url is None:
                self.portal_url = line[len(PORTAL_READY) :].strip().rstrip("/")
                ready.set()
        ready.set()

    def stop(self) -> None:
        end(self.process)
        if self.process:
            self._reader.join(5)
            self.process.stdout.close()
        if getattr(self, "_log", None):
            self._log.close()
        if self._tmp:
            self._tmp.cleanup()

    def __enter__(self) -> EmbeddedStack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
