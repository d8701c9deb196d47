"""What is not on a page is known once the page has settled (pages/settling.py): a control that
comes after the page's own request is waited for, a page that keeps changing is never settled,
and what is absent from a settled page is absent."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from minasidor_spec.common.settings import Timeouts
from minasidor_spec.pages.settling import appears, settled
from tests.support.little_servers import held_answers

STATIC = "<h1>Mina sidor</h1><p>Inget mer.</p>"
TICKING = "<p id='t'>0</p><script>setInterval(() => { t.textContent = Date.now(); }, 100);</script>"
# The button comes once the page has read its own request's answer; the server sends the answer's
# body only after the page asks for /slapp, a second and a half later (a slow back end).
LATE = """<main></main><script>
setTimeout(() => { new Image().src = "/slapp"; }, 1500);
fetch("/api/knapp").then((r) => r.json()).then((said) => {
  const button = document.createElement("button");
  button.textContent = said.text;
  document.querySelector("main").append(button);
});
</script>"""
PAGES = {"/statisk": STATIC, "/tickar": TICKING, "/sen": LATE}


@pytest.fixture
def site():
    with held_answers(PAGES, {"/api/knapp": '{"text": "Logga in"}'}) as running:
        yield running


def test_a_control_that_comes_after_the_pages_own_request_is_waited_for(page: Page, site: str):
    page.goto(f"{site}/sen")
    assert appears(page.get_by_role("button", name="Logga in"), page, Timeouts(action=10))


def test_what_a_settled_page_does_not_show_does_not_appear(page: Page, site: str):
    page.goto(f"{site}/statisk")
    assert not appears(page.get_by_role("button", name="Logga in"), page, Timeouts(action=30))
    assert settled(page)
    assert appears(page.get_by_role("heading", name="Mina sidor"), page, Timeouts())


def test_a_page_that_keeps_changing_is_never_settled(page: Page, site: str):
    page.goto(f"{site}/tickar")
    page.get_by_text("1", exact=False).first.wait_for()
    assert not settled(page, quiet_ms=300)
    assert not appears(page.get_by_role("button"), page, Timeouts(action=2))  # the whole time, then no


def test_without_the_tracker_nothing_counts_as_settled(browser, site: str):
    context = browser.new_context()  # not the run's new_context: no tracker
    bare = context.new_page()
    bare.goto(f"{site}/statisk")
    assert not settled(bare)
    context.close()


# A WebSocket that takes a second and a half to connect (its handshake answered only once the page
# asks for /slapp, and then refused): the page shows its button when the socket closes.
CONNECTING = """<main></main><script>
setTimeout(() => { new Image().src = "/slapp"; }, 1500);
const socket = new WebSocket(`ws://${location.host}/kanal`);
socket.addEventListener("close", () => {
  const button = document.createElement("button");
  button.textContent = "Försök igen";
  document.querySelector("main").append(button);
});
</script>"""


def test_a_websocket_that_is_still_connecting_keeps_the_page_unsettled(page: Page):
    with held_answers({"/ansluter": CONNECTING}, {"/kanal": "{}"}, frozenset({"/kanal"})) as running:
        page.goto(f"{running}/ansluter")
        assert page.evaluate("WebSocket.OPEN") == 1 and page.evaluate("typeof WebSocket.prototype.send") == "function"
        assert appears(page.get_by_role("button", name="Försök igen"), page, Timeouts(action=10))


# A route's code loaded late (a code-split chunk, as a bundler's lazy import loads it): no fetch the
# page's own script sees, only the browser's request; the button comes when the chunk has loaded.
CHUNKED = """<main></main><script>
addEventListener("load", () => {  // after the page has loaded, as a route change does
  setTimeout(() => { new Image().src = "/slapp"; }, 1500);
  const chunk = document.createElement("script");
  chunk.src = "/chunk.js";
  chunk.onload = chunk.onerror = () => {
    const button = document.createElement("button");
    button.textContent = "Logga in";
    document.querySelector("main").append(button);
  };
  document.head.append(chunk);
});
</script>"""


def test_a_script_chunk_still_loading_keeps_the_page_unsettled(page: Page):
    with held_answers({"/kod": CHUNKED}, {"/chunk.js": "{}"}, frozenset({"/chunk.js"})) as running:
        page.goto(f"{running}/kod")
        assert appears(page.get_by_role("button", name="Logga in"), page, Timeouts(action=10))
