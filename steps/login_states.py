"""The logged-in state for scenarios whose subject is not the login ("Givet att jag är
inloggad": logging out, the name menu, the idle timeout). The first such scenario for a
customer logs in through the form; its session is kept as Playwright storage state (the
cookies) and the next such scenario for the same customer starts in it, as long as the session
still lives. A scenario that ends the session (logs out, waits out the idle time) makes the next
one log in through the form again. Scenarios that prove a login always use the form."""

from __future__ import annotations

import html

from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.pages.site import Site
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.target.customers import KnownCustomer


class LoginStates:
    def __init__(self):
        self.kept: dict[str, list[dict]] = {}  # kundnummer -> the cookies of a live session
        self.resumed = 0  # how many scenarios started in a kept session (for the bench)

    def resume(self, site: Site, header: SiteHeader, customer: KnownCustomer) -> bool:
        """Start `page` in the customer's kept session, on Mina sidor; False when there is none
        or it no longer shows the customer as logged in (the form is then the way in)."""
        cookies = self.kept.pop(customer.kundnummer, None)
        if cookies is None or "mina_sidor" not in site.map.urls:
            return False
        page = site.page
        page.context.add_cookies(cookies)
        site.open("mina_sidor")
        if header.name_control(customer.name).first.is_visible():
            self.resumed += 1
            return True
        page.context.clear_cookies()
        return False

    def keep_if_alive(self, site: Site, customer: KnownCustomer) -> None:
        """At the end of a scenario: keep the session if Mina sidor still shows the customer's
        name (asked over HTTP with the scenario's cookies, not through its page)."""
        url, page = site.map.urls.get("mina_sidor"), site.page
        if url is None or page.is_closed():
            return
        try:
            response = page.context.request.get(url, fail_on_status_code=False)
            alive = response.ok and customer.name in html.unescape(response.text())
            if alive:
                self.kept[customer.kundnummer] = page.context.cookies()
        except PlaywrightError:  # the context went away with a failing scenario: nothing to keep
            return
