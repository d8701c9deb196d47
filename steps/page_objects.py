"""The page objects as fixtures: one Finder per scenario, on the scenario's page, knowing what
the pre-flight found missing; the scenario's Site over the run's fixed site map; and each page
object built from that one Finder. Steps ask for the page objects they use."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from minasidor_spec.pages.bankid_login_panel import BankIDLoginPanel
from minasidor_spec.pages.choose_password_page import ChoosePasswordPage
from minasidor_spec.pages.create_password_page import CreatePasswordPage
from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.help_page import HelpPage
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.portal_pages import PortalPages
from minasidor_spec.pages.register_email_page import RegisterEmailPage
from minasidor_spec.pages.site import Site, SiteMap
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.pages.texts import Texts


@pytest.fixture
def finder_for(site_map: SiteMap, documents: Documents, target) -> Callable[[Page], Finder]:
    """A Finder for any page of the scenario (a second browser, a copied session)."""
    return lambda page: Finder(page, documents, site_map.missing_words, target.timeouts)


@pytest.fixture
def find(page: Page, finder_for) -> Finder:
    return finder_for(page)


@pytest.fixture
def site(find: Finder, site_map: SiteMap, target) -> Site:
    return Site(find, site_map)


@pytest.fixture
def portal_pages(find: Finder, texts: Texts) -> PortalPages:
    return PortalPages(find, texts)


# Each page object of the scenario's page, the same one `me.pages` holds.


@pytest.fixture
def login_page(portal_pages: PortalPages) -> LoginPage:
    return portal_pages.login


@pytest.fixture
def site_header(portal_pages: PortalPages) -> SiteHeader:
    return portal_pages.header


@pytest.fixture
def register_email_page(portal_pages: PortalPages) -> RegisterEmailPage:
    return portal_pages.register_email


@pytest.fixture
def create_password_page(portal_pages: PortalPages) -> CreatePasswordPage:
    return portal_pages.create_password


@pytest.fixture
def choose_password_page(portal_pages: PortalPages) -> ChoosePasswordPage:
    return portal_pages.choose_password


@pytest.fixture
def help_page(portal_pages: PortalPages) -> HelpPage:
    return portal_pages.help


@pytest.fixture
def bankid_panel(portal_pages: PortalPages) -> BankIDLoginPanel:
    return portal_pages.bankid_panel
