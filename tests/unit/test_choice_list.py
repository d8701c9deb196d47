"""The choice between "Mobilt BankID" and "Kundnummer" as a drop-down list: the list counts as the
choice (an option of a closed list is never visible), and choosing picks the option, in any case."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from minasidor_spec.common.settings import Timeouts
from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.feedback import closest_control
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.login_page import LoginPage

LIST = """<label for=satt>Logga in med</label>
<select id=satt onchange="document.getElementById('vald').textContent = this.value">
  <option value=bankid>Mobilt BankID</option><option value=kund>KUNDNUMMER</option></select>
<p id=vald></p>"""


def test_a_choice_in_a_drop_down_list_is_found_and_picked(page: Page):
    page.set_content(LIST)
    login = LoginPage(Finder(page, Documents(), timeouts=Timeouts(action=2)))
    expect(login.choices[words.CHOICE_BANKID].first).to_be_visible()
    login.choose(words.CHOICE_KUNDNUMMER)
    expect(page.locator("#vald")).to_have_text("kund")


def test_a_renamed_option_is_named_as_what_the_page_shows_instead(page: Page):
    page.set_content(LIST.replace("Mobilt BankID", "BankID"))
    assert LoginPage(Finder(page, Documents())).choices[words.CHOICE_BANKID].locator.count() == 0
    assert closest_control(page, "Mobilt BankID", "fliken") == 'alternativet "BankID"'
