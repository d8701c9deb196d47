"""Fields by what their label says, in a form or on a page built without forms (a script sends
the fields); a tab panel named like the field is no field."""

from __future__ import annotations

from playwright.sync_api import Page

from minasidor_spec.pages.forms import PASSWORD, field, password_fields
from minasidor_spec.pages.help_words import LOGIN_KUNDNUMMER
from minasidor_spec.pages.login_page import LoginPage

KUNDNUMMER = LOGIN_KUNDNUMMER.label

TABS = """<div role="tablist"><button role="tab" id="t" aria-selected="true">Kundnummer</button></div>
<div role="tabpanel" aria-labelledby="t">{inside}</div>"""
FIELDS = """<label for="k">Kundnummer</label><input id="k"><label for="l">Lösenord</label>
<input id="l" type="password"><button>Logga in</button>"""


def test_in_a_form(page: Page):
    choice = '<label><input type="radio" name="satt"> Kundnummer</label>'
    page.set_content(choice + TABS.format(inside=f"<form>{FIELDS}</form>"))
    assert field(page, KUNDNUMMER).count() == 1 and field(page, KUNDNUMMER).get_attribute("id") == "k"
    assert password_fields(page).count() == 1


def test_on_a_page_without_forms(page: Page):
    page.set_content(TABS.format(inside=f"<div class='ruta'>{FIELDS}</div>"))
    assert field(page, KUNDNUMMER).get_attribute("id") == "k" and field(page, PASSWORD).get_attribute("id") == "l"
    assert password_fields(page).count() == 1
    box = LoginPage.__new__(LoginPage)  # only its locators, without a Finder
    box.find = type("Find", (), {"page": page})()
    LoginPage.__init__(box, box.find)
    assert box.login_form.first.get_attribute("class") == "ruta"


def test_a_form_elsewhere_on_the_page_does_not_hide_them(page: Page):
    page.set_content(f"<div>{FIELDS}</div><footer><form><label>Sök<input name='q'></label></form></footer>")
    assert field(page, KUNDNUMMER).get_attribute("id") == "k" and password_fields(page).count() == 1
