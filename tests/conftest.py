"""Test-suite wide set-up: the step definitions are plugins, so every feature sees them;
the browser (Debian's Chromium where Playwright has none) and a Swedish browser context."""

import pytest

from tests.tooling.browser import launch_overrides

pytest_plugins = [
    "steps.common_steps",
    "steps.login_steps",
    "steps.logout_steps",
    "steps.browser_steps",
    "steps.help_steps",
    "steps.mail_steps",
    "steps.registration_steps",
    "steps.password_steps",
    "steps.bankid_steps",
    "steps.drift",
    "tests.tooling.report_collector",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_type, browser_name):
    return {**browser_type_launch_args, **launch_overrides(browser_name, browser_type.executable_path)}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "sv-SE", "timezone_id": "Europe/Stockholm"}


def pytest_addoption(parser):
    parser.addoption("--target", metavar="PROFIL.toml", default=None,
                     help="målprofil: kör specifikationen mot en driftsatt Mina sidor (se targets/exempel.toml)")
    parser.addoption("--mail-api", metavar="URL", default=None,
                     help="the mail catcher's HTTP API (Mailpit v1) when --base-url names a running portal")
    parser.addoption("--bankid-app", metavar="URL", default=None,
                     help="our fake BankID (app and control API) when the target portal uses it")


def pytest_configure(config):
    """Read the target profile before anything starts: a bad one stops the run at once."""
    from tests.acceptance.target_profile import ProfileError, load_profile

    path = config.getoption("target")
    config.target_profile = None
    if path:
        try:
            config.target_profile = load_profile(path)
        except ProfileError as error:
            raise pytest.UsageError(str(error)) from None
