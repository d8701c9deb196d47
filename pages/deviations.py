"""What a failed check means, said in Swedish: a word of the help page missing, a rule of the
help page broken while its words are there, or a page the target cannot show. Page objects and
steps raise these; the spec engine puts the explanation first in the console and the report."""

from __future__ import annotations

from urllib.parse import urlsplit

from minasidor_spec.pages.help_words import Word

DRIFT = "Avvikelse från hjälpsidan"


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class HelpWordMissing(AssertionError):
    def __init__(self, word: Word, url: str, shown: str = "", known: bool = False, instead: str = ""):
        self.word = word
        self.known = known  # the pre-flight already missed it: the same failure every time
        self.where = _path(url)
        self.instead = instead  # the page's closest words: 'länken "Nytt lösenord"' (feedback.closest_control)
        instead_said = (
            f"Där visar sidan i stället {instead}."
            if instead
            else "Hjälpsidan använder de orden, så gränssnittet har ändrats eller visar något annat här."
        )
        super().__init__(
            f"{DRIFT} ({', '.join(word.rules)}): hittade inte {word.description} på sidan {self.where}. "
            + instead_said
            + (f" {shown}" if shown else "")
        )


class KnownWordMissing(HelpWordMissing):
    """A word the pre-flight already missed on this target: the same failure every time (not run
    again: minasidor_spec.plugin's rerun_except names this class)."""


class NoAnswerSeen(AssertionError):
    """A control of the help page was used and nothing a customer could see changed."""

    def __init__(self, word: Word, url: str, seconds: float, shown: str = ""):
        self.word = word
        super().__init__(
            f"{DRIFT} ({', '.join(word.rules)}): inget hände när {word.description} användes på sidan "
            f"{_path(url)}: ingen ny sida, inget meddelande och inget fel syntes inom {seconds:.0f} s."
            + (f" {shown}" if shown else "")
        )


class RuleBroken(AssertionError):
    def __init__(self, rule: str, what: str):
        self.rule, self.what = rule, what
        super().__init__(f"{DRIFT} ({rule}): {what}" + ("" if what.endswith((".", "!", "?")) else "."))


class BankIDTextBroken(RuleBroken):
    """BankID's recommended text for another state where the features quote one: BankID's rule for
    every relying party ("Följ instruktionerna på skärmen", H3), never a reference decision."""

    def __init__(self, expected, other, shown: str):
        super().__init__(
            "H3",
            f"i läget ”{expected.state}” rekommenderar BankID texten ”{expected.current}” ({expected.code}); "
            f"sidan visar i stället BankID:s text för läget ”{other.state}” ({other.code}): ”{shown[:200]}”",
        )


class LedNowhere(AssertionError):
    """A link of the help page was clicked and no page (and no new address) followed."""

    def __init__(self, word: Word | None, url: str, seconds: float, shown: str = ""):
        self.word = word
        what = f"{DRIFT} ({', '.join(word.rules)}): {word.description}" if word else "Länken"
        super().__init__(
            f"{what} ledde inte till någon ny sida från {_path(url)} inom {seconds:.0f} s."
            + (f" {shown}" if shown else "")
        )


class PageUnavailable(AssertionError):
    """The target answered a page with 404 or a server error: not drift, but not there either.
    A page that answers 200 but says it is not found (a single-page app's 404) is one too."""

    def __init__(self, url: str, status: int, says: str = ""):
        self.status = status
        if says:
            what = f'finns inte: den svarade {status} men visar "{says}"'
        elif status == 404:
            what = "finns inte (404)"
        elif status >= 500:
            what = f"gav ett serverfel ({status})"
        else:
            what = f"svarade {status}"
        super().__init__(f"Sidan {_path(url)} {what}. Det är ett fel i målmiljön, inte en avvikelse från hjälpsidan.")
