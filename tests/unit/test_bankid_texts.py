"""BankID's recommended texts as the suite recognises them on any target: the current or an older
wording, inside a longer message, and another state's text told apart from this state's."""

from __future__ import annotations

import pytest

from reference_app.fake_bankid import user_messages as bankid


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (bankid.RFA6, "Åtgärden avbröts."),
        (bankid.RFA6, "Åtgärden avbruten.\nFörsök igen"),
        (bankid.RFA1, "Starta BankID-appen\nAvbryt"),
        (bankid.RFA9, "Skriv in din säkerhetskod i BankID-appen\noch välj Identifiera eller Skriv under."),
        (bankid.RFA15A, "Söker efter BankID, det kan ta en liten stund …"),
        (bankid.RFA16, "Det BankID du försöker använda är för gammalt eller spärrat. Skaffa ett nytt."),
    ],
)
def test_the_recommended_text_is_recognised_as_portals_show_it(text, shown):
    assert text.pattern.search(shown)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (bankid.RFA1, "Försöker starta BankID-appen."),
        (bankid.RFA1, "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden."),
        (bankid.RFA6, "Inloggningen avbröts."),
        (bankid.RFA9, "Skriv in din säkerhetskod i BankID-appen och välj Identifiera."),
    ],
)
def test_another_wording_is_not_taken_for_it(text, shown):
    assert not text.pattern.search(shown)


def test_another_states_text_is_named():
    assert bankid.other_state_shown(bankid.RFA8.current, bankid.RFA6) is bankid.RFA8
    assert bankid.other_state_shown("Åtgärden avbröts.", bankid.RFA8) is bankid.RFA6
    assert bankid.other_state_shown(bankid.RFA9.current, bankid.RFA1) is bankid.RFA9


def test_this_states_texts_and_shared_words_are_not_another_state():
    assert bankid.other_state_shown(bankid.RFA15B.current, bankid.RFA15A) is None  # the same state on a phone
    assert bankid.other_state_shown(bankid.RFA22.current, bankid.RFA5) is None  # the same words
    assert bankid.other_state_shown(bankid.RFA3.current, bankid.RFA6) is None  # "Åtgärden avbröts." and more
    assert bankid.other_state_shown("Tekniskt fel hos BankID.", bankid.RFA5) is None


def test_the_features_quote_the_current_texts():
    assert bankid.recommended("Åtgärden avbröts.") is bankid.RFA6
    assert bankid.recommended("Inloggningen avbröts.") is None
