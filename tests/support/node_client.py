"""A real npm client library (npm `bankid`, `mailpit-api`) driven from a test through
js/client_driver.cjs: one JSON line per call, the library unchanged but for its base URL."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
from pathlib import Path

DRIVER = Path(__file__).parent / "js" / "client_driver.cjs"
CALL_TIMEOUT_SECONDS = 30


class NodeCallError(Exception):
    """The library threw (or rejected with) `error`: name, message, code, details."""

    def __init__(self, method: str, error: dict):
        super().__init__(f"{method}: {error}")
        self.error = error


class NodeClient:
    def __init__(self, kind: str, config: dict, node_modules: Path):
        env = {**os.environ, "NODE_PATH": str(node_modules)}
        self._process = subprocess.Popen(
            ["node", str(DRIVER), kind, json.dumps(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._process.stdout, selectors.EVENT_READ)
        self._next_id = 0
        self.calls: list[str] = []

    def call(self, method: str, *args, timeout: float = CALL_TIMEOUT_SECONDS):
        """The call's result; NodeCallError when the library throws."""
        self._next_id += 1
        self.calls.append(method)
        self._process.stdin.write(json.dumps({"id": self._next_id, "method": method, "args": list(args)}) + "\n")
        self._process.stdin.flush()
        if not self._selector.select(timeout):
            raise TimeoutError(f"{method}: no answer from the Node.js client within {timeout} s")
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"{method}: the Node.js client stopped: {self._process.stderr.read()[-2000:]}")
        answer = json.loads(line)
        if "error" in answer:
            raise NodeCallError(method, answer["error"])
        return answer["ok"]

    def close(self) -> None:
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._selector.close()
        self._process.stdout.close()
        self._process.stderr.close()
