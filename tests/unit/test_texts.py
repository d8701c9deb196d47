"""The target's wording of the reference portal's decisions."""

from minasidor_spec.pages.texts import Texts


def test_the_reference_portal_is_checked_as_the_features_quote_it():
    texts = Texts(reference=True)
    assert texts.pattern("Du är nu utloggad.").search("OK. Du är nu utloggad. Välkommen åter")
    assert texts.name("Avbryt").fullmatch("Avbryt") and not texts.name("Avbryt").fullmatch("Avbryt allt")


def test_a_mapped_wording_is_the_targets_exact_text_or_pattern():
    texts = Texts({"Du är nu utloggad.": "Du har loggat ut.", "Åtgärden avbröts.": "re:avbr(u|ö)ts$"})
    assert texts.pattern("Du är nu utloggad.").search("Klart. Du har loggat ut.")
    assert not texts.pattern("Du är nu utloggad.").search("Du är nu utloggad.")
    assert texts.name("Du är nu utloggad.").fullmatch("Du har loggat ut.")
    assert texts.pattern("Åtgärden avbröts.").search("Inloggningen avbröts") and texts.name("Åtgärden avbröts.")


def test_an_unmapped_wording_of_another_target_is_unknown():
    texts = Texts({"Du är nu utloggad.": "Du har loggat ut."})
    assert texts.pattern("Fel kundnummer eller lösenord") is None and texts.name("Avbryt") is None


def test_a_whole_message_matches_with_its_varying_parts_and_line_breaks():
    texts = Texts(reference=True)
    pattern = texts.pattern("Vi har skickat ett e-postmeddelande till [min e-postadress].")
    assert pattern.search("Vi har skickat ett\n    e-postmeddelande till anna@example.com.")
    assert not pattern.search("Vi har skickat ett e-postmeddelande.")
    assert texts.pattern("Länken gäller i [antal] minuter.").search("Länken gäller i 60 minuter.")
