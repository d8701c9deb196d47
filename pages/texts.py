"""The reference portal's own wording where the help page is silent (messages, headings, mail
subjects, BankID's recommended texts), as a target words it. The features quote a message whole;
what varies in it ("[min e-postadress]", "[antal]") is written in brackets. A target may map a wording
(profile `[texts]`: the wording as the features quote it = the target's, exact or `re:`); the
reference portal uses its own; any other wording is not checked, only the behaviour."""

from __future__ import annotations

import re

REGEX_PREFIX = "re:"
# In a quoted message, what varies from customer to customer: "till [min e-postadress]."
VARYING = re.compile(r"\[[^\]]+\]")


def literal(wording: str) -> str:
    """`wording` as a regular expression: its words exactly (a line break in the page's markup
    counts as a space), each [varying part] any text."""
    return ".+?".join(r"\s+".join(map(re.escape, part.split(" "))) for part in VARYING.split(wording))


class Texts:
    def __init__(self, mapping: dict[str, str] | None = None, reference: bool = False):
        self.mapping = dict(mapping or {})
        self.reference = reference  # the target words things as the reference portal does

    def pattern(self, wording: str) -> re.Pattern | None:
        """What to look for where the features quote `wording`; None when the target's own
        wording is unknown (then only the behaviour is checked)."""
        if wording in self.mapping:
            target = self.mapping[wording]
            if target.startswith(REGEX_PREFIX):
                return re.compile(target[len(REGEX_PREFIX) :])
            return re.compile(re.escape(target))
        if self.reference:
            return re.compile(literal(wording))
        return None

    def name(self, wording: str) -> re.Pattern | None:
        """For an accessible name: the whole name (an exact wording), a `re:` pattern, or None."""
        if wording in self.mapping and self.mapping[wording].startswith(REGEX_PREFIX):
            return self.pattern(wording)
        if wording in self.mapping or self.reference:
            return re.compile(f"^{re.escape(self.mapping.get(wording, wording))}$")
        return None
