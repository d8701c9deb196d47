"""Steps for the help pages and their submenu (H2)."""

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from pages.help_page import HelpPage

from .text import quoted


@when(parsers.re(f"jag öppnar hjälpsidan {quoted('title')}"))
def open_help(page: Page, title: str):
    help_page = HelpPage(page)
    help_page.load()
    help_page.choose_section(title)


@when(parsers.re(f"jag väljer {quoted('title')} i undermenyn"))
def choose_section(page: Page, title: str):
    HelpPage(page).choose_section(title)


@then("ser jag undermenyn med hjälpavsnitten")
def submenu_lists(page: Page, datatable):
    expect(HelpPage(page).submenu_links).to_have_text([row[0] for row in datatable])


@then(parsers.re(f"avsnittet {quoted('title')} är markerat som aktuellt"))
def section_is_current(page: Page, title: str):
    expect(HelpPage(page).submenu_link(title)).to_have_attribute("aria-current", "page")


@then(parsers.re(f"visas hjälpavsnittet {quoted('title')}"))
def section_shown(page: Page, title: str):
    expect(HelpPage(page).heading(title)).to_be_visible()
