"""What a failed check means, said in Swedish: a word of the help page missing, a rule of the
help page broken while its words are there, or a page the target cannot show. Page objects and
steps raise these; the spec engine puts the explanation first in the console and the report."""

from __future__ import annotations

from urllib.parse import urlsplit

from .help_words import Word

DRIFT = "Avvikelse från hjälpsidan"


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class HelpWordMissing(AssertionError):
    def __init__(self, word: Word, url: str):
        self.word = word
        super().__init__(f"{DRIFT} ({', '.join(word.rules)}): hittade inte {word.description} på sidan {_path(url)}. "
                         "Hjälpsidan använder de orden, så gränssnittet har ändrats eller visar något annat här.")


class RuleBroken(AssertionError):
    def __init__(self, rule: str, what: str):
        self.rule, self.what = rule, what
        super().__init__(f"{DRIFT} ({rule}): {what}.")


class PageUnavailable(AssertionError):
    """The target answered a page with 404 or a server error: not drift, but not there either."""

    def __init__(self, url: str, status: int):
        self.status = status
        if status == 404:
            what = "finns inte (404)"
        elif status >= 500:
            what = f"gav ett serverfel ({status})"
        else:
            what = f"svarade {status}"
        super().__init__(f"Sidan {_path(url)} {what}. Det är ett fel i målmiljön, inte en avvikelse från hjälpsidan.")
