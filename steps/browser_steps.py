"""Steps about the visitor's browser (H1: Internet Explorer is told to use another one)."""

import re

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then

from minasidor_spec.pages.feedback import Feedback, what_is_shown
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader

from .messages import PROMISED
from .text import quoted

USER_AGENTS = {
    "Internet Explorer 11": "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Internet Explorer 10": "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
}


@given(parsers.re(f"att jag använder webbläsaren {quoted('browser')}"), target_fixture="page")
def browser_with_user_agent(new_context, browser: str) -> Page:
    return new_context(user_agent=USER_AGENTS[browser]).new_page()


@then("uppmanas jag att använda en annan webbläsare")
def told_to_use_another_browser(site: Site, wording):
    """H1: a message about Internet Explorer that speaks of the browser to use, in whatever words."""
    site.documents.check(site.page)
    expect(
        Feedback(site.page).saying(PROMISED).first,
        f"Inget meddelande nämner Internet Explorer. {what_is_shown(site.page)}",
    ).to_be_visible()
    suggests_other_browser(site.page, wording)


@then("uppmanas jag inte att byta webbläsare")
def not_told_to_change_browser(site: Site, site_header: SiteHeader):
    """A page of the site is shown (its header), and nothing on it speaks of Internet Explorer."""
    site.documents.check(site.page)
    expect(site_header.banner).to_be_visible()
    expect(
        Feedback(site.page).saying(PROMISED), "Meddelandet om Internet Explorer visas för en modern webbläsare."
    ).to_have_count(0)


@then("meddelandet föreslår en annan webbläsare")
def suggests_other_browser(page: Page, wording):
    """The help page: "kolla att du använder en annan webbläsare": the notice about Internet
    Explorer speaks of the browser to use; that it says "annan webbläsare" is our portal's wording."""
    notice = page.get_by_text(re.compile("internet explorer", re.I)).filter(visible=True)
    expect(
        notice.filter(has_text=re.compile("webbläsare", re.I)).first,
        "Meddelandet om Internet Explorer säger inget om att använda en annan webbläsare.",
    ).to_be_visible()
    wording.decide(
        'meddelandet säger "annan webbläsare"',
        lambda ms: expect(notice.filter(has_text=re.compile("annan webbläsare", re.I)).first).to_be_visible(timeout=ms),
    )
