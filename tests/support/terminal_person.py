"""A person at a terminal with a test BankID, played by a test: the suite runs in a pseudo-terminal
(its controlling terminal, so /dev/tty is there), and the test reads what the suite shows the
person (its Swedish instructions, the QR code drawn in half blocks) and answers with our
simulated BankID app, as a person with a phone would."""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys
import termios
import threading
from pathlib import Path

import zxingcpp
from PIL import Image

from minasidor_spec.target.bankid_person import QR_HEADING

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
BLOCKS = {"█": (1, 1), "▀": (1, 0), "▄": (0, 1), " ": (0, 0)}
MODULE_PX = 6


def _become_terminal_owner() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class TerminalRun:
    """A child process whose controlling terminal is a pseudo-terminal this object reads."""

    def __init__(self, command: list[str], cwd: Path, env: dict[str, str]):
        master, slave = os.openpty()
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
            preexec_fn=_become_terminal_owner,
        )
        os.close(slave)
        self._master = master
        self._text: list[str] = []
        self._cleaned = (0, "")  # (chunks read, their text without escape sequences), kept between reads
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self._master, 65536)
            except OSError:  # the child has gone (EIO)
                chunk = b""
            with self._changed:
                if not chunk:
                    self._text.append("\0")
                    self._changed.notify_all()
                    return
                self._text.append(chunk.decode("utf-8", "replace"))
                self._changed.notify_all()

    @property
    def chunks(self) -> int:
        with self._changed:
            return len(self._text)

    @property
    def text(self) -> str:
        """All the output so far, as the person reads it (no escape sequences, no carriage returns)."""
        with self._changed:
            read = len(self._text)
            if self._cleaned[0] != read:
                self._cleaned = (read, ANSI.sub("", "".join(self._text)).replace("\r", ""))
            return self._cleaned[1]

    @property
    def ended(self) -> bool:
        return self.text.endswith("\0")

    def wait_for_more(self, seen_chunks: int, timeout: float) -> None:
        """Until more than `seen_chunks` pieces of output have come (or the child ends)."""
        with self._changed:
            self._changed.wait_for(lambda: len(self._text) > seen_chunks, timeout=timeout)

    def close(self, timeout: float = 60) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(10)
        os.close(self._master)
        return code


def last_qr(text: str) -> str | None:
    """What the last complete QR code drawn in the terminal says (read as a camera would)."""
    frames = text.split(QR_HEADING)[1:]
    for frame in reversed(frames[-2:]):
        rows = []
        for line in frame.split("\n")[1:]:
            if line and set(line) <= set(BLOCKS):
                rows.append(line)
            elif rows:
                break
        if len(rows) < 10:
            continue
        width = max(len(row) for row in rows)
        image = Image.new("L", (width * MODULE_PX, len(rows) * 2 * MODULE_PX), 255)
        for y, row in enumerate(rows):
            for x, char in enumerate(row):
                for half, dark in enumerate(BLOCKS[char]):
                    if dark:
                        image.paste(
                            0,
                            (
                                x * MODULE_PX,
                                (2 * y + half) * MODULE_PX,
                                (x + 1) * MODULE_PX,
                                (2 * y + half + 1) * MODULE_PX,
                            ),
                        )
        found = zxingcpp.read_barcodes(image)
        if found:
            return found[0].text
    return None


def spec_command(report_dir: Path, *arguments: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "minasidor_spec",
        "spec",
        "--report",
        str(report_dir),
        "-p",
        "no:cacheprovider",
        *arguments,
    ]
