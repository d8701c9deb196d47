"""axe-core (WCAG 2.1 A and AA) on every page and state of the reference stack: the portal,
the simulated BankID app and the mail catcher's inbox. None may have a serious or critical
violation. (Foreign targets get the same scan in the report, never as a failure.)"""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from minasidor_spec.pages.bankid_app import BankIDApp
from minasidor_spec.pages.qr_camera import read_qr
from minasidor_spec.run.accessibility import scan
from minasidor_spec.target.deployment import EMBEDDED_NAME

PASSWORD = "Vinterljus-Kaffe-42"  # the demo customer 100001's


@pytest.fixture
def stack(target):
    if target.name != EMBEDDED_NAME:
        pytest.skip("Hoppas över: gäller referensmiljön (målmiljöns tillgänglighet står i rapporten).")
    return target


def accessible(page: Page, state: str) -> None:
    blocking = [v for v in scan(page) if v.blocking]
    assert not blocking, f"{state} ({page.url}):\n" + "\n".join(v.line() for v in blocking)


def fresh_customer(stack, email: bool = False) -> dict:
    return httpx.post(f"{stack.portal.url}/_test/customers", json={"kind": "privat", "email": email}).json()


def log_in(page: Page, stack) -> None:
    page.goto(f"{stack.portal.url}/logga-in?flik=kundnummer")
    page.get_by_role("textbox", name="Kundnummer").fill("100001")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in", exact=True).click()
    expect(page).to_have_url(re.compile("/mina-sidor"))


def test_start_help_and_error_pages(page: Page, stack):
    for path, state in [("/", "Startsidan"), ("/hjalp/", "Hjälpsidorna")]:
        page.goto(stack.portal.url + path)
        accessible(page, state)
    for link in page.locator("main a[href^='/hjalp/']").all():
        href = link.get_attribute("href")
        page.goto(stack.portal.url + href)
        accessible(page, f"Hjälpsidan {href}")
    page.goto(stack.portal.url + "/finns-inte")
    accessible(page, "404-sidan")
    page.goto(stack.portal.url + "/_test/fel")
    accessible(page, "500-sidan")


def test_login_tabs_and_errors(page: Page, stack):
    page.goto(f"{stack.portal.url}/logga-in?flik=bankid")
    accessible(page, "Inloggning, fliken Mobilt BankID")
    page.get_by_role("button", name="Logga in med Mobilt BankID").click()
    expect(page.get_by_role("img", name=re.compile("QR", re.I))).to_be_visible()
    accessible(page, "Inloggning, Mobilt BankID med QR-kod")
    page.goto(f"{stack.portal.url}/logga-in?flik=kundnummer")
    accessible(page, "Inloggning, fliken Kundnummer")
    page.get_by_role("button", name="Logga in", exact=True).click()
    expect(page.locator("[aria-invalid=true]").first).to_be_visible()
    accessible(page, "Inloggning med fel")


def test_mina_sidor_name_menu_and_logout(page: Page, stack):
    log_in(page, stack)
    accessible(page, "Mina sidor")
    menu = page.locator("button[aria-controls]").first
    menu.click()
    expect(page.get_by_role("button", name="Logga ut")).to_be_visible()
    accessible(page, "Mina sidor med namnmenyn öppen")
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    accessible(page, "Utloggad")


def empty_then_with_errors(page: Page, url: str, button: str, state: str) -> None:
    """A form page as it opens, then sent empty: both states checked."""
    page.goto(url)
    accessible(page, f"{state}, tom")
    page.get_by_role("button", name=button).click()
    expect(page.locator("[aria-invalid=true]").first).to_be_visible()
    accessible(page, f"{state} med fel")


def test_registration_and_create_password(page: Page, stack):
    customer = fresh_customer(stack)
    empty_then_with_errors(
        page, f"{stack.portal.url}/registrera-e-post", "Registrera e-postadress", "Registrera e-post"
    )
    page.get_by_label("Kundnummer").fill(customer["kundnummer"])
    page.get_by_label("Personnummer").fill(customer["personnummer"])
    address = f"a11y-{customer['kundnummer']}@example.se"
    page.get_by_label("E-postadress", exact=True).fill(address)
    page.get_by_label("Upprepa e-postadressen").fill(address)
    page.get_by_role("button", name="Registrera e-postadress").click()
    expect(page.get_by_role("button", name="Registrera e-postadress")).to_have_count(0)
    accessible(page, "Registrera e-post, klar")
    empty_then_with_errors(page, f"{stack.portal.url}/skapa-losenord", "Skapa lösenord", "Skapa lösenord")
    page.get_by_label("Kundnummer").fill(customer["kundnummer"])
    page.get_by_role("button", name="Skapa lösenord").click()
    expect(page.get_by_role("button", name="Skapa lösenord")).to_have_count(0)
    accessible(page, "Skapa lösenord, länk skickad")
    link = _mailed_link(stack, address)
    page.goto(link)
    accessible(page, "Välj lösenord, giltig länk")
    httpx.post(f"{stack.portal.url}/_test/clock", json={"advance_seconds": 7 * 24 * 3600})
    page.goto(link)
    accessible(page, "Välj lösenord, utgången länk")


def _mailed_link(stack, address: str) -> str:
    found = httpx.get(
        f"{stack.mail.api_url}/api/v1/wait",
        params={"query": f'to:{address} subject:"lösenord"', "count": 1, "timeout": 30},
        timeout=40,
    ).json()
    message = httpx.get(f"{stack.mail.api_url}/api/v1/message/{found['messages'][0]['ID']}").json()
    return re.search(r"https?://\S+/valj-losenord/\S+", message["Text"]).group(0)


def test_catcher_inbox_and_message(page: Page, stack):
    httpx.post(
        f"{stack.mail.api_url}/api/v1/send",
        json={
            "From": {"Email": "no-reply@example.se"},
            "To": [{"Email": "kund@example.se"}],
            "Subject": "Tillgänglighet",
            "Text": "Hej",
            "HTML": "<p>Hej</p>",
        },
    ).raise_for_status()
    page.goto(stack.mail.api_url + "/")
    accessible(page, "E-postfångarens inkorg")
    page.get_by_role("link", name=re.compile("Tillgänglighet")).first.click()
    expect(page.get_by_role("heading", name=re.compile("Tillgänglighet"))).to_be_visible()
    accessible(page, "E-postfångarens meddelande")


def test_simulated_bankid_app(page: Page, stack, browser):
    page.goto(f"{stack.portal.url}/logga-in?flik=bankid")
    page.get_by_role("button", name="Logga in med Mobilt BankID").click()
    phone_context = browser.new_context(locale="sv-SE")
    phone = BankIDApp(phone_context.new_page(), stack.bankid.app_url)
    try:
        phone.open_camera()
        accessible(phone.page, "BankID-appen, kameran")
        phone.scan(lambda: read_qr(page.get_by_role("img", name=re.compile("QR", re.I))))
        expect(phone.page.get_by_role("group", name="Välj BankID")).to_be_visible()
        accessible(phone.page, "BankID-appen, välj BankID")
        phone.choose_id("Tolvan Tolvansson")
        accessible(phone.page, "BankID-appen, säkerhetskod")
        phone.identify("123456")
        expect(page).to_have_url(re.compile("/mina-sidor"))
        accessible(phone.page, "BankID-appen, klar")
        phone.page.goto(stack.bankid.app_url + "/app/order/finns-inte")
        accessible(phone.page, "BankID-appen, fel")
    finally:
        phone_context.close()
