"""A site's cookie-consent banner, as a customer meets it: it covers the page until they click
the button the profile names ([consent] button = "Godkänn alla cookies"). The suite clicks it
whenever it shows (Playwright's locator handler: before an action or a check, never counted as
a step of the scenario). Without that key, a banner that covers the page is only named."""

from __future__ import annotations

import re

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

COVERING_BANNER = """() => {
  const area = innerWidth * innerHeight;
  const covering = el => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    const box = el.getBoundingClientRect();
    if (box.width * box.height < 0.03 * area || box.bottom <= 0 || box.top >= innerHeight) return false;
    return ['fixed', 'sticky'].includes(style.position) || el.getAttribute('aria-modal') === 'true'
      || (el.tagName === 'DIALOG' && el.open);
  };
  const banner = [...document.querySelectorAll('body *')]
    .find(el => /cookie|kakor/i.test(el.innerText || '') && covering(el));
  return banner ? banner.innerText.replace(/\\s+/g, ' ').trim().slice(0, 90) : null;
}"""


class ConsentBanner:
    def __init__(self, page: Page, button_name: str):
        self.page = page
        pattern = re.compile(re.escape(button_name.strip()), re.I)
        self.button = page.get_by_role("button", name=pattern).or_(page.get_by_role("link", name=pattern))

    def accept_when_shown(self) -> None:
        """From now on, whenever the banner shows before an action or a check, click it away."""
        self.page.add_locator_handler(self.button.first, lambda button: button.click())

    def accept_if_shown(self, timeout_ms: float) -> bool:
        """Click the banner away if it shows within `timeout_ms` (the pre-flight's look)."""
        try:
            self.button.first.wait_for(state="visible", timeout=timeout_ms)
        except PlaywrightError:
            return False
        self.button.first.click()
        return True


def covering_banner(page: Page) -> str | None:
    """The text of a cookie banner that covers the page (fixed, sticky or modal), or None."""
    try:
        return page.evaluate(COVERING_BANNER)
    except PlaywrightError:
        return None


def banner_note(page: Page | None, seen_before: str | None = None) -> str:
    """For a failure's explanation: a banner that covers the page (now, or when the pre-flight
    looked: `seen_before`), named; else ""."""
    shown = covering_banner(page) if page is not None and not page.is_closed() else None
    shown = shown or seen_before
    if not shown:
        return ""
    return (
        f" En cookie-ruta täcker sidan (”{shown}”): ange knappen en kund klickar på under [consent] i "
        'målprofilen, till exempel button = "Godkänn alla cookies".'
    )
