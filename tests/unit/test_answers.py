"""A form's answer as a customer sees it, whatever the implementation: a classic post (a new
document), a fetch form (a message in a live region, even the same message again), History API
routing, the browser's own check; the requests the click started are done when it returns; and
nothing changing is said as such."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route

from minasidor_spec.pages.answers import NoAnswer, act_and_wait
from tests.support.little_servers import held_answers

SITE = "http://svar.test"

CLASSIC = """<form method="post" action="/skicka"><input name="x" value="1"><button>Skicka</button></form>"""
FETCHED = """<form id="f"><input name="x" value="1"><button>Skicka</button></form><p id="svar" aria-live="polite"></p>
<script>
document.getElementById("f").addEventListener("submit", async (event) => {
  event.preventDefault();
  const region = document.getElementById("svar");
  region.textContent = "Skickar …";
  const answer = await fetch("/api/skicka", {method: "POST"}).then((response) => response.json());
  region.textContent = "";
  region.textContent = answer.text;
});
</script>"""
ROUTED = """<form id="f"><button>Vidare</button></form><h1>Start</h1>
<script>
document.getElementById("f").addEventListener("submit", (event) => {
  event.preventDefault();
  history.pushState({}, "", "/nasta");
  document.querySelector("h1").textContent = "Nästa";
});
</script>"""
HELD = """<form method="post" action="/skicka"><input name="x" required><button>Skicka</button></form>"""
SILENT = """<form id="f"><button>Skicka</button></form>
<script>document.getElementById("f").addEventListener("submit", (event) => event.preventDefault());</script>"""


@pytest.fixture
def site(page: Page) -> Page:
    posts: list[str] = []

    def answer(route: Route) -> None:
        path = route.request.url.removeprefix(SITE)
        if path == "/api/skicka":
            posts.append(path)
            route.fulfill(json={"text": "Fel kundnummer eller lösenord."})
        elif path == "/skicka":
            posts.append(path)
            route.fulfill(body="<h1>Tack</h1>", content_type="text/html; charset=utf-8")
        else:
            route.fulfill(body=PAGES[path], content_type="text/html; charset=utf-8")

    PAGES = {"/klassisk": CLASSIC, "/hamtad": FETCHED, "/vag": ROUTED, "/haller": HELD, "/tyst": SILENT}
    page.route(f"{SITE}/**", answer)
    page.posts = posts
    return page


def _send(page: Page, path: str, timeout_ms: float | None = None) -> None:
    page.goto(f"{SITE}{path}")
    act_and_wait(page, lambda: page.get_by_role("button").click(), timeout_ms)


def test_a_classic_post_is_answered_by_the_next_page(site: Page):
    _send(site, "/klassisk")
    assert site.locator("h1").inner_text() == "Tack" and site.posts == ["/skicka"]


def test_a_fetch_form_is_answered_in_its_live_region_once_its_request_is_done(site: Page):
    _send(site, "/hamtad")
    assert site.locator("#svar").inner_text() == "Fel kundnummer eller lösenord."
    _send(site, "/hamtad")  # the same message again is an answer too
    assert site.locator("#svar").inner_text() == "Fel kundnummer eller lösenord." and len(site.posts) == 2
    act_and_wait(site, lambda: site.get_by_role("button").click())  # again on the same page
    assert len(site.posts) == 3


def test_history_api_routing_is_answered_by_the_new_address(site: Page):
    _send(site, "/vag")
    assert site.url.endswith("/nasta") and site.locator("h1").inner_text() == "Nästa"


def test_a_form_the_browser_holds_back_is_answered_at_once_and_sends_nothing(site: Page):
    _send(site, "/haller")
    assert site.posts == []


def test_nothing_changing_is_no_answer(site: Page):
    with pytest.raises(NoAnswer):
        _send(site, "/tyst", timeout_ms=500)


SLOW_BODY = """<form id="f"><button>Skicka</button></form>
<script>
document.getElementById("f").addEventListener("submit", async (event) => {
  event.preventDefault();
  const response = await fetch("/api/langsam", {method: "POST"});
  // A slow network, from the page's side: 300 ms after the headers, a request that is not a
  // fetch lets the server send the rest of the body.
  setTimeout(() => { new Image().src = "/slapp"; }, 300);
  const answer = await response.json();
  const message = document.createElement("p");  // a new element, put in once the body is read
  message.textContent = answer.text;
  document.body.append(message);
});
</script>"""


@pytest.fixture
def slow_body_site():
    with held_answers({"/": SLOW_BODY}, {"/api/langsam": '{"text": "Fel kundnummer eller lösenord."}'}) as site:
        yield site + "/"


def test_a_fetch_answer_counts_once_the_page_has_read_its_body_and_shown_it(page: Page, slow_body_site: str):
    """fetch() resolves on the headers; the page shows the message only after reading the body.
    Returning at the headers left a step reading a page that had not answered yet."""
    page.goto(slow_body_site)
    act_and_wait(page, lambda: page.get_by_role("button").click())
    assert page.locator("p").all_inner_texts() == ["Fel kundnummer eller lösenord."]
