"""The portal's BankID messages are BankID's current recommended texts (RFA1–RFA23), shown for
the hint codes and errors the fact sheet (shared/reference/bankid-rp-api.md) names: the whole
table, copied here so that the test runs in any clone."""

from __future__ import annotations

import pytest

from reference_app.portal import bankid_messages as rfa

CURRENT = {
    "RFA1": "Starta BankID-appen.",
    "RFA2": "Du verkar inte ha BankID-appen. Installera den och skaffa ett BankID.",
    "RFA3": "Åtgärden avbröts. Försök igen.",
    "RFA4": "En identifiering eller underskrift pågår redan för ditt personnummer. Försök igen.",
    "RFA5": "Något gick fel. Försök igen.",
    "RFA6": "Åtgärden avbröts.",
    "RFA8": "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. "
    "Försök sedan igen.",
    "RFA9": "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.",
    "RFA13": "Försöker starta BankID-appen.",
    "RFA15A": "Söker efter BankID. Säkerställ att du har ett giltigt BankID på den här datorn. Om du har ett "
    "BankID på kort, sätt in kortet i kortläsaren.",
    "RFA15B": "Söker efter BankID. Säkerställ att du har ett giltigt BankID på den här enheten.",
    "RFA16": "Ditt BankID är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.",
    "RFA17A": "Du verkar inte ha BankID-appen/programmet. Installera den och skaffa ett BankID hos din bank.",
    "RFA17B": "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden.",
    "RFA21": "En identifiering eller underskrift pågår.",
    "RFA22": "Något gick fel. Försök igen.",
    "RFA23": "Fotografera och läs av din ID-handling med BankID-appen.",
}

# (hint code, autostart flow, phone or tablet) -> RFA, as the fact sheet's "shown for" column says.
PENDING = [
    ("outstandingTransaction", False, False, "RFA1"),
    ("outstandingTransaction", True, False, "RFA13"),
    ("noClient", False, False, "RFA1"),
    ("noClient", True, False, "RFA1"),
    ("started", False, False, "RFA15A"),
    ("started", True, False, "RFA15A"),
    ("started", False, True, "RFA15B"),
    ("started", True, True, "RFA15B"),
    ("userSign", False, False, "RFA9"),
    ("userMrtd", False, False, "RFA23"),
    ("userCallConfirm", False, False, "RFA21"),
    ("aNewHintCode", False, False, "RFA21"),
    (None, False, False, "RFA21"),
]
FAILED = [
    ("cancelled", False, "RFA3"),
    ("userCancel", False, "RFA6"),
    ("expiredTransaction", False, "RFA8"),
    ("certificateErr", False, "RFA16"),
    ("startFailed", True, "RFA17A"),
    ("startFailed", False, "RFA17B"),
    ("userDeclinedCall", False, "RFA22"),
    ("notSupportedByUserApp", False, "RFA22"),
    ("transactionRiskBlocked", False, "RFA22"),
    ("aNewHintCode", False, "RFA22"),
]
ERRORS = [
    ("alreadyInProgress", "RFA4"),
    ("requestTimeout", "RFA5"),
    ("maintenance", "RFA5"),
    ("internalError", "RFA5"),
    ("tooManyRequests", "RFA22"),
    ("somethingNew", "RFA22"),
]


@pytest.mark.parametrize("code, text", CURRENT.items())
def test_each_message_is_bankids_current_text(code, text):
    assert getattr(rfa, code) == text


def test_rfa14_is_gone_with_secure_start():
    assert not hasattr(rfa, "RFA14")


@pytest.mark.parametrize("hint, autostart, mobile, code", PENDING)
def test_pending(hint, autostart, mobile, code):
    assert rfa.for_pending(hint, autostart, mobile) == CURRENT[code]


@pytest.mark.parametrize("hint, autostart, code", FAILED)
def test_failed(hint, autostart, code):
    assert rfa.for_failed(hint, autostart) == CURRENT[code]


@pytest.mark.parametrize("error, code", ERRORS)
def test_errors(error, code):
    assert rfa.for_error(error) == CURRENT[code]


def test_the_first_message_and_a_cancel_on_the_page():
    assert rfa.first_message(autostart=False) == CURRENT["RFA1"]
    assert rfa.first_message(autostart=True) == CURRENT["RFA13"]
    assert rfa.CANCELLED_ON_PAGE not in CURRENT.values()  # no RFA covers it: the portal's own words
