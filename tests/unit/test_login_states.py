""" "Givet att jag är inloggad" starts in a kept session of the customer while that session lives,
and goes back to the form once a scenario ended it (logged out, timed out)."""

from __future__ import annotations

import threading

import pytest
from flask import Flask, make_response, request
from werkzeug.serving import make_server

from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.site import Site, SiteMap
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.steps.login_states import LoginStates
from minasidor_spec.target.customers import PRIVATE, KnownCustomer

CUSTOMER = KnownCustomer(PRIVATE, "100001", "Tolvan Tolvansson", password="x")
LOGGED_IN = (
    '<html lang="sv"><head><title>Mina sidor</title></head><body><header><button>Tolvan Tolvansson'
    "</button></header><main><h1>Mina sidor</h1></main></body></html>"
)
LOGGED_OUT = (
    '<html lang="sv"><head><title>Logga in</title></head><body><header><a href="/">Mina sidor</a>'
    "</header><main><h1>Logga in</h1></main></body></html>"
)


@pytest.fixture
def portal():
    """Mina sidor for whoever has a live session cookie; `live` is the set of live sessions."""
    app, live = Flask(__name__), set()

    @app.get("/mina-sidor")
    def mina_sidor():
        return LOGGED_IN if request.cookies.get("session") in live else LOGGED_OUT

    @app.get("/logga-in-test/<session>")
    def log_in(session):
        live.add(session)
        response = make_response(LOGGED_IN)
        response.set_cookie("session", session)
        return response

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.port}", live
    server.shutdown()


def _site(browser, base: str) -> Site:
    """A scenario's Site on a new page, with Mina sidor's address known (as the pre-flight learns it)."""
    site_map = SiteMap.of(base).with_page("mina_sidor", f"{base}/mina-sidor")
    return Site(Finder(browser.new_context().new_page(), Documents()), site_map)


def _kept_after_a_login(browser, base: str, states: LoginStates, session: str) -> None:
    """A scenario that logged in (as session `session`) and ended with the session alive."""
    site = _site(browser, base)
    site.page.goto(f"{base}/logga-in-test/{session}")
    states.keep_if_alive(site, CUSTOMER)
    site.page.context.close()


def test_a_live_session_is_resumed_and_an_ended_one_sends_the_next_scenario_to_the_form(portal, browser):
    base, live = portal
    states = LoginStates()
    first = _site(browser, base)
    assert not states.resume(first, SiteHeader(first.find), CUSTOMER)  # nothing kept yet: the form
    first.page.context.close()
    _kept_after_a_login(browser, base, states, "s1")

    second = _site(browser, base)
    assert states.resume(second, SiteHeader(second.find), CUSTOMER)
    page = second.page
    assert page.url == f"{base}/mina-sidor" and page.get_by_role("button", name="Tolvan Tolvansson").is_visible()
    live.discard("s1")  # the scenario logged out
    states.keep_if_alive(second, CUSTOMER)
    page.context.close()

    third = _site(browser, base)
    assert not states.resume(third, SiteHeader(third.find), CUSTOMER) and states.resumed == 1
    third.page.context.close()


def test_a_kept_session_that_died_meanwhile_is_not_used_and_its_cookies_are_cleared(portal, browser):
    base, live = portal
    states = LoginStates()
    _kept_after_a_login(browser, base, states, "s2")
    live.clear()  # another scenario moved the clock past the idle time, say

    second = _site(browser, base)
    assert not states.resume(second, SiteHeader(second.find), CUSTOMER)
    assert second.page.context.cookies() == []  # the form starts from a clean slate
    second.page.context.close()


def test_nothing_is_kept_for_a_customer_who_is_not_logged_in(portal, browser):
    base, _ = portal
    site, states = _site(browser, base), LoginStates()
    site.page.goto(f"{base}/mina-sidor")
    states.keep_if_alive(site, CUSTOMER)
    assert states.kept == {}
    site.page.context.close()
