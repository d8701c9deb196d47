"""Which deployment this run checks: --target's profile, or --base-url (with --mail-api,
--bankid-app), else the embedded reference stack, started for the session; a target that does
not answer at all stops the run at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from minasidor_spec.judging.causes import PROFILE, UNREACHABLE
from minasidor_spec.judging.stops import stop_run
from minasidor_spec.run.outage import first_unanswered
from minasidor_spec.target.deployment import Target
from minasidor_spec.target.profile import ProfileError, embedded_target, quick_target


def require_reachable(config: pytest.Config, target: Target) -> None:
    """Stop the run at once, in Swedish, when a part of the target does not answer at all (reached
    with the profile's [access]: its proxy, client certificate and TLS choice): exit 3."""
    unanswered = first_unanswered(target)
    if unanswered is not None:
        stop_run(config, UNREACHABLE, unanswered.text, unanswered.part.what, unanswered.part.url)


def configured_base_url(config: pytest.Config) -> str | None:
    return config.getoption("base_url", None) or config.getini("base_url") or None


def checks_reference(config: pytest.Config) -> bool:
    """Does the run check our reference portal (embedded, or named so) rather than a foreign one?"""
    profile = getattr(config, "target_profile", None)
    if profile is not None:
        return profile.portal.reference
    if configured_base_url(config):
        return config.getoption("reference_portal")
    return True


@contextmanager
def resolve(config: pytest.Config) -> Iterator[Target]:
    """--target's profile, or --base-url (with --mail-api, --bankid-app), else the embedded
    stack, running while the context lasts."""
    profile: Target | None = getattr(config, "target_profile", None)
    if profile is not None:
        require_reachable(config, profile)
        state = config.getoption("test_data_state", None)
        yield profile.with_state(Path(state)) if state else profile
        return
    configured = configured_base_url(config)
    if configured:
        try:
            quick = quick_target(
                configured,
                config.getoption("mail_api"),
                config.getoption("bankid_app"),
                config.getoption("reference_portal"),
            )
        except ProfileError as error:
            stop_run(config, PROFILE, str(error))
        require_reachable(config, quick)
        yield quick
        return
    from reference_app.embedded import EmbeddedStack

    with EmbeddedStack() as stack:
        yield embedded_target(stack.portal_url, stack.mail_api_url, stack.bankid_url)
