"""Every page object of the portal on one Finder (one browser page): what a walk of the site or
a scenario's steps drive, without building each page object itself."""

from __future__ import annotations

from functools import cached_property

from minasidor_spec.pages.bankid_login_panel import BankIDLoginPanel
from minasidor_spec.pages.choose_password_page import ChoosePasswordPage
from minasidor_spec.pages.create_password_page import CreatePasswordPage
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.help_page import HelpPage
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.register_email_page import RegisterEmailPage
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.pages.texts import Texts


class PortalPages:
    """The page objects, each made when first asked for."""

    def __init__(self, find: Finder, texts: Texts | None = None):
        self.find = find
        self._texts = texts or Texts()

    @cached_property
    def header(self) -> SiteHeader:
        return SiteHeader(self.find)

    @cached_property
    def login(self) -> LoginPage:
        return LoginPage(self.find)

    @cached_property
    def register_email(self) -> RegisterEmailPage:
        return RegisterEmailPage(self.find)

    @cached_property
    def create_password(self) -> CreatePasswordPage:
        return CreatePasswordPage(self.find)

    @cached_property
    def choose_password(self) -> ChoosePasswordPage:
        return ChoosePasswordPage(self.find)

    @cached_property
    def help(self) -> HelpPage:
        return HelpPage(self.find)

    @cached_property
    def bankid_panel(self) -> BankIDLoginPanel:
        return BankIDLoginPanel(self.find, self._texts)
