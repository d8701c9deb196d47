"""Steps for logging in with Mobilt BankID (H3): QR code read by the phone, or the app
started on this device; BankID's instructions on screen at every step. Those instructions
are BankID's recommended texts (the reference portal's choice of wording, not the help
page's): checked as the target words them, else only that an instruction is shown."""

from __future__ import annotations

import contextlib
import re

from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pytest_bdd import given, parsers, then, when

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.bankid_app import TEST_SECURITY_CODE, BankIDApp
from minasidor_spec.pages.bankid_by_person import BankIDByPerson
from minasidor_spec.pages.bankid_login_panel import BankIDLoginPanel
from minasidor_spec.pages.deviations import RuleBroken
from minasidor_spec.pages.login_page import LoginPage
from minasidor_spec.pages.qr_camera import read_qr
from minasidor_spec.pages.qr_watch import QR_CODES_WATCHED, QrWatch, animated_qr_problem
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.run.browser import device_descriptor
from minasidor_spec.run.privacy import personal
from minasidor_spec.steps.me import Me
from minasidor_spec.steps.messages import expect_bankid_text
from minasidor_spec.steps.text import quoted
from minasidor_spec.target.customers import PRIVATE, KnownCustomer
from reference_app.fake_bankid.user_messages import RFA15A, RFA15B, recommended

NO_CUSTOMER = KnownCustomer(role="ingen kund", kundnummer="", name="Okänd Testperson", personnummer="200001022384")
ASKED = "Logga in på Mina sidor"  # what the reference portal asks the BankID app to show


@given("att jag är en privatkund med Mobilt BankID", target_fixture="customer")
def customer_with_bankid(known_customers) -> KnownCustomer:
    return known_customers[PRIVATE]


@given("att jag har Mobilt BankID men inte är kund", target_fixture="customer")
def bankid_but_no_customer() -> KnownCustomer:
    return NO_CUSTOMER


@given("att mitt BankID är spärrat")
def blocked_bankid(bankid_control, customer: KnownCustomer):
    bankid_control.next_outcome("certificateErr", customer.personnummer)


@given("att BankID har driftstörningar")
def bankid_maintenance(bankid_control):
    bankid_control.next_error("maintenance")


@given("att jag använder en mobiltelefon", target_fixture="page")
def mobile_phone(playwright, pytestconfig, new_context, bankid_app_url: str) -> Page:
    """The run's --device when it is a phone or tablet, else a Pixel 7."""
    device = pytestconfig.getoption("device", None)
    if not (device and playwright.devices[device].get("is_mobile")):
        device = "Pixel 7"
    context: BrowserContext = new_context(**device_descriptor(playwright, device))
    # The phone's OS hands BankID's universal link to the BankID app: here, the fake's app.
    context.route(
        "https://app.bankid.com/**",
        lambda route: route.fulfill(
            status=302, headers={"Location": bankid_app_url + "/?" + route.request.url.split("?", 1)[1]}
        ),
    )
    return context.new_page()


@when("jag startar inloggningen med Mobilt BankID")
def start_bankid(bankid_panel: BankIDLoginPanel, login_page: LoginPage):
    """Once the login page shows its start button or its choices (a single-page app draws them
    after it loads): choose "Mobilt BankID" unless the page already opened on it, then start."""
    shown = bankid_panel.start_button.or_(login_page.choices[words.CHOICE_BANKID].locator)
    shown = shown.or_(login_page.choices[words.CHOICE_KUNDNUMMER].locator)
    with contextlib.suppress(PlaywrightTimeoutError):  # neither: choosing says what is missing
        shown.first.wait_for()
    if not bankid_panel.start_button.first.is_visible():  # a login page that opens on another choice
        login_page.choose(words.CHOICE_BANKID)
    bankid_panel.start()


@when("jag läser av QR-koden med BankID-appen i min telefon", target_fixture="bankid_app")
def scan_with_phone(me: Me, new_context, bankid_app_url: str) -> BankIDApp | BankIDByPerson:
    panel = me.pages.bankid_panel
    if bankid_app_url is None:  # BankID's own test environment: a person scans (assisted mode)
        person = me.request.getfixturevalue("bankid_person")
        app = BankIDByPerson(me.page, person, panel.instruction)
        customer = me.customer if me.has_customer else None
        who = f"{customer.name} ({personal(customer.identity_written())})" if customer else "dig"
        app.scan(panel.qr_code, who)
        return app
    # The camera is open before it is pointed at the code, as on a real phone.
    phone = BankIDApp(new_context().new_page(), bankid_app_url)
    phone.open_camera()
    phone.scan(lambda: read_qr(panel.qr_code))
    phone.request(me.wording.name(ASKED)).first.wait_for()
    return phone


@when("jag öppnar BankID på den här enheten", target_fixture="bankid_app")
def open_on_this_device(page: Page, bankid_panel: BankIDLoginPanel, wording) -> BankIDApp:
    bankid_panel.open_on_this_device.first.click()
    app = BankIDApp(page)
    app.request(wording.name(ASKED)).first.wait_for()
    return app


@when("jag väljer mitt BankID i appen")
def choose_my_id(bankid_app: BankIDApp, customer: KnownCustomer):
    bankid_app.choose_id(customer.name)
    bankid_app.asks_for_code()


