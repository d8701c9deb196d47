"""The scenario's customer, "jag" in the features, and what they use: the site and its pages, their
inbox, and the target's wording of our reference portal's decisions. A step takes `me` and what
its own words add (a password, an address), not each of these apart."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page

from minasidor_spec.pages.portal_pages import PortalPages
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from minasidor_spec.pages.site import Site
from minasidor_spec.run.wording import Wording
from minasidor_spec.target.customers import KnownCustomer
from minasidor_spec.target.deployment import Target


@dataclass(frozen=True)
class Me:
    site: Site
    pages: PortalPages
    inbox: ScenarioInbox
    wording: Wording
    target: Target
    request: pytest.FixtureRequest

    @property
    def page(self) -> Page:
        return self.site.page

    @property
    def customer(self) -> KnownCustomer:
        """Who a Given step made me ("att jag är en privatkund med lösenord")."""
        return self.request.getfixturevalue("customer")

    @property
    def has_customer(self) -> bool:
        return "customer" in self.request.fixturenames


@pytest.fixture
def me(site: Site, portal_pages: PortalPages, inbox: ScenarioInbox, wording: Wording, target: Target, request) -> Me:
    return Me(site, portal_pages, inbox, wording, target, request)
