"""Watching BankID's animated QR code on a page: the code shown now, and each new one as the page
swaps it (an <img>'s source, a <canvas>'s pixels, an inline <svg>, or the element itself replaced),
read from the pixels; the code is looked up anew on each look, never held across a re-render. What
BankID requires of them (a new code every second, its time counter the seconds since the order
started) is judged by `animated_qr_problem`."""

from __future__ import annotations

import re
import time

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.common.settings import ms
from minasidor_spec.pages.qr_camera import read_qr

QR_CODES_WATCHED = 4  # the code shown, then three more: three seconds of the order's wait
NEW_CODE_SECONDS = 3  # a code a second, with two seconds of slack for a busy machine
BANKID_QR = re.compile(r"bankid\.([0-9a-f-]+)\.(\d+)\.([0-9a-f]{64})")
# What the page shows as the code, to see it change (not when the same picture is set again).
_PICTURE = """el => el.tagName === "CANVAS" ? el.toDataURL()
  : el.tagName === "IMG" ? `${el.currentSrc || el.src}|${el.complete}` : el.outerHTML"""


class QrWatch:
    def __init__(self, page: Page, code: Locator):
        self.page, self.code = page, code
        self.repeated = False  # the page swapped the picture, but not the code in it

    def codes(self, count: int) -> list[str | None]:
        """The code shown now and `count` - 1 new ones, each as soon as the page shows it (a page
        that swaps its picture more often than each second shows a code more than once); None for
        a new code that did not come within NEW_CODE_SECONDS (the watch ends there)."""
        found: list[str | None] = [read_qr(self.code)]
        while len(found) < count:
            deadline = time.monotonic() + NEW_CODE_SECONDS
            code = self._next_code(found[-1], deadline)
            found.append(code)
            if code is None:
                break
        return found

    def _next_code(self, shown: str, deadline: float) -> str | None:
        """Each look finds the code as the page shows it then: an element the page replaced (a
        new <img> swapped in, a keyed re-render) ends the wait on the old one, and the next look
        reads its successor."""
        while (left := deadline - time.monotonic()) > 0:
            try:
                before = self.code.evaluate(_PICTURE, timeout=ms(left))
                self.page.wait_for_function(
                    f"([el, before]) => !el.isConnected || "
                    f"(({_PICTURE})(el) !== before && (el.tagName !== 'IMG' || el.complete))",
                    arg=[self.code.element_handle(timeout=ms(left)), before],
                    timeout=ms(left),
                )
                picture = self.code.evaluate(_PICTURE, timeout=ms(max(deadline - time.monotonic(), 0.001)))
            except PlaywrightTimeoutError:
                return None
            if picture == before:  # the same picture in a new element: look again
                continue
            code = read_qr(self.code)
            if code != shown:
                return code
            self.repeated = True
        return None


def animated_qr_problem(codes: list[str | None], repeated: bool = False) -> str | None:
    """None when the codes are BankID's animated QR as it must be; else what is wrong, in Swedish.
    `repeated`: the page swapped its picture but showed the same code again."""
    if None in codes:
        what = "bilden byttes men visade samma kod" if repeated else "bilden byttes inte"
        return (
            f"QR-koden blev inte ny inom {NEW_CODE_SECONDS} sekunder efter {codes.index(None) - 1} byten ({what}); "
            "BankID kräver en ny kod varje sekund så länge inloggningen väntar"
        )
    parsed = [BANKID_QR.fullmatch(code) for code in codes]
    if not all(parsed):
        return f"QR-koden har inte BankID:s form (bankid.<qrStartToken>.<tid>.<kod>): {codes[0]!r}"
    if len({match.group(1) for match in parsed}) > 1:
        return "QR-koderna hör inte till samma inloggning (olika qrStartToken)"
    if len(set(codes)) < len(codes):
        return "QR-koden visade en tidigare kod igen; BankID kräver en ny kod varje sekund"
    times = [int(match.group(2)) for match in parsed]
    if any(later <= earlier for earlier, later in zip(times, times[1:], strict=False)):
        return f"QR-kodens tid (sekunder sedan inloggningen startade) ökar inte: {', '.join(map(str, times))}"
    return None
