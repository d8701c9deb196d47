"""When a page has settled: loaded, none of its own requests (fetch, XMLHttpRequest) open, and
nothing in it changed for a moment. What a customer looks for and does not find on a settled
page will not come by waiting, so the suite concludes then, not after the whole action timeout;
a page that keeps changing (a QR code a second, a spinner) or keeps asking its server is never
settled, and there the suite waits the whole time, as before. A WebSocket or EventSource counts as
a request while it connects, and each message it brings as a change.

The tracker is an init script every context of the run gets (run/fixtures/context.py); on a page
without it nothing counts as settled."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from playwright.sync_api import BrowserContext, Locator, Page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.common.settings import Timeouts, ms

QUIET_MS = 1000  # nothing changed, nothing asked for, this long: the page is done for now

# A fetch() that says when it opens and when it is done: once the page's code has read the answer's
# body and acted on it (fetch resolves on the headers; a page puts its message in after `await
# response.json()`), or at once when it does not read the body. answers.py counts with it too.
COUNTING_FETCH = """(fetch, opened, closed) => function (...args) {
  opened();
  let done = false, reading = false;
  const close = () => { if (!done) { done = true; closed(); } };
  const later = () => setTimeout(close, 0);
  return fetch.apply(this, args).then((response) => {
    for (const name of ['json', 'text', 'blob', 'arrayBuffer', 'formData']) {
      const read = response[name];
      response[name] = function (...readArgs) {
        reading = true;
        return read.apply(this, readArgs).finally(later);
      };
    }
    setTimeout(() => { if (!reading) close(); }, 0);
    return response;
  }, (error) => { later(); throw error; });
}"""

TRACKER = f"""(() => {{
  if (window.__minasidorSettle) return;
  const state = window.__minasidorSettle = {{open: 0, last: performance.now()}};
  const touch = () => {{ state.last = performance.now(); }};
  new MutationObserver(touch).observe(document, {{subtree: true, childList: true, attributes: true,
                                                 characterData: true}});
  window.fetch = ({COUNTING_FETCH})(window.fetch, () => {{ state.open += 1; touch(); }},
                                    () => {{ state.open -= 1; touch(); }});
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {{
    state.open += 1;
    touch();
    this.addEventListener('loadend', () => {{ state.open -= 1; touch(); }}, {{once: true}});
    return send.apply(this, args);
  }};
  // A WebSocket or an EventSource is open while it connects; what it brings is a change.
  for (const name of ['WebSocket', 'EventSource']) {{
    const Original = window[name];
    if (!Original) continue;
    const Counted = function (...args) {{
      const socket = new Original(...args);
      let connecting = true;
      const connected = () => {{ if (connecting) {{ connecting = false; state.open -= 1; }} touch(); }};
      state.open += 1;
      touch();
      for (const event of ['open', 'error', 'close']) socket.addEventListener(event, connected);
      socket.addEventListener('message', touch);
      return socket;
    }};
    Counted.prototype = Original.prototype;
    Object.assign(Counted, Original);
    for (const constant of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'])
      if (constant in Original) Object.defineProperty(Counted, constant, {{value: Original[constant]}});
    window[name] = Counted;
  }}
}})();"""

# In the page: settled for `quiet` ms (false where the tracker is not installed).
SETTLED = """quiet => {
  const state = window.__minasidorSettle;
  return !!state && document.readyState === 'complete' && state.open === 0
    && performance.now() - state.last >= quiet;
}"""


class NetworkWatch:
    """Every request a page has open, as the browser sends it: scripts and code-split chunks,
    styles, images, fetch and XMLHttpRequest alike (what the page's own script cannot see, such as
    a route's lazily loaded code, keeps it unsettled too). A request that never says it ended
    leaves the page unsettled: the suite then waits the whole time, as before."""

    def __init__(self, page: Page):
        self.open = 0
        self.last = time.monotonic()
        page.on("request", self._opened)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _opened(self, _request) -> None:
        self.open += 1
        self.last = time.monotonic()

    def _ended(self, _request) -> None:
        self.open = max(self.open - 1, 0)
        self.last = time.monotonic()

    def quiet_for(self, quiet_ms: float) -> bool:
        return self.open == 0 and ms(time.monotonic() - self.last) >= quiet_ms


_NETWORK: weakref.WeakKeyDictionary[Page, NetworkWatch] = weakref.WeakKeyDictionary()


def watch(context: BrowserContext) -> None:
    """Every page of `context` tells when it has settled: the tracker in the page, its requests here."""
    context.add_init_script(TRACKER)
    context.on("page", lambda page: _NETWORK.setdefault(page, NetworkWatch(page)))


def settled(page: Page, quiet_ms: float = QUIET_MS) -> bool:
    network = _NETWORK.get(page)
    if network is not None and not network.quiet_for(quiet_ms):
        return False
    try:
        return bool(page.evaluate(SETTLED, quiet_ms))
    except PlaywrightError:  # the page is navigating: not settled
        return False


def until_settled(page: Page, look: Callable[[float], bool], timeouts: Timeouts) -> bool:
    """`look(ms)` waits up to ms for what is looked for: True as soon as it is there; False once
    the page has settled without it (one last look then), or after the action timeout."""
    deadline = time.monotonic() + timeouts.action
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        if look(min(timeouts.look_ms, ms(left))):
            return True
        if settled(page):
            return look(0)


def appears(locator: Locator, page: Page, timeouts: Timeouts) -> bool:
    """Is `locator` shown, once the page has shown what it shows."""

    def visible(timeout_ms: float) -> bool:
        if timeout_ms <= 0:
            return locator.is_visible()
        try:
            locator.wait_for(state="visible", timeout=timeout_ms)
            return True
        except PlaywrightTimeoutError:
            return False

    return until_settled(page, visible, timeouts)
