"""The peers `make bench` compares with: three scenarios written as plain Playwright code (the
same locators and the same portal, the help page's words as help_words names them; no BDD layer,
no page objects), each timed like pytest times a scenario (a new context, the steps, closing it)."""

from __future__ import annotations

import re
import statistics
import time

from playwright.sync_api import expect

from minasidor_spec.pages import help_words as words

PEER_SAMPLES = 5
PASSWORD = "Bench-Lösenord-2026"
# The feature scenario each peer stands beside (its test id).
PEERS = {
    "password login": "test_en_privatkund_loggar_in_med_kundnummer_och_lösenord",
    "logout": "test_jag_loggar_ut_via_mitt_namn_uppe_i_högra_hörnet",
    "registration with its mail": "test_en_privatkund_registrerar_sin_epostadress",
}


def _log_in(page, customer: dict) -> None:
    page.goto("/")
    page.get_by_role("banner").get_by_role("link", name=words.MINA_SIDOR.name, exact=True).click()
    page.get_by_role("tab", name=words.CHOICE_KUNDNUMMER.name).click()
    page.get_by_role("textbox", name=words.LOGIN_KUNDNUMMER.name).fill(customer["kundnummer"])
    page.get_by_label(re.compile("lösenord", re.I)).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name=words.LOGIN_BUTTON.name, exact=True).click()
    expect(page.get_by_role("banner").get_by_role("button", name=customer["name"])).to_be_visible()


def password_login(context, control, mailbox) -> None:
    customer = control.create_customer("privat", password=PASSWORD)
    _log_in(context.new_page(), customer)


def _logged_out(page, customer: dict, mina_sidor: str) -> None:
    """As the scenario's "jag är inte inloggad": no name on this page, and a new visit to Mina
    sidor in the same browser (a new tab) asks to log in."""
    expect(page.get_by_role("banner").get_by_role("button", name=customer["name"])).to_have_count(0)
    other = page.context.new_page()
    other.goto(mina_sidor)
    expect(other.get_by_role("tab", name=words.CHOICE_KUNDNUMMER.name)).to_be_visible()
    other.close()


def logout(context, control, mailbox) -> None:
    """What the scenario proves: logged out, also on a new visit, and still so on opening Mina
    sidor again."""
    customer = control.create_customer("privat", password=PASSWORD)
    page = context.new_page()
    _log_in(page, customer)
    mina_sidor = page.url
    page.get_by_role("banner").get_by_role("button", name=customer["name"]).click()
    with page.expect_navigation():
        page.get_by_role("button", name=words.LOG_OUT.name, exact=True).click()
    expect(page.get_by_text("Du är nu utloggad.")).to_be_visible()
    _logged_out(page, customer, mina_sidor)
    page.goto(mina_sidor)
    _logged_out(page, customer, mina_sidor)


def registration(context, control, mailbox) -> None:
    customer = control.create_customer("privat")
    address = f"peer-{customer['kundnummer']}@example.com"
    page = context.new_page()
    page.goto("/")
    page.get_by_role("banner").get_by_role("link", name=words.MINA_SIDOR.name, exact=True).click()
    page.get_by_role("link", name=words.LINK_REGISTER.name, exact=True).click()
    page.get_by_role("textbox", name=words.LOGIN_KUNDNUMMER.name).fill(customer["kundnummer"])
    page.get_by_role("textbox", name=words.REGISTER_PERSONNUMMER.name).fill(
        f"{customer['personnummer'][:8]}-{customer['personnummer'][8:]}"
    )
    page.get_by_label("E-postadress", exact=True).fill(address)
    page.get_by_label("Upprepa e-postadressen").fill(address)
    with page.expect_navigation():
        page.get_by_role("button", name=words.REGISTER_BUTTON.name).click()
    expect(page.get_by_text("Vi har skickat ett e-postmeddelande till")).to_be_visible()
    mailbox.wait_for(address, 1)


RUNS = {"password login": password_login, "logout": logout, "registration with its mail": registration}


def measure(browser, base_url: str, control, mailbox) -> dict[str, float]:
    """Median seconds per peer (a new context each time, as a scenario gets)."""
    medians = {}
    for name, run in RUNS.items():
        samples = []
        for _ in range(PEER_SAMPLES):
            start = time.perf_counter()
            context = browser.new_context(base_url=base_url, locale="sv-SE", timezone_id="Europe/Stockholm")
            run(context, control, mailbox)
            context.close()
            samples.append(time.perf_counter() - start)
        medians[name] = statistics.median(samples)
    return medians
