"""Test-suite wide set-up: the step definitions are plugins, so every feature sees them."""

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
]


def pytest_addoption(parser):
    parser.addoption("--mail-api", metavar="URL", default=None,
                     help="the mail catcher's HTTP API (Mailpit v1) when --base-url names a running portal")
    parser.addoption("--bankid-app", metavar="URL", default=None,
                     help="our fake BankID (app and control API) when the target portal uses it")
