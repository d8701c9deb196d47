"""The status of the document each browser page shows, so that a missing page (404) or a
server error is reported as such, never as drift from the help page."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, Response

from minasidor_spec.pages.deviations import PageUnavailable

# Answers a form may legitimately give (wrong input, wrong password, locked, a used link,
# "try again later" while a service it needs is down).
ANSWERS = frozenset({400, 401, 403, 409, 410, 422, 429, 503})
# A page that says it is not there although it answered 200 (a single-page app draws its 404).
NOT_FOUND = re.compile(
    r"\b404\b|sidan (du söker |du letar efter )?(finns inte|hittades inte|kunde inte hittas)|"
    r"page not found|not found",
    re.I,
)
_HEADING = "() => { const h = document.querySelector('h1'); return (h && h.innerText) || document.title || ''; }"


def unavailable(status: int) -> bool:
    return status >= 400 and status not in ANSWERS


class Documents:
    def __init__(self):
        self._last: WeakKeyDictionary[Page, tuple[str, int]] = WeakKeyDictionary()

    def watch(self, page: Page) -> None:
        """Follow the documents `page` loads (its main frame's navigations)."""

        def seen(response: Response) -> None:
            if response.frame == page.main_frame and response.request.is_navigation_request():
                self._last[page] = (response.url, response.status)

        page.on("response", seen)

    def check(self, page: Page) -> None:
        """Raise PageUnavailable when `page` shows a missing page or a server error, also one that
        answered 200 but says it is not found."""
        url, status = self._last.get(page, (page.url, 200))
        if unavailable(status):
            raise PageUnavailable(url, status)
        try:
            heading = page.evaluate(_HEADING).strip()
        except PlaywrightError:
            return
        if NOT_FOUND.search(heading):
            raise PageUnavailable(page.url, status, heading[:80])
