"""Helpers for step texts: quoted parameters that may be empty."""


def quoted(name: str) -> str:
    """A regex group for a double-quoted parameter, empty allowed."""
    return rf'"(?P<{name}>[^"]*)"'


def optionally(words: str, name: str) -> str:
    """`words` and a quoted parameter, or nothing (the parameter is then None): a proof says what
    the help page says, and a reference decision adds our portal's own wording."""
    return f"(?:{words}{quoted(name)})?"
