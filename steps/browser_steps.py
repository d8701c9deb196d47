"""Steps about the visitor's browser (H1: Internet Explorer is told to use another one)."""

import re

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then

from .text import quoted

USER_AGENTS = {
    "Internet Explorer 11": "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Internet Explorer 10": "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
}


@given(parsers.re(f"att jag använder webbläsaren {quoted('browser')}"), target_fixture="page")
def browser_with_user_agent(new_context, browser: str) -> Page:
    return new_context(user_agent=USER_AGENTS[browser]).new_page()


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
