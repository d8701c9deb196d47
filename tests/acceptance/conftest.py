"""The target the features run against: the embedded reference stack, unless --target names
a profile (or --base-url a running portal). One browser per session, a new context per
scenario. Nothing in steps or pages knows which target it runs on."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest

from pages.bankid_control import BankIDControl
from pages.mailbox import Mailbox, ScenarioInbox, open_mailbox
from pages.stack_control import StackControl
from reference_app.embedded import EmbeddedStack
from reference_app.portal.demo import DEMO_CUSTOMERS
from steps.customers import KnownCustomer, from_demo
from tests.tooling.report_collector import TARGET_KEY

ACTION_TIMEOUT_MS = 10_000


def _require_reachable(url: str, what: str) -> None:
    """Stop the run at once, in Swedish, when the target does not answer at all."""
    try:
        urllib.request.urlopen(url, timeout=10).close()
    except urllib.error.HTTPError:
        return  # it answers; what it answers is for the scenarios to judge
    except (urllib.error.URLError, OSError) as error:
        pytest.exit(f"Målmiljön ({what}) svarar inte på {url}: {getattr(error, 'reason', error)}. "
                    "Starta den, eller rätta adressen i målprofilen.", returncode=3)


def _configured_base_url(config: pytest.Config) -> str | None:
    return config.getoption("base_url", None) or config.getini("base_url") or None


@dataclass
class Target:
    portal_url: str
    mail_api_url: str | None
    bankid_url: str | None
    mail_kind: str = "embedded"
    customers: dict[str, KnownCustomer] | None = None  # None: the reference stack's demo customers
    name: str = "Inbyggda referensmiljön"


def _announce(config: pytest.Config, target: Target) -> Target:
    """Tell the report where the scenarios ran."""
    config.stash[TARGET_KEY] = f"{target.name} – {target.portal_url}"
    return target


@pytest.fixture(scope="session")
def target(pytestconfig: pytest.Config):
    """--target's profile, or --base-url (with --mail-api, --bankid-app), else the embedded
    stack started for this session."""
    profile = getattr(pytestconfig, "target_profile", None)
    if profile is not None:
        _require_reachable(profile.base_url, f"{profile.name}, base_url")
        yield _announce(pytestconfig, Target(profile.base_url, profile.mail_api_url, profile.bankid_app_url,
                                             profile.mail_kind or "embedded", profile.customers, profile.name))
        return
    configured = _configured_base_url(pytestconfig)
    if configured:
        _require_reachable(configured, "--base-url")
        mail_api, bankid = pytestconfig.getoption("mail_api"), pytestconfig.getoption("bankid_app")
        yield _announce(pytestconfig, Target(configured.rstrip("/"), mail_api.rstrip("/") if mail_api else None,
                                             bankid.rstrip("/") if bankid else None, name="--base-url"))
        return
    with EmbeddedStack() as stack:
        yield _announce(pytestconfig, Target(stack.portal_url, stack.mail_api_url, stack.bankid_url))


@pytest.fixture(scope="session")
def base_url(target: Target) -> str:
    return target.portal_url


@pytest.fixture
def new_context(new_context):
    """Every context the steps open gets the same action timeout."""

    def make(**kwargs):
        context = new_context(**kwargs)
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        return context

    return make


class TargetCustomers(dict):
    """The target's test customers by role; a scenario needing a role it lacks is skipped."""

    def __missing__(self, role: str):
        pytest.skip(f"Hoppas över: målmiljön har ingen testkund med rollen {role!r} (ange den under "
                    f"[customers] i målprofilen).")


@pytest.fixture(scope="session")
def known_customers(target: Target) -> dict[str, KnownCustomer]:
    return TargetCustomers(target.customers if target.customers is not None else from_demo(DEMO_CUSTOMERS))


@pytest.fixture(scope="session")
def _control_api(playwright, base_url):
    request = playwright.request.new_context(base_url=base_url)
    yield request
    request.dispose()


@pytest.fixture(scope="session")
def stack_control(_control_api) -> StackControl:
    return StackControl(_control_api)


@pytest.fixture(scope="session")
def mailbox(target: Target) -> Mailbox | None:
    return open_mailbox(target.mail_kind, target.mail_api_url) if target.mail_api_url else None


@pytest.fixture
def inbox(mailbox) -> ScenarioInbox:
    return ScenarioInbox(mailbox)


@pytest.fixture(scope="session")
def _bankid_api(playwright, target: Target):
    if target.bankid_url is None:
        yield None
        return
    request = playwright.request.new_context(base_url=target.bankid_url)
    yield request
    request.dispose()


@pytest.fixture(scope="session")
def bankid_control(_bankid_api) -> BankIDControl | None:
    return BankIDControl(_bankid_api) if _bankid_api is not None else None


@pytest.fixture(scope="session")
def bankid_app_url(target: Target) -> str | None:
    return target.bankid_url


@pytest.fixture(scope="session")
def _capabilities(stack_control, mailbox, bankid_control) -> dict[str, bool]:
    control = stack_control.available()
    mail = mailbox is not None and mailbox.available()
    bankid = bankid_control is not None and bankid_control.available()
    refusable = mail and control and mailbox.can_refuse_mail()
    return {"klocka": control, "ny_kund": control, "epost": mail, "epostfel": refusable, "bankid": bankid}


SKIP_REASONS = {
    "klocka": "målmiljön har inget testläge där sviten kan flytta klockan",
    "ny_kund": "målmiljön kan inte skapa nya testkunder (testläge saknas)",
    "epost": "sviten kan inte läsa målmiljöns e-post (ange [mail] i målprofilen, eller --mail-api)",
    "epostfel": "e-postfångaren kan inte fås att vägra ta emot e-post (kräver Mailpits kaos-API och testläge)",
    "bankid": "målmiljön använder inte svitens falska BankID i testläge (ange [bankid] i målprofilen)",
}


@pytest.fixture(autouse=True)
def _skip_without_capability(request: pytest.FixtureRequest):
    needed = [name for name in SKIP_REASONS if request.node.get_closest_marker(name)]
    if not needed:
        return
    capabilities = request.getfixturevalue("_capabilities")
    missing = [name for name in needed if not capabilities[name]]
    if missing:
        reasons = "; ".join(f"{SKIP_REASONS[name]} (@{name})" for name in missing)
        pytest.skip(f"Hoppas över: {reasons}.")
