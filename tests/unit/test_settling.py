"""What is not on a page is known once the page has settled (pages/settling.py): a control that
comes after the page's own request is waited for, a page that keeps changing is never settled,
and what is absent from a settled page is absent."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Page

from minasidor_spec.common.settings import Timeouts
from minasidor_spec.pages.settling import appears, settled

STATIC = "<h1>Mina sidor</h1><p>Inget mer.</p>"
TICKING = "<p id='t'>0</p><script>setInterval(() => { t.textContent = Date.now(); }, 100);</script>"
# The button comes once the page's own request has answered; the server answers it only after the
# page asks for /slapp, a second and a half later (a slow back end, from the page's side).
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
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/slapp":
                release.set()
                self._send(b"", "text/plain")
            elif self.path == "/api/knapp":
                release.wait(10)
                self._send(b'{"text": "Logga in"}', "application/json")
            else:
                self._send(PAGES[self.path].encode(), "text/html; charset=utf-8")

        def _send(self, body: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    release.set()
    server.shutdown()
    server.server_close()


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
