"""Scenarios tagged @historik go Back as a customer does, in a browser with the back/forward
cache customers' browsers have. Where the session's browser is Chromium's headless shell (no
such cache), those scenarios get their contexts from the whole Chromium, launched once when the
first of them runs; the others keep the lighter shell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.run.browser import with_back_forward_cache, without_hidden_ui
from minasidor_spec.target.capabilities import HISTORY_TAG

NO_WHOLE_BROWSER = (
    "Hoppas över: scenariot går bakåt i webbläsaren och behöver hela Chromium (dess headless shell har "
    "ingen bakåtcache, så det skulle inte se vad en kund ser), men den gick inte att starta: installera "
    "den (playwright install chromium, eller Debians paket chromium) eller ange CHROMIUM_PATH"
)


@pytest.fixture(scope="session")
def _back_forward_browser(browser_type, browser_type_launch_args: dict, browser_name: str, pytestconfig):
    """The whole Chromium (or None: the session's browser has the cache already, or runs
    elsewhere through --browser-endpoint)."""
    if browser_name != "chromium" or pytestconfig.getoption("browser_endpoint"):
        yield None
        return
    browser = launch_whole_browser(browser_type, browser_type_launch_args)
    yield browser
    if browser is not None:
        browser.close()


def launch_whole_browser(browser_type, launch_args: dict):
    """The whole Chromium, or None where the session's browser has the cache already; where it
    will not start, the scenarios that need it are skipped, saying why (never run in a browser
    that cannot show what a customer sees)."""
    options = with_back_forward_cache(launch_args)
    if options is None:
        return None
    try:
        return browser_type.launch(**without_hidden_ui(browser_type, options))
    except PlaywrightError as error:
        pytest.skip(f"{NO_WHOLE_BROWSER} ({str(error).splitlines()[0]}).")


@pytest.fixture(autouse=True)
def _history_in_a_customers_browser(request: pytest.FixtureRequest) -> Iterator[None]:
    """A @historik scenario's contexts come from the browser with the back/forward cache: the
    session browser's new_context stands in for it during the scenario (pytest-playwright's
    context fixture, with its traces and screenshots, stays as it is)."""
    if request.node.get_closest_marker(HISTORY_TAG) is None:
        yield
        return
    request.getfixturevalue("_preflight_first")  # the pre-flight keeps the session's browser
    whole = request.getfixturevalue("_back_forward_browser")
    if whole is None:
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(request.getfixturevalue("browser"), "new_context", whole.new_context)
        yield
