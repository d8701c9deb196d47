"""When a customer clicks a form's button, the answer is what they see change, whatever the
implementation: a new page (a form posted the classic way), a new address (a single-page app's
History API), a message in an alert or a live region, a field marked as wrong, the form gone,
or the browser's own check holding the form back. Requests the click started with fetch or
XMLHttpRequest are waited for too, so that the server has done its part (a mail sent) before
the next step goes on."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from minasidor_spec.pages.settling import COUNTING_FETCH

# How long requests the click started may stay open once the page has answered (a long poll a
# view opens is no part of the answer).
SETTLE_MS = 2_000

# Installed before the click: from now on, note what a customer would see change.
_WATCH = """([token, settleMs]) => {
  const areas = '[role=alert],[role=status],[aria-live]:not([aria-live=off]),output,[role=log],h1,[role=dialog]';
  if (window.__minasidorAnswer) window.__minasidorAnswer.observer.disconnect();
  const seen = {token, settleMs, url: location.href, changed: false, answeredAt: 0, form: null, held: false};
  seen.observer = new MutationObserver((records) => {
    for (const record of records) {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (!node) continue;
      if (record.type === 'attributes') {
        if (node.getAttribute('aria-invalid') === 'true') seen.changed = true;
      } else if (node.closest(areas) || [...record.addedNodes].some((added) =>
          added.nodeType === 1 && (added.matches(areas) || added.querySelector(areas)))) {
        seen.changed = true;  // inside a message area, or a new one put in (a toast at the end of <body>)
      }
    }
  });
  seen.observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true,
                                   attributeFilter: ['aria-invalid']});
  const sent = (form) => {
    if (form && !seen.form) {
      seen.form = form;
      seen.held = !form.noValidate && !!form.querySelector(':invalid');
    }
  };
  document.addEventListener('click', (event) => sent(event.target.closest && event.target.closest('form')),
                            {capture: true, once: true});
  document.addEventListener('submit', (event) => sent(event.target), {capture: true, once: true});
  if (!window.__minasidorRequests) {  // requests the page's code starts (fetch, XMLHttpRequest)
    const count = window.__minasidorRequests = {open: 0, done: 0};
    window.fetch = (COUNTING_FETCH)(window.fetch, () => { count.open += 1; },
                                    () => { count.open -= 1; count.done += 1; });
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (...args) {
      count.open += 1;
      this.addEventListener('loadend', () => { count.open -= 1; count.done += 1; }, {once: true});
      return send.apply(this, args);
    };
  }
  seen.doneBefore = window.__minasidorRequests.done;
  window.__minasidorAnswer = seen;
  return true;
}"""

_WATCH = _WATCH.replace("(COUNTING_FETCH)", f"({COUNTING_FETCH})")  # the one counting fetch (settling.py)

# True once the page has answered (and the requests the click started are done, or have had
# their time); on a new document (no watch installed) at once.
_ANSWERED = """token => {
  const seen = window.__minasidorAnswer;
  if (!seen || seen.token !== token) return true;
  const requests = window.__minasidorRequests;
  const form = seen.form;
  const answered = seen.held || seen.changed || location.href !== seen.url || requests.done > seen.doneBefore
    || (form !== null && (!form.isConnected || form.getClientRects().length === 0));
  if (!answered) return false;
  if (!seen.answeredAt) seen.answeredAt = performance.now();
  return requests.open === 0 || performance.now() - seen.answeredAt > seen.settleMs;
}"""


class NoAnswer(Exception):
    """Nothing a customer could see changed after the click."""


def act_and_wait(page: Page, action: Callable[[], object], timeout_ms: float | None = None) -> None:
    """Run `action` (a click on a form's button) and return once the page has answered, as a
    customer sees it; NoAnswer when nothing changed in time."""
    token = secrets.token_hex(8)
    page.evaluate(_WATCH, [token, SETTLE_MS])
    loaded: list[Page] = []

    def on_loaded(answer: Page) -> None:
        loaded.append(answer)

    page.on("domcontentloaded", on_loaded)
    try:
        action()  # a navigation it started has its answer (committed) when this returns
        try:
            page.wait_for_function(_ANSWERED, arg=token, timeout=timeout_ms)
        except PlaywrightTimeoutError:
            if not loaded:
                raise NoAnswer() from None
        if loaded or _new_document(page, token):
            page.wait_for_load_state("domcontentloaded")
    finally:
        page.remove_listener("domcontentloaded", on_loaded)


def _new_document(page: Page, token: str) -> bool:
    try:
        return page.evaluate("token => (window.__minasidorAnswer || {}).token !== token", token)
    except PlaywrightError:  # the next document is on its way
        return True
