"""Whether a message reads as an error or as a success, to a Swedish customer who reads it,
whatever its markup: "Kundnumret eller lösenordet stämmer inte." is an error, "Tack! Vi har
skickat ett mejl till dig." a success, "Skriv 16 före organisationsnumret." neither (an
instruction). Used where a target's own wording is unknown: an error the features expect must not
read as a success, a success must not read as an error."""

from __future__ import annotations

import re

# Words that say something was not done, is wrong or is missing.
_ERROR = re.compile(
    r"\b(?:inte|ej|ingen|inget|inga|aldrig|fel|felaktig\w*|ogiltig\w*|misslyckades|misslyckad\w*|saknas|"
    r"måste|kan\s+inte|avbr(?:öts|uten|utits?)|spärra\w*|blockera\w*|för\s+gammalt|tyvärr|"
    r"försök\s+igen|gick\s+inte|problem|stopp\w*|nekad\w*|avvisa\w*|utgången|gått\s+ut)\b",
    re.I,
)
# Words that say something was done.
_SUCCESS = re.compile(
    r"\b(?:tack|klart|klar|färdig|lyckades|lyckad\w*|grattis|välkommen|"
    r"(?:har|är)\s+(?:vi\s+)?(?:nu\s+)?(?:skickat|skickats|registrerat|registrerats|registrerad|sparat|sparats|sparad|"
    r"kopplad|kopplat|ändrat|ändrats|ändrad|skapat|skapats|skapad|mejlat|bytt)|"
    r"du\s+är\s+(?:nu\s+)?inloggad)\b",
    re.I,
)


def reads_as_error(text: str) -> bool:
    return bool(_ERROR.search(text))


def reads_as_success(text: str) -> bool:
    """Says that something was done, and nothing that it was not."""
    return bool(_SUCCESS.search(text)) and not reads_as_error(text)
