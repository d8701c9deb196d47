"""Steps for the help page and its submenu of help sections (H2). The help page's own title is
the help page's word; the other sections' titles are the target's choice."""

import contextlib
import re

from playwright.sync_api import Locator, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pytest_bdd import parsers, then, when

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.help_page import HelpPage
from minasidor_spec.pages.help_words import Control
from minasidor_spec.pages.site import Site
from minasidor_spec.steps.text import quoted


@when(parsers.re(f"jag öppnar hjälpsidan {quoted('title')}"), target_fixture="help_section")
def open_help(site: Site, help_page: HelpPage, title: str) -> str:
    """The profile's help address; where it shows another section, the link to this one."""
    site.open("help")
    heading = help_page.heading(title)
    link = site.page.get_by_role("link", name=title, exact=True)
    with contextlib.suppress(PlaywrightTimeoutError):  # neither: following the link says what is missing
        heading.or_(link).first.wait_for()
    if not heading.first.is_visible():
        site.follow(Control(words.HELP_PAGE, link.filter(visible=True)))
    return title


@when(
    parsers.re(f"jag väljer (?:{quoted('title')}|ett annat hjälpavsnitt) i undermenyn"), target_fixture="help_section"
)
def choose_section(site: Site, help_page: HelpPage, wording, title: str | None) -> str:
    """By the target's title for it (a reference decision); with that unknown or unnamed, another
    section than this one."""
    help_page.open_submenu()
    named = wording.name(title) if title is not None else None
    links = help_page.submenu_links
    link = (
        help_page.submenu.get_by_role("link", name=named)
        if named
        else links.locator.filter(has_not_text=words.HELP_PAGE.name)
    )
    chosen = help_page.find.require(Control(links.word, link))
    shown = chosen.inner_text().strip()
    site.follow(chosen)
    return shown


def _more_sections(help_page: HelpPage, wording) -> Locator:
    """H2: a submenu (opened, if it is collapsed) with more help sections than this one. That it
    lists this one too is the reference portal's decision."""
    help_page.open_submenu()
    help_page.find.require(help_page.submenu_links)
    links = help_page.submenu_links.locator
    expect(
        help_page.other_sections.locator.first, "Undermenyn har inga fler hjälpavsnitt än det om inloggning."
    ).to_be_visible()
    wording.decide(
        f"undermenyn visar också avsnittet {words.HELP_PAGE.name!r}",
        lambda ms: expect(links.filter(has_text=words.HELP_PAGE.name)).to_have_count(1, timeout=ms),
    )
    return links


@then("ser jag undermenyn med fler hjälpavsnitt")
def submenu_shown(help_page: HelpPage, wording):
    """H2: a submenu with more sections, whatever they are called."""
    _more_sections(help_page, wording)


@then("ser jag undermenyn med hjälpavsnitten")
def submenu_lists(help_page: HelpPage, wording, datatable):
    """The help page's own section and more sections beside it (H2); the other sections' titles
    are the target's, checked as its profile words them."""
    links = _more_sections(help_page, wording)
    titles = [row[0] for row in datatable if row[0] != words.HELP_PAGE.name]
    for title in titles:
        named = wording.name(title)
        if named is not None:
            wording.decide(
                f"hjälpavsnittet {title!r}",
                lambda ms, named=named: expect(links.filter(has_text=named).first).to_be_visible(timeout=ms),
            )


@then(parsers.re(f"(?:avsnittet {quoted('title')}|det hjälpavsnittet) är markerat som aktuellt"))
def section_is_current(help_page: HelpPage, wording, help_section: str, title: str | None):
    link = help_page.submenu_link(help_section).locator
    help_page.open_submenu()
    if not wording.decide(
        f"undermenyn visar avsnittet {help_section!r}", lambda ms: expect(link).to_be_visible(timeout=ms)
    ):
        return
    if link.get_attribute("aria-current") != "page":
        wording.accessibility(
            f'Undermenyn markerar inte avsnittet "{help_section}" som aktuellt med aria-current="page".'
        )


@then(parsers.re(f"visas (?:hjälpavsnittet {quoted('title')}|det hjälpavsnittet)"))
def section_shown(site: Site, wording, help_section: str, title: str | None):
    """The section's title as a heading; that it is the page's first-level heading is the
    reference portal's decision."""
    page = site.page
    site.documents.check(page)
    named = (wording.name(title) if title is not None else None) or re.compile(re.escape(help_section), re.I)
    expect(page.get_by_role("heading", name=named).first).to_be_visible()
    wording.decide(
        "avsnittets rubrik är sidans huvudrubrik (h1)",
        lambda ms: expect(page.get_by_role("heading", level=1, name=named)).to_be_visible(timeout=ms),
    )
