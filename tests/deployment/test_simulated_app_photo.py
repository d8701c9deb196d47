"""A manual tester's phone "photographs" the login page's QR code: a screenshot of the QR
element, given to the simulated app's photo field, is read by the page's own decoder
(BarcodeDetector or the vendored jsQR), and the customer is logged in on the computer."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from minasidor_spec.run.browser import device_descriptor
from minasidor_spec.target.deployment import EMBEDDED_NAME


@pytest.fixture
def stack(target):
    if target.name != EMBEDDED_NAME:
        pytest.skip("Hoppas över: gäller referensmiljöns simulerade BankID-app.")
    return target


def test_a_photo_of_the_screen_logs_in(page: Page, stack, browser, playwright):
    page.goto(f"{stack.portal.url}/logga-in?flik=bankid")
    page.get_by_role("button", name="Logga in med Mobilt BankID").click()
    qr = page.get_by_role("img", name=re.compile("QR", re.I))
    expect(qr).to_be_visible()
    phone_context = browser.new_context(**device_descriptor(playwright, "Pixel 7"), locale="sv-SE")
    phone = phone_context.new_page()
    try:
        phone.goto(f"{stack.bankid.app_url}/app")
        photo = {"name": "skarmen.png", "mimeType": "image/png", "buffer": qr.screenshot()}
        with phone.expect_navigation():
            phone.get_by_label("Fotografera QR-koden").set_input_files(files=[photo])
        expect(phone.get_by_role("group", name="Välj BankID")).to_be_visible()
        phone.get_by_label("Tolvan Tolvansson").check()
        with phone.expect_navigation():
            phone.get_by_role("button", name="Fortsätt").click()
        phone.get_by_label("Säkerhetskod").fill("123456")
        phone.get_by_role("button", name="Identifiera").click()
        expect(page).to_have_url(re.compile("/mina-sidor"))
    finally:
        phone_context.close()


def test_a_photo_without_a_qr_code_says_so(stack, browser):
    context = browser.new_context(locale="sv-SE")
    phone = context.new_page()
    try:
        phone.goto(f"{stack.bankid.app_url}/app")
        blank = {
            "name": "vagg.png",
            "mimeType": "image/png",
            "buffer": phone.screenshot(clip={"x": 0, "y": 0, "width": 40, "height": 40}),
        }
        phone.get_by_label("Fotografera QR-koden").set_input_files(files=[blank])
        expect(phone.get_by_role("status")).to_have_text(
            "Ingen QR-kod hittades i bilden. Ta en ny bild där hela koden syns."
        )
    finally:
        context.close()
