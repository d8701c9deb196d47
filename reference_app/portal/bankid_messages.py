"""BankID's recommended user messages (RFA codes, Swedish, the current texts) for each collect
answer and error, as the fact sheet (shared/reference/bankid-rp-api.md) lists them. These are
BankID's recommendations, not the help page's words: another deployment may word them otherwise."""

from __future__ import annotations

RFA1 = "Starta BankID-appen."
RFA2 = "Du verkar inte ha BankID-appen. Installera den och skaffa ett BankID."
RFA3 = "Åtgärden avbröts. Försök igen."
RFA4 = "En identifiering eller underskrift pågår redan för ditt personnummer. Försök igen."
RFA5 = "Något gick fel. Försök igen."
RFA6 = "Åtgärden avbröts."
RFA8 = "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Försök sedan igen."
RFA9 = "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under."
RFA13 = "Försöker starta BankID-appen."
RFA15A = (
    "Söker efter BankID. Säkerställ att du har ett giltigt BankID på den här datorn. Om du har ett "
    "BankID på kort, sätt in kortet i kortläsaren."
)
RFA15B = "Söker efter BankID. Säkerställ att du har ett giltigt BankID på den här enheten."
RFA16 = "Ditt BankID är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank."
RFA17A = "Du verkar inte ha BankID-appen/programmet. Installera den och skaffa ett BankID hos din bank."
RFA17B = "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden."
RFA21 = "En identifiering eller underskrift pågår."
RFA22 = "Något gick fel. Försök igen."
RFA23 = "Fotografera och läs av din ID-handling med BankID-appen."

# No RFA covers a cancel on the page itself: the portal says it in its own words.
CANCELLED_ON_PAGE = "Inloggningen avbröts."

PENDING = {"userSign": RFA9, "userMrtd": RFA23, "userCallConfirm": RFA21}
FAILED = {
    "expiredTransaction": RFA8,
    "certificateErr": RFA16,
    "userCancel": RFA6,
    "cancelled": RFA3,
    "userDeclinedCall": RFA22,
    "notSupportedByUserApp": RFA22,
    "transactionRiskBlocked": RFA22,
}
ERRORS = {"alreadyInProgress": RFA4, "requestTimeout": RFA5, "maintenance": RFA5, "internalError": RFA5}


def first_message(autostart: bool) -> str:
    """What the page says as an order starts: RFA13 when the app is opened on this device."""
    return RFA13 if autostart else RFA1


def for_pending(hint_code: str | None, autostart: bool, mobile: bool = False) -> str:
    """outstandingTransaction: RFA13 on this device, else RFA1; noClient: RFA1 in both flows;
    started: RFA15B on a phone or tablet, RFA15A on a computer; unknown: RFA21."""
    if hint_code == "outstandingTransaction":
        return first_message(autostart)
    if hint_code == "noClient":
        return RFA1
    if hint_code == "started":
        return RFA15B if mobile else RFA15A
    return PENDING.get(hint_code or "", RFA21)


def for_failed(hint_code: str | None, autostart: bool) -> str:
    if hint_code == "startFailed":
        return RFA17A if autostart else RFA17B
    return FAILED.get(hint_code or "", RFA22)


def for_error(error_code: str) -> str:
    return ERRORS.get(error_code, RFA22)
