"""Steps about the visitor's browser (H1: Internet Explorer is told to use another one)."""

import re

from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pytest_bdd import given, parsers, then

from minasidor_spec.pages.feedback import Feedback, what_is_shown
from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.steps.messages import PROMISED
from minasidor_spec.steps.text import quoted

USER_AGENTS = {
    "Internet Explorer 11": "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Internet Explorer 10": "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
}


@given(parsers.re(f"att jag använder webbläsaren {quoted('browser')}"), target_fixture="page")
def browser_with_user_agent(new_context, browser: str) -> Page:
    return new_context(user_agent=USER_AGENTS[browser]).new_page()


OTHER_BROWSER = re.compile("webbläsare", re.I)
ANOTHER_BROWSER = re.compile("annan webbläsare", re.I)


def _notices(site: Site) -> list[str]:
    """The whole messages that mention Internet Explorer, as a customer reads them (the notice's
    other sentences around a bold first one included), once one is shown."""
    try:
        return [message.text for message in Feedback(site.page).wait_to_read(PROMISED, site.find.timeouts)]
    except PlaywrightTimeoutError:
        raise AssertionError(f"Inget meddelande nämner Internet Explorer. {what_is_shown(site.page)}") from None


@then("uppmanas jag att använda en annan webbläsare")
def told_to_use_another_browser(site: Site, wording):
    """H1: a message about Internet Explorer that speaks of the browser to use, in whatever words."""
    site.documents.check(site.page)
    suggests_other_browser(site, wording)


@then("uppmanas jag inte att byta webbläsare")
def not_told_to_change_browser(site: Site, site_header: SiteHeader):
    """A page of the site is shown (its header), and nothing on it speaks of Internet Explorer."""
    site.documents.check(site.page)
    expect(site_header.banner).to_be_visible()
    expect(
        Feedback(site.page).saying(PROMISED), "Meddelandet om Internet Explorer visas för en modern webbläsare."
    ).to_have_count(0)


@then("meddelandet föreslår en annan webbläsare")
def suggests_other_browser(site: Site, wording):
    """The help page: "kolla att du använder en annan webbläsare": the notice about Internet
    Explorer speaks of the browser to use; that it says "annan webbläsare" is our portal's wording."""
    notices = _notices(site)
    if not any(OTHER_BROWSER.search(notice) for notice in notices):
        raise AssertionError(
            f"Meddelandet om Internet Explorer säger inget om att använda en annan webbläsare: {notices[0]!r}."
        )

    def says_another(_ms: float | None) -> None:
        if not any(ANOTHER_BROWSER.search(notice) for notice in notices):
            raise AssertionError(f"där står {notices[0]!r}")

    wording.decide('meddelandet säger "annan webbläsare"', says_another)
