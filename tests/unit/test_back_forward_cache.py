"""Back as a customer presses it. Customers' browsers keep the page they leave in a back/
forward cache and show it again on Back; Chromium's headless shell has none, so the scenarios
tagged @historik get their contexts from the whole Chromium, and Site.go_back waits for what is
shown (a page shown again from that cache fires no load event, so waiting for one would hang)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.site import Site
from minasidor_spec.run import back_forward
from minasidor_spec.run import browser as launching
from minasidor_spec.run.browser import DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL


class Account(BaseHTTPRequestHandler):
    """An account page behind a cookie, cacheable (as a careless portal sends it: private,
    max-age, Vary: Cookie as Flask adds) or no-store; POST /ut logs out (a new cookie)."""

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/logga-in":
            return self._page(200, "<h1>Logga in</h1>", "no-store")
        if "sid=in" not in (self.headers.get("Cookie") or ""):
            return self._redirect("/logga-in")
        cache = "private, max-age=600" if path == "/konto-cache" else "no-store"
        self._page(200, '<h1>Konto</h1><form method="post" action="/ut"><button>Logga ut</button></form>', cache)

    def do_POST(self):
        self._redirect("/logga-in", cookie="sid=ut; Path=/; HttpOnly")

    def _page(self, status: int, body: str, cache: str) -> None:
        data = f'<!doctype html><html lang="sv"><title>t</title><body>{body}</body></html>'.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", cache)
        self.send_header("Vary", "Cookie")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _redirect(self, where: str, cookie: str | None = None) -> None:
        self.send_response(303)
        self.send_header("Location", where)
        if cookie:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def portal():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Account)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def back_after_logout(page, portal: str, account: str) -> Site:
    page.context.add_cookies([{"name": "sid", "value": "in", "url": portal}])
    page.goto(f"{portal}{account}")
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
    site = Site(Finder(page, Documents()), None)
    site.go_back()
    return site


@pytest.mark.historik
def test_back_shows_a_cacheable_account_page_again_as_a_customers_browser_does(page, portal):
    back_after_logout(page, portal, "/konto-cache")
    expect(page.get_by_role("heading", name="Konto")).to_be_visible()  # the cache's copy: no load event came


@pytest.mark.historik
def test_back_from_a_page_that_may_not_be_stored_asks_the_portal_again(page, portal):
    back_after_logout(page, portal, "/konto")
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()


def test_the_headless_shell_has_no_back_forward_cache_so_it_would_miss_that(page, portal, _back_forward_browser):
    if _back_forward_browser is None:
        pytest.skip("gäller Chromiums headless shell (den här körningen har en hel webbläsare)")
    back_after_logout(page, portal, "/konto-cache")
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()


@pytest.mark.historik
def test_a_historik_scenario_gets_its_contexts_from_the_browser_with_the_cache(page, browser, _back_forward_browser):
    assert page.context.browser is (_back_forward_browser or browser)


def test_other_scenarios_keep_the_sessions_browser(page, browser):
    assert page.context.browser is browser


def test_the_whole_browser_stands_in_for_a_headless_shell_only():
    shell = {"executable_path": DEBIAN_HEADLESS_SHELL, "args": launching.QUIET_FLAGS}
    assert launching.with_back_forward_cache(shell) == {**shell, "executable_path": DEBIAN_CHROMIUM}
    assert launching.with_back_forward_cache({}) == {"channel": "chromium"}  # Playwright's own build
    assert launching.with_back_forward_cache({"executable_path": DEBIAN_CHROMIUM}) is None
    assert launching.with_back_forward_cache({"executable_path": DEBIAN_HEADLESS_SHELL, "headless": False}) is None


def test_a_whole_browser_that_will_not_start_skips_the_scenarios_saying_why(playwright, monkeypatch):
    monkeypatch.setattr(back_forward, "with_back_forward_cache", lambda options: {"executable_path": "/nowhere/chrome"})
    with pytest.raises(pytest.skip.Exception, match="behöver hela Chromium .*installera den"):
        back_forward.launch_whole_browser(playwright.chromium, {})
