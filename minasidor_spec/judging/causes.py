"""Why a scenario failed, as data: the kind of cause, the help-page rules it is blamed on, the
Swedish explanation, and for a missing word the word, the page and what the page shows there
instead. The run record keeps causes whole, so the judge never reads a rule id out of prose.

The kinds:
- a deviation from the help page (a word missing, a rule broken while its words are there): fails
  the rules it names, and only those;
- a reference decision of ours broken (our portal's own wording or limit; on another target it is
  noted, never a failure);
- accessibility (keyboard only) broken: fails a run on our portal, never a rule;
- the target did not answer (an outage): no rule is judged;
- test data (too few test customers) or a profile that cannot be used: no rule is judged;
- the suite's own error (a step that crashed): it fails the run and blocks the rules it kept from
  being proven, but is no deviation of the target."""

from __future__ import annotations

from dataclasses import asdict, dataclass

DEVIATION, REFERENCE, ACCESS, UNREACHABLE, TEST_DATA, PROFILE, SUITE = (
    "avvikelse",
    "referensbeslut",
    "tillgänglighet",
    "nåddes inte",
    "testdata",
    "profil",
    "sviten",
)
KINDS = (DEVIATION, REFERENCE, ACCESS, UNREACHABLE, TEST_DATA, PROFILE, SUITE)
# How the first screen and the console head a cause of each kind.
HEADINGS = {
    DEVIATION: "Avvikelse från hjälpsidan",
    REFERENCE: "Referensportalens beslut bryts",
    ACCESS: "Tillgänglighet (bara tangentbord) fungerar inte",
    UNREACHABLE: "Målmiljön svarade inte",
    TEST_DATA: "Testdata saknas",
    PROFILE: "Målprofilen kan inte användas",
    SUITE: "Fel i sviten själv (inte i målmiljön)",
}


@dataclass(frozen=True)
class Cause:
    kind: str
    rules: tuple[str, ...]  # the rules it is blamed on (a deviation fails them)
    text: str  # the whole Swedish explanation
    word: str = ""  # the help-page word not found, as said: 'länken "Skapa lösenord"'
    where: str = ""  # the page it was looked for on: "/logga-in"
    instead: str = ""  # what the page shows there instead: 'länken "Nytt lösenord"'
    step: str = ""  # the step as the feature words it

    @property
    def key(self) -> tuple:
        """Causes with the same key are one cause (seen in several scenarios)."""
        if self.word:
            return (self.kind, self.rules, self.word)
        return (self.kind, self.rules, self.text.split(". ", 1)[0][:200])

    @property
    def line(self) -> str:
        """One line for the first screen and the console: the word or rule, where, what instead."""
        rules = f" ({', '.join(self.rules)})" if self.rules else ""
        if self.word:
            where = f" på sidan {self.where}" if self.where else ""
            instead = f"; där visar sidan i stället {self.instead}" if self.instead else ""
            return f"{HEADINGS[self.kind]}{rules}: {self.word} saknas{where}{instead}."
        step = f" i steget ”{self.step}”" if self.step else ""
        if self.kind == DEVIATION and not self.text.startswith(HEADINGS[DEVIATION]):
            # a page the target cannot show (404, 5xx): it keeps the rule from holding, said as it is
            return f"Regel {', '.join(self.rules)}{step}: {short(self.text)}"
        return f"{HEADINGS[self.kind]}{rules}{step}: {short(self.text)}"

    def to_dict(self) -> dict:
        return {**asdict(self), "rules": list(self.rules)}

    @classmethod
    def from_dict(cls, data: dict) -> Cause:
        fields = {key: data.get(key, "") for key in ("kind", "text", "word", "where", "instead", "step")}
        return cls(rules=tuple(data.get("rules", ())), **fields)


def short(text: str, limit: int = 220) -> str:
    """The explanation without its heading, cut at a word before `limit` characters."""
    for heading in HEADINGS.values():
        if text.startswith(heading):
            text = text[len(heading) :].lstrip()
            text = text.split(": ", 1)[1] if text.startswith(("(", "i steget")) and ": " in text else text
            text = text.lstrip(":").lstrip()
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
