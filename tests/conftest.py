"""Test-suite wide set-up: the step definitions are plugins, so every feature sees them."""

pytest_plugins = [
    "steps.common_steps",
    "steps.login_steps",
    "steps.logout_steps",
    "steps.browser_steps",
    "steps.help_steps",
    "steps.drift",
]
