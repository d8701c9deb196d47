"""The engine's defaults, each defined once: how long it waits on a target, and what its exit
codes mean. (Where the reference stack listens is the stack's own: reference_app/stack_defaults.py.)"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


@dataclass(frozen=True)
class Timeouts:
    """How long the suite waits on a target, in seconds; passed whole, turned into Playwright's
    milliseconds only where Playwright is called (`ms`). A profile's [timeouts] sets action,
    navigation and mail; its [bankid] timeout sets person."""

    action: float = 10  # for a control or a word to appear, a form or a page to answer a click
    navigation: float = 10  # for a page to load
    mail: float = 20  # for a mail to arrive
    look: float = 1  # for a page that has loaded to show what it shows (a single-page app's soon after)
    person: float = 180  # for the person with a test BankID, at each step (assisted BankID)

    @property
    def action_ms(self) -> float:
        return ms(self.action)

    @property
    def navigation_ms(self) -> float:
        return ms(self.navigation)

    @property
    def look_ms(self) -> float:
        return ms(self.look)


DEFAULT_TIMEOUTS = Timeouts()


def ms(seconds: float) -> float:
    """Playwright's unit."""
    return seconds * 1000


MAX_TIMEOUT_SECONDS = 600  # the longest a profile may ask the suite to wait


class ExitCode(IntEnum):
    """The engine's exit codes (spec, merge-report; the README lists them)."""

    HELD = 0  # every rule held
    NOT_HELD = 1  # a rule failed or is unproven
    USAGE = 2  # the command line was used wrongly (argparse's own)
    UNREACHABLE = 3  # the target did not answer: no rule is judged
    SETUP = 4  # the profile, a secret, the test data or the browser cannot be used
    DONE = 0  # another command did what it was asked
    NOT_DONE = 1  # another command could not (what is wrong is said)
