"""BankID's recommended user messages (RFA codes, Swedish) for each collect answer and error."""

from __future__ import annotations

RFA1 = "Starta BankID-appen."
RFA3 = "Åtgärden avbruten. Försök igen."
RFA4 = "En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen."
RFA5 = "Internt tekniskt fel. Försök igen."
RFA6 = "Åtgärden avbruten."
RFA8 = ("BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. "
        "Om du inte har något giltigt BankID kan du skaffa ett hos din bank. Försök sedan igen.")
RFA9 = "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under."
RFA13 = "Försöker starta BankID-appen."
RFA14 = "Söker efter BankID, det kan ta en liten stund …"
RFA16 = ("Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller "
         "skaffa ett nytt hos din bank.")
RFA17A = ("BankID-appen verkar inte finnas i din dator eller mobila enhet. Installera den och skaffa ett BankID "
          "hos din bank. Installera appen från din appbutik eller https://install.bankid.com.")
RFA17B = ("Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden. Kontrollera att "
          "BankID-appen är uppdaterad. Om du inte har BankID-appen måste du installera den och skaffa ett "
          "BankID hos din bank. Installera appen från din appbutik eller https://install.bankid.com.")
RFA21 = "Identifiering eller underskrift pågår."
RFA22 = "Okänt fel. Försök igen."
RFA23 = "Fotografera och läs av din ID-handling med BankID-appen."

PENDING = {"userSign": RFA9, "started": RFA14, "userMrtd": RFA23}
FAILED = {"expiredTransaction": RFA8, "certificateErr": RFA16, "userCancel": RFA6, "cancelled": RFA3}
ERRORS = {"alreadyInProgress": RFA4, "requestTimeout": RFA5, "maintenance": RFA5, "internalError": RFA5}


def for_pending(hint_code: str, autostart: bool) -> str:
    if hint_code in ("outstandingTransaction", "noClient"):
        return RFA13 if autostart else RFA1
    return PENDING.get(hint_code, RFA21)


def for_failed(hint_code: str, autostart: bool) -> str:
    if hint_code == "startFailed":
        return RFA17A if autostart else RFA17B
    return FAILED.get(hint_code, RFA22)


def for_error(error_code: str) -> str:
    return ERRORS.get(error_code, RFA22)
