"""The target the features run against, its settings grouped as a profile groups them: the
portal, its mail, its BankID, the test customers, the scope, privacy and timeouts. Only
`profile.build_target` makes one (from a profile, the quick --base-url options or the embedded
stack)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from minasidor_spec.common.settings import Timeouts
from minasidor_spec.target.access import Access
from minasidor_spec.target.customers import COMPANY, PRIVATE, KnownCustomer, lockable

EMBEDDED_NAME = "Inbyggda referensmiljön"
# Which of the reference stack's demo customers plays which role (by kundnummer).
EMBEDDED_ROLES = {PRIVATE: "100001", COMPANY: "200001", lockable(PRIVATE): "100002"}

# Where the suite invents e-mail addresses (new ones to register): a domain reserved for
# examples (RFC 2606), so that no real person's mailbox can get them.
DEFAULT_MAIL_DOMAIN = "example.com"

# [bankid] mode: our fake BankID at app_url (scenarios drive its simulated app), or BankID's own
# test environment, where a person with a test BankID scans the QR code the suite shows.
FAKE, ASSISTED = "falskt", "assisterad"
BANKID_MODES = (FAKE, ASSISTED)


@dataclass(frozen=True)
class Portal:
    """The portal: its address, what the profile says of its pages and words, how it is reached."""

    url: str
    pages: dict[str, str] = field(default_factory=dict)  # known addresses, else found as a customer finds them
    texts: dict[str, str] = field(default_factory=dict)  # the reference wording -> the target's
    reference: bool = False  # the target decides as the reference portal (its wording is checked)
    access: Access = field(default_factory=Access)  # basic auth, headers, certificate, proxy
    consent_button: str | None = None  # what a customer clicks on the cookie banner


@dataclass(frozen=True)
class Mail:
    """Where the suite reads the target's mail, and where it invents addresses."""

    kind: str = "embedded"  # a mail catcher kind (minasidor_spec.clients.mailboxes.KINDS)
    api_url: str | None = None
    domain: str = DEFAULT_MAIL_DOMAIN
    access: Access = field(default_factory=Access)


@dataclass(frozen=True)
class BankID:
    """How the target's BankID is driven: our fake's app and control API, or a person."""

    app_url: str | None = None  # our fake BankID's app and control API, when the target uses it
    mode: str | None = None  # FAKE, ASSISTED, or None (not known to the suite)
    access: Access = field(default_factory=Access)


@dataclass(frozen=True)
class Customers:
    """Who the scenarios log in as, and how fresh ones are made."""

    known: dict[str, list[KnownCustomer]] | None = None  # None: the reference stack's demo customers
    provisioning: dict[str, str] = field(default_factory=dict)  # command or url that makes a fresh customer
    provisioning_access: Access = field(default_factory=Access)
    state_path: Path | None = None  # which pooled customers earlier runs used up


@dataclass(frozen=True)
class Scope:
    """What this target is not held to."""

    out: dict[str, str] = field(default_factory=dict)  # rule -> why it is out of this target's scope
    # [[quarantine]]: "Feature: Scenario" (or the scenario's name) -> {"reason", "until"}
    quarantine: dict[str, dict] = field(default_factory=dict)


@dataclass(frozen=True)
class Privacy:
    mask_kundnummer: bool = False  # screenshots hide kundnummer too (personnummer, e-mail, passwords always)


@dataclass(frozen=True)
class Target:
    """A Mina sidor to check: its portal, and where the suite reads its mail and its BankID."""

    portal: Portal
    name: str = EMBEDDED_NAME
    mail: Mail = field(default_factory=Mail)
    bankid: BankID = field(default_factory=BankID)
    customers: Customers = field(default_factory=Customers)
    scope: Scope = field(default_factory=Scope)
    privacy: Privacy = field(default_factory=Privacy)
    timeouts: Timeouts = field(default_factory=Timeouts)
    warnings: tuple[str, ...] = ()  # said before the run (plain-text secrets under git)

    @property
    def title(self) -> str:
        """Where the scenarios ran, for the report."""
        return f"{self.name} – {self.portal.url}"

    def with_state(self, path: Path) -> Target:
        """The same target, keeping which pooled customers are used up in `path`."""
        return replace(self, customers=replace(self.customers, state_path=path))


def embedded_customers() -> dict[str, list[KnownCustomer]]:
    from reference_app.portal.demo import DEMO_CUSTOMERS

    by_kundnummer = {record["kundnummer"]: record for record in DEMO_CUSTOMERS}
    return {
        role: [KnownCustomer.from_record(role, by_kundnummer[kundnummer])]
        for role, kundnummer in EMBEDDED_ROLES.items()
    }
