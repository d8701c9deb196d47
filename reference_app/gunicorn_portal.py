"""The portal under gunicorn with several worker processes, as a deployment would run it.
The parent prepares the data (schema, demo customers, secret key) once, so the workers
start against a ready database and share everything through SQLite."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from .processes import end, free_port

LISTENING = "Listening at:"
START_TIMEOUT_SECONDS = 30


class PortalStartError(RuntimeError):
    pass


class GunicornPortal:
    def __init__(self, host: str, port: int, workers: int, data_dir: str, overrides: dict):
        self.host, self.workers, self.data_dir = host, workers, data_dir
        self.port = port or free_port(host)
        self.overrides = overrides
        self.process: subprocess.Popen | None = None
        self._listening = False

    def _environment(self) -> dict:
        env = dict(
            os.environ,
            MINASIDOR_DATA_DIR=self.data_dir,
            MINASIDOR_PUBLIC_BASE_URL=os.environ.get("MINASIDOR_PUBLIC_BASE_URL") or f"http://{self.host}:{self.port}",
        )
        names = {
            "SMTP_HOST": "MINASIDOR_SMTP_HOST",
            "SMTP_PORT": "MINASIDOR_SMTP_PORT",
            "BANKID_API_URL": "MINASIDOR_BANKID_API_URL",
        }
        for key, name in names.items():
            if key in self.overrides:
                env[name] = str(self.overrides[key])
        if self.overrides.get("TEST_MODE"):
            env["MINASIDOR_TEST_MODE"] = "1"
        return env

    def start(self) -> GunicornPortal:
        from .portal import create_app

        create_app({"OUTBOX_WORKER": False, **self.overrides}, data_dir=self.data_dir)  # schema, demo data, key
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--workers",
                str(self.workers),
                "--threads",
                "4",
                "--bind",
                f"{self.host}:{self.port}",
                "--graceful-timeout",
                "5",
                "--no-control-socket",
                "reference_app.portal.wsgi:app",
            ],
            env=self._environment(),
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._listening = False
        settled = threading.Event()
        threading.Thread(target=self._relay_log, args=(settled,), daemon=True).start()
        if not settled.wait(START_TIMEOUT_SECONDS) or not self._listening:
            self.stop()
            raise PortalStartError(
                f"gunicorn började inte lyssna på {self.host}:{self.port} "
                f"(inom {START_TIMEOUT_SECONDS} s; är porten upptagen?)"
            )
        return self

    def _relay_log(self, settled: threading.Event) -> None:
        for line in self.process.stderr:
            sys.stderr.write(line)
            if LISTENING in line:
                self._listening = True
                settled.set()
        settled.set()  # gunicorn ended without listening: start() reports it

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stop(self) -> None:
        end(self.process)
