"""Helpers for step texts: quoted parameters that may be empty."""

import re


def quoted(name: str) -> str:
    """A regex group for a double-quoted parameter, empty allowed."""
    return rf'"(?P<{name}>[^"]*)"'


def contains(text: str) -> re.Pattern:
    """Match text anywhere (for messages that go on after the part a scenario quotes)."""
    return re.compile(re.escape(text))
