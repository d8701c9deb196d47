"""Helpers for step texts: quoted parameters that may be empty."""


def quoted(name: str) -> str:
    """A regex group for a double-quoted parameter, empty allowed."""
    return rf'"(?P<{name}>[^"]*)"'
