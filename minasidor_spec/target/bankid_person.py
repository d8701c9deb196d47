"""BankID's own test environment, assisted ([bankid] mode = "assisterad"): a person with a test
BankID on their phone plays the customer. The suite shows them the page's QR code in the
terminal (and in the browser window, where the run has one), tells them in Swedish what to do,
and waits, within the profile's time limit, for what the page shows next.

The terminal is /dev/tty: the person's, whatever pytest does with its output. A run without one
(CI) cannot ask anybody: those steps are skipped as "kräver en person med test-BankID"."""

from __future__ import annotations

import os
import sys

import segno

QR_HEADING = "QR-kod för BankID-appen (den byts varje sekund):"
# Dark modules black on white, whatever the terminal's colours: a camera reads it either way.
BLACK_ON_WHITE, PLAIN = "\x1b[30;47m", "\x1b[0m"
HALF_BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}
QUIET_ZONE = 2  # modules of white around the code


def qr_lines(content: str) -> list[str]:
    """The code as text, two modules per character row (half blocks), with its quiet zone."""
    matrix = [[bool(module) for module in row] for row in segno.make_qr(content, error="m").matrix]
    size = len(matrix) + 2 * QUIET_ZONE
    blank = [False] * size
    rows = (
        [blank] * QUIET_ZONE
        + [[False] * QUIET_ZONE + row + [False] * QUIET_ZONE for row in matrix]
        + [blank] * (QUIET_ZONE + (len(matrix) % 2))
    )
    return [
        "".join(HALF_BLOCKS[(top[i], bottom[i])] for i in range(size))
        for top, bottom in zip(rows[::2], rows[1::2], strict=True)
    ]


def has_display() -> bool:
    """Can a browser window be shown here (a desktop session)?"""
    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def has_terminal() -> bool:
    try:
        with open("/dev/tty", "w"):
            return True
    except OSError:
        return False


class Person:
    """The person at the terminal, with a test BankID."""

    def __init__(self, terminal, seconds: float):
        self.terminal = terminal
        self.seconds = seconds
        self._shown_lines = 0  # the QR code drawn last, to draw the next one over it

    @classmethod
    def at_terminal(cls, seconds: float) -> Person | None:
        try:
            terminal = open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115 - kept for the session
        except OSError:
            return None
        return cls(terminal, seconds)

    def say(self, text: str) -> None:
        self._shown_lines = 0
        self.terminal.write(f"\n>>> {text}\n")
        self.terminal.flush()

    def show_qr(self, content: str) -> None:
        """Draw the code, over the one drawn before (the page's code changes every second)."""
        lines = [QR_HEADING] + [f"{BLACK_ON_WHITE}{line}{PLAIN}" for line in qr_lines(content)]
        up = f"\x1b[{self._shown_lines}F" if self._shown_lines else ""
        self.terminal.write(up + "\n".join(lines) + "\n")
        self.terminal.flush()
        self._shown_lines = len(lines)

    def close(self) -> None:
        self.terminal.close()