def _outcome_shown(
    panel: BankIDLoginPanel, header: SiteHeader, customer: KnownCustomer | None, patience_ms: float | None = None
) -> None:
    """Back at the computer (or on the phone's browser): the page shows how the order ended,
    logged in or offering to start again. Until then BankID's last instruction is still shown.
    A person (assisted mode) gets the profile's time for it."""
    ended = panel.ended
    if customer is not None:
        ended = header.name_control(customer.name).locator.or_(ended)
    ended.first.wait_for(timeout=patience_ms)


@when("jag skriver in min säkerhetskod och väljer Identifiera")
def identify(bankid_panel: BankIDLoginPanel, site_header: SiteHeader, bankid_app: BankIDApp, customer: KnownCustomer):
    bankid_app.identify(TEST_SECURITY_CODE)
    _outcome_shown(bankid_panel, site_header, customer, bankid_app.patience_ms)


@when("jag skriver in min säkerhetskod och väljer Avbryt i BankID-appen")
def type_code_and_cancel(bankid_panel: BankIDLoginPanel, site_header: SiteHeader, bankid_app: BankIDApp, customer):
    """Cancelling is cancelling also with the code typed: the order ends, nobody is logged in."""
    bankid_app.security_code.fill(TEST_SECURITY_CODE)
    bankid_app.cancel()
    _outcome_shown(bankid_panel, site_header, customer, bankid_app.patience_ms)


@when("jag väljer Avbryt i BankID-appen")
def cancel_in_app(bankid_panel: BankIDLoginPanel, site_header: SiteHeader, bankid_app: BankIDApp):
    bankid_app.cancel()
    _outcome_shown(bankid_panel, site_header, None, bankid_app.patience_ms)


# BankID's own limits: a QR code must be read within 30 seconds, an order ends after 3 minutes.
# The fake BankID's clock moves a second past each.
PASSING = {
    "ingen har läst av QR-koden efter en halv minut": 31,
    "jag har inte identifierat mig i appen efter tre minuter": 181,
}


@when(parsers.re(f"(?P<what>{'|'.join(map(re.escape, PASSING))})"))
def bankid_time_passes(bankid_panel: BankIDLoginPanel, site_header: SiteHeader, bankid_control, what: str):
    bankid_control.advance_clock(PASSING[what])
    _outcome_shown(bankid_panel, site_header, None)


@then(parsers.re(f"ser jag instruktionen {quoted('text')}"))
def instruction_shown(bankid_panel: BankIDLoginPanel, wording, text: str):
    """The help page: "Följ instruktionerna på skärmen": an instruction is shown, and where the
    features quote BankID's recommended text it is that text (BankID's rule for every relying
    party: another state's text fails H3 everywhere; the target's own words are noted)."""
    instructions = bankid_panel.instructions
    expect(instructions.first, "Ingen instruktion från BankID visas på sidan.").to_be_visible()
    if recommended(text) is not None:
        expect_bankid_text(instructions, wording, text)
        return
    pattern = wording.pattern(text)
    if pattern is not None:
        wording.decide(
            f"instruktionen {text!r}",
            lambda ms: expect(instructions.filter(has_text=pattern).first).to_be_visible(timeout=ms),
        )


# BankID's RFA15A (a computer) and RFA15B (a phone or tablet): the browser's user agent decides.
SEARCHING = {False: RFA15A.current, True: RFA15B.current}


@then("ser jag instruktionen att BankID söks på den här datorn eller enheten")
def searching_shown(page: Page, bankid_panel: BankIDLoginPanel, wording):
    mobile = page.evaluate("() => /Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent)")
    instruction_shown(bankid_panel, wording, SEARCHING[mobile])


@then("visar sidan en ny QR-kod varje sekund", target_fixture="qr_codes")
def qr_changes_every_second(bankid_panel: BankIDLoginPanel) -> list[str]:
    """BankID's animated QR: for as long as the order waits, a new code each second (its time
    counter up by the seconds since the order started, its code new), read off the page."""
    watch = QrWatch(bankid_panel.find.page, bankid_panel.qr_code.first)
    codes = watch.codes(QR_CODES_WATCHED)
    broken = animated_qr_problem(codes, watch.repeated)
    if broken:
        raise RuleBroken("H3", broken)
    return codes


@then("BankID-appen tar emot den QR-kod som visas just nu")
def app_takes_the_current_code(bankid_panel: BankIDLoginPanel, new_context, bankid_app_url: str | None):
    """BankID's app takes only a code of the last few seconds: the one shown now must be one.
    (BankID's own test app, in assisted mode, checks that itself when the person scans.)"""
    if bankid_app_url is None:
        return
    phone = BankIDApp(new_context().new_page(), bankid_app_url)
    phone.open_camera()
    phone.read(read_qr(bankid_panel.qr_code.first))
    if phone.stale_code.is_visible():
        raise RuleBroken(
            "H3", "BankID-appen tog inte emot QR-koden som sidan visar: den är för gammal (inte ny varje sekund)"
        )


@then("jag kan försöka igen")
def can_retry(bankid_panel: BankIDLoginPanel, wording):
    wording.name("Försök igen")  # noted when the target's wording of it is unknown
    expect(bankid_panel.retry_button.first).to_be_visible()
