"""BankID's recommended user messages (RFA codes, Swedish) and the state each is for, as the fact
sheet (shared/reference/bankid-rp-api.md) lists them: the current text and the older ones still
in use. BankID's facts, as the rest of this package, not the reference portal's choice: the
portal shows the current texts (reference_app.portal.bankid_messages), and the spec checks every
target against them (steps/messages.py: where the features quote one, a target must show it in
that state, current or older, or its own wording named in the profile's `[texts]`; another
state's text in its place breaks H3 on every target)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class RecommendedText:
    code: str
    state: str  # the state it is for, in Swedish: "kunden avbröt i BankID-appen"
    current: str
    older: tuple[str, ...] = ()

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.current, *self.older)

    @property
    def pattern(self) -> re.Pattern:
        """Any of its texts, word for word (a line break counts as a space, the closing full stop
        may be left out at the end of a line), inside a longer message too."""
        return re.compile("|".join(_words(text) for text in self.texts), re.M)


def _words(text: str) -> str:
    words = r"\s+".join(map(re.escape, text.rstrip(".").split()))
    ending = r"(?:\.|(?=\s*$))" if text.endswith(".") else ""
    return rf"(?<![\w-]){words}{ending}"


RFA1 = RecommendedText("RFA1", "BankID-appen ska startas", "Starta BankID-appen.")
RFA2 = RecommendedText(
    "RFA2",
    "BankID-appen saknas",
    "Du verkar inte ha BankID-appen. Installera den och skaffa ett BankID.",
    ("Du har inte BankID-appen installerad. Kontakta din bank.",),
)
RFA3 = RecommendedText(
    "RFA3", "inloggningen ersattes av en ny", "Åtgärden avbröts. Försök igen.", ("Åtgärden avbruten. Försök igen.",)
)
RFA4 = RecommendedText(
    "RFA4",
    "en inloggning pågår redan",
    "En identifiering eller underskrift pågår redan för ditt personnummer. Försök igen.",
    ("En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.",),
)
RFA5 = RecommendedText(
    "RFA5", "tekniskt fel hos BankID", "Något gick fel. Försök igen.", ("Internt tekniskt fel. Försök igen.",)
)
RFA6 = RecommendedText("RFA6", "kunden avbröt i BankID-appen", "Åtgärden avbröts.", ("Åtgärden avbruten.",))
RFA8 = RecommendedText(
    "RFA8",
    "BankID-appen svarade inte i tid",
    "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Försök sedan igen.",
)
RFA9 = RecommendedText(
    "RFA9",
    "BankID väntar på säkerhetskoden",
    "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.",
)
RFA13 = RecommendedText("RFA13", "BankID-appen startas på den här enheten", "Försöker starta BankID-appen.")
SEARCHING = "BankID söks"
RFA15A = RecommendedText(
    "RFA15A",
    SEARCHING,
    "Söker efter BankID. Säkerställ att du har ett giltigt BankID på den här datorn. Om du har ett "
    "BankID på kort, sätt in kortet i kortläsaren.",
    ("Söker efter BankID, det kan ta en liten stund",),
)
RFA15B = RecommendedText(
    "RFA15B",
    SEARCHING,
    "Söker efter BankID. Säkerställ att du har ett giltigt BankID på den här enheten.",
    ("Söker efter BankID, det kan ta en liten stund",),
)
RFA16 = RecommendedText(
    "RFA16",
    "BankID:t är spärrat eller för gammalt",
    "Ditt BankID är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.",
    ("Det BankID du försöker använda är för gammalt eller spärrat.",),
)
RFA17A = RecommendedText(
    "RFA17A",
    "BankID-appen startade inte",
    "Du verkar inte ha BankID-appen/programmet. Installera den och skaffa ett BankID hos din bank.",
    ("BankID-appen verkar inte finnas i din dator eller mobil.",),
)
RFA17B = RecommendedText(
    "RFA17B",
    "QR-koden lästes inte av i tid",
    "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden.",
)
RFA21 = RecommendedText(
    "RFA21",
    "en identifiering pågår",
    "En identifiering eller underskrift pågår.",
    ("Identifiering eller underskrift pågår.",),
)
RFA22 = RecommendedText("RFA22", "okänt fel", "Något gick fel. Försök igen.", ("Okänt fel. Försök igen.",))
RFA23 = RecommendedText(
    "RFA23", "ID-handlingen ska fotograferas", "Fotografera och läs av din ID-handling med BankID-appen."
)

ALL = (
    RFA1,
    RFA2,
    RFA3,
    RFA4,
    RFA5,
    RFA6,
    RFA8,
    RFA9,
    RFA13,
    RFA15A,
    RFA15B,
    RFA16,
    RFA17A,
    RFA17B,
    RFA21,
    RFA22,
    RFA23,
)


def recommended(quoted: str) -> RecommendedText | None:
    """The recommended text the features quote (its current wording), else None."""
    return next((text for text in ALL if text.current == quoted), None)


def other_state_shown(shown: str, expected: RecommendedText) -> RecommendedText | None:
    """BankID's text for another state in `shown` (a text that also fits `expected`'s state, as
    "Något gick fel. Försök igen." fits both RFA5 and RFA22, is not another state's)."""
    for text in ALL:
        if text.state == expected.state or expected.pattern.search(" ".join(text.texts)):
            continue
        if text.pattern.search(shown):
            return text
    return None
