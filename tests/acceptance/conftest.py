"""The target the features run against: the embedded reference stack, unless --base-url
names a running portal. One browser per session, a new context per scenario."""

from __future__ import annotations

import pytest

from pages.stack_control import StackControl
from reference_app.embedded import EmbeddedStack
from reference_app.portal.demo import DEMO_CUSTOMERS
from steps.customers import KnownCustomer, from_demo
from tests.tooling.browser import launch_overrides

ACTION_TIMEOUT_MS = 10_000


def _configured_base_url(config: pytest.Config) -> str | None:
    return config.getoption("base_url", None) or config.getini("base_url") or None


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config):
    """--base-url if given, else the embedded stack started for this session."""
    configured = _configured_base_url(pytestconfig)
    if configured:
        yield configured.rstrip("/")
        return
    with EmbeddedStack() as stack:
        yield stack.portal_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_type, browser_name):
    return {**browser_type_launch_args, **launch_overrides(browser_name, browser_type.executable_path)}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "sv-SE", "timezone_id": "Europe/Stockholm"}


@pytest.fixture
def new_context(new_context):
    """Every context the steps open gets the same action timeout."""

    def make(**kwargs):
        context = new_context(**kwargs)
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        return context

    return make


@pytest.fixture(scope="session")
def known_customers() -> dict[str, KnownCustomer]:
    return from_demo(DEMO_CUSTOMERS)


@pytest.fixture(scope="session")
def _control_api(playwright, base_url):
    request = playwright.request.new_context(base_url=base_url)
    yield request
    request.dispose()


@pytest.fixture(scope="session")
def stack_control(_control_api) -> StackControl:
    return StackControl(_control_api)


@pytest.fixture(scope="session")
def _clock_available(stack_control) -> bool:
    return stack_control.available()


@pytest.fixture(autouse=True)
def _skip_without_clock(request: pytest.FixtureRequest):
    if request.node.get_closest_marker("klocka") and not request.getfixturevalue("_clock_available"):
        pytest.skip("Hoppas över: målmiljön har inget testläge där sviten kan flytta klockan (@klocka).")
