"""A run that cannot go on says why before it stops, so that its record (and so the report, the
history and the exit code) says it too: the target did not answer (exit 3), or the profile, a
secret, the test data or the browser cannot be used (exit 4). No rule is judged then."""

from __future__ import annotations

from datetime import datetime

import pytest

from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging.causes import PROFILE, SUITE, TEST_DATA, UNREACHABLE

CODES = {UNREACHABLE: ExitCode.UNREACHABLE, TEST_DATA: ExitCode.SETUP, PROFILE: ExitCode.SETUP, SUITE: ExitCode.SETUP}

# {"code", "kind", "text", "what" (the part that did not answer), "url", "time"}
STOPPED_KEY = pytest.StashKey[dict]()


def note_stop(config: pytest.Config, kind: str, text: str, what: str = "", url: str = "") -> None:
    """Say in the run record why the run stops (the first reason is kept)."""
    if STOPPED_KEY in config.stash:
        return
    config.stash[STOPPED_KEY] = {
        "code": CODES[kind],
        "kind": kind,
        "text": text,
        "what": what,
        "url": url,
        "time": datetime.now().isoformat(timespec="seconds"),
    }


def stop_run(config: pytest.Config, kind: str, text: str, what: str = "", url: str = "") -> None:
    """Note why, then stop the run at once (from a fixture: pytest.exit)."""
    note_stop(config, kind, text, what, url)
    pytest.exit(text, returncode=CODES[kind])
