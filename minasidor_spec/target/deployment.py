"""The target the features run against: a deployment named by a profile (--target) or by
--base-url, else the embedded reference stack started for the session."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from minasidor_spec.target.access import Access
from minasidor_spec.target.customers import COMPANY, PRIVATE, KnownCustomer, lockable

EMBEDDED_NAME = "Inbyggda referensmiljön"
# Which of the reference stack's demo customers plays which role (by kundnummer).
EMBEDDED_ROLES = {PRIVATE: "100001", COMPANY: "200001", lockable(PRIVATE): "100002"}


@dataclass(frozen=True)
class Timeouts:
    """How long the suite waits on this target (seconds): for a control or a word to appear
    (action), for a page to load (navigation), for a mail to arrive (mail)."""

    action: float = 10
    navigation: float = 10
    mail: float = 20


# Where the suite invents e-mail addresses (new ones to register): a domain reserved for
# examples (RFC 2606), so that no real person's mailbox can get them.
DEFAULT_MAIL_DOMAIN = "example.com"

# [bankid] mode: our fake BankID at app_url (scenarios drive its simulated app), or BankID's own
# test environment, where a person with a test BankID scans the QR code the suite shows.
FAKE, ASSISTED = "falskt", "assisterad"
BANKID_MODES = (FAKE, ASSISTED)
DEFAULT_PERSON_SECONDS = 180  # how long the suite waits for the person at each step


@dataclass(frozen=True)
class Target:
    """A Mina sidor to check: its portal, and where the suite reads its mail and its BankID."""

    portal_url: str
    mail_api_url: str | None = None
    bankid_url: str | None = None  # our fake BankID's app and control API, when the target uses it
    mail_kind: str = "embedded"
    customers: dict[str, list[KnownCustomer]] | None = None  # None: the reference stack's demo customers
    name: str = EMBEDDED_NAME
    pages: dict[str, str] = field(default_factory=dict)  # known addresses, else found as a customer finds them
    texts: dict[str, str] = field(default_factory=dict)  # the reference wording -> the target's
    reference: bool = False  # the target decides as the reference portal (its wording is checked)
    provisioning: dict[str, str] = field(default_factory=dict)  # command or url that makes a fresh customer
    state_path: Path | None = None  # which pooled customers earlier runs used up
    scope: dict[str, str] = field(default_factory=dict)  # rule -> why it is out of this target's scope
    timeouts: Timeouts = field(default_factory=Timeouts)
    mail_domain: str = DEFAULT_MAIL_DOMAIN
    access: Access = field(default_factory=Access)  # the portal's basic auth, headers, certificate, proxy
    mail_access: Access = field(default_factory=Access)
    provisioning_access: Access = field(default_factory=Access)
    bankid_access: Access = field(default_factory=Access)  # [bankid.access]: the fake BankID's CA, headers ...
    # [[quarantine]]: "Feature: Scenario" (or the scenario's name) -> {"reason", "until"}
    quarantine: dict[str, dict] = field(default_factory=dict)
    consent_button: str | None = None  # what a customer clicks on the cookie banner
    mask_kundnummer: bool = False  # screenshots hide kundnummer too (personnummer, e-mail, passwords always)
    bankid_mode: str | None = None  # FAKE, ASSISTED, or None (not known to the suite)
    person_seconds: float = DEFAULT_PERSON_SECONDS
    warnings: tuple[str, ...] = ()  # said before the run (plain-text secrets under git)

    @property
    def title(self) -> str:
        """Where the scenarios ran, for the report."""
        return f"{self.name} – {self.portal_url}"


def embedded_customers() -> dict[str, list[KnownCustomer]]:
    from reference_app.portal.demo import DEMO_CUSTOMERS

    by_kundnummer = {record["kundnummer"]: record for record in DEMO_CUSTOMERS}
    return {
        role: [KnownCustomer.from_record(role, by_kundnummer[kundnummer])]
        for role, kundnummer in EMBEDDED_ROLES.items()
    }
