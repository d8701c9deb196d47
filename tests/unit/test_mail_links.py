"""The link a customer follows in a mail: from the HTML part (or the text), leading to the
portal, not the logo or an unsubscribe link, with its fragment kept."""

from __future__ import annotations

from minasidor_spec.clients.mailboxes.links import customer_link

PORTAL = "https://minasidor.kraftbolaget.example/"
LOGO = '<a href="https://minasidor.kraftbolaget.example/"><img src="logo.png" alt="Kraftbolaget"></a>'
UNSUBSCRIBE = '<a href="https://minasidor.kraftbolaget.example/nyhetsbrev/avsluta">Avsluta prenumerationen</a>'


def test_an_html_only_mail_with_a_logo_first_and_the_token_in_the_fragment():
    html = (
        f'<p>{LOGO}</p><p>Välj ditt lösenord:</p><p><a href="https://minasidor.kraftbolaget.example/valj#'
        f'nyckel=AbC-123_x&amp;steg=1">Välj lösenord</a></p><p>{UNSUBSCRIBE}</p>'
    )
    assert customer_link(html, "", PORTAL) == "https://minasidor.kraftbolaget.example/valj#nyckel=AbC-123_x&steg=1"


def test_the_plain_text_when_there_is_no_html():
    text = "Hej!\nVälj lösenord här (gäller en timme): https://minasidor.kraftbolaget.example/l/tok3n.\nHälsningar"
    assert customer_link("", text, PORTAL) == "https://minasidor.kraftbolaget.example/l/tok3n"


def test_a_link_to_the_portal_before_a_link_elsewhere():
    html = (
        '<a href="https://www.facebook.com/kraftbolaget">Följ oss</a>'
        '<a href="https://minasidor.kraftbolaget.example/losenord/xyz">Välj lösenord</a>'
    )
    assert customer_link(html, "", PORTAL) == "https://minasidor.kraftbolaget.example/losenord/xyz"


def test_a_mail_with_only_a_logo_and_an_unsubscribe_link_has_none_to_follow():
    assert customer_link(LOGO + UNSUBSCRIBE, "", PORTAL) is None


def test_the_text_parts_links_when_the_html_part_has_none():
    assert (
        customer_link("<p>Följ länken</p>", "Länk: https://portal.example/v?t=1", "https://portal.example")
        == "https://portal.example/v?t=1"
    )
