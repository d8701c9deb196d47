"""`make bench` (python -m minasidor_spec bench): time the acceptance suite against one
embedded stack, the floor in the same run (a bare new context + page + one navigation to the
same server) with the ratio, and the time from a form's submit click to its e-mail being
readable by the suite."""

from __future__ import annotations

import statistics
import time

from playwright.sync_api import sync_playwright

from minasidor_spec.clients.mailboxes import open_mailbox
from minasidor_spec.clients.stack_control import StackControl
from minasidor_spec.commands.child_run import child_run
from minasidor_spec.devtools import bench_mail, bench_peers
from minasidor_spec.pages.bankid_app import TEST_SECURITY_CODE, BankIDApp
from minasidor_spec.pages.bankid_login_panel import BankIDLoginPanel
from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.finder import Finder
from minasidor_spec.pages.qr_camera import read_qr
from minasidor_spec.pages.site import Site, SiteMap
from minasidor_spec.pages.site_header import SiteHeader
from minasidor_spec.pages.texts import Texts
from minasidor_spec.run.browser import launch_overrides, without_hidden_ui
from reference_app.embedded import TEST_BANKID_POLL_MS, EmbeddedStack

FLOOR_SAMPLES = 30
BANKID_SAMPLES = 10


def run_suite(stack: EmbeddedStack) -> tuple[int, dict[str, float], int]:
    """The features against `stack` in a child pytest: its exit code, each scenario's time by
    test name (setup + call + teardown, from pytest's JUnit XML) and how many failed."""
    run = child_run(
        "-p",
        "no:randomly",
        "--base-url",
        stack.portal_url,
        "--mail-api",
        stack.mail_api_url,
        "--bankid-app",
        stack.bankid_url,
    )
    return run.exit_code, {case.name: case.seconds for case in run.cases}, len(run.failed)


def measure_floor(browser, base_url: str) -> list[float]:
    samples = []
    for _ in range(FLOOR_SAMPLES):
        start = time.perf_counter()
        context = browser.new_context(base_url=base_url)
        page = context.new_page()
        page.goto("/")
        context.close()
        samples.append(time.perf_counter() - start)
    return samples


def site_on(page, site_map: SiteMap) -> Site:
    """A scenario's way around the embedded stack, on `page`."""
    return Site(Finder(page, Documents()), site_map)


def measure_bankid(browser, stack: EmbeddedStack, site_map: SiteMap) -> list[float]:
    """Identifiera in the (simulated) app -> Mina sidor shown, over the QR flow."""
    samples = []
    for _ in range(BANKID_SAMPLES):
        context = browser.new_context(base_url=stack.portal_url)
        page = context.new_page()
        site = site_on(page, site_map)
        site.open("login")
        panel = BankIDLoginPanel(site.find, Texts(reference=True))
        panel.start()
        phone = BankIDApp(context.new_page(), stack.bankid_url)
        phone.open_camera()
        phone.scan(lambda panel=panel: read_qr(panel.qr_code))
        phone.choose_id("Tolvan Tolvansson")
        phone.security_code.fill(TEST_SECURITY_CODE)
        start = time.perf_counter()
        phone.identify_button.click()
        SiteHeader(site.find).name_control("Tolvan Tolvansson").first.wait_for()
        samples.append(time.perf_counter() - start)
        context.close()
    return samples


def main() -> int:
    with EmbeddedStack() as stack:
        print(f"==> Mäter specifikationen mot {stack.portal_url}", flush=True)
        start = time.perf_counter()
        exit_code, by_name, failed = run_suite(stack)
        wall = time.perf_counter() - start
        figures = measure_beside(stack)
    print_figures(by_name, failed, wall, **figures)
    return exit_code


def measure_beside(stack: EmbeddedStack) -> dict:
    """The floor, click to mail, BankID and the plain-Playwright peers, on one browser."""
    with sync_playwright() as playwright:
        options = launch_overrides("chromium", playwright.chromium.executable_path)
        browser = playwright.chromium.launch(**without_hidden_ui(playwright.chromium, options))
        print(f"==> Mäter golvet ({FLOOR_SAMPLES} gånger ny kontext + sida + en navigering)", flush=True)
        floor = measure_floor(browser, stack.portal_url)
        print(
            f"==> Mäter tiden från klick till e-posten hos sviten ({bench_mail.MAIL_SAMPLES} gånger per formulär)",
            flush=True,
        )
        site_map = SiteMap.of(stack.portal_url)
        control = StackControl(playwright.request.new_context(base_url=stack.portal_url))
        mail = bench_mail.measure_mail(control, browser, stack, site_map)
        print(f"==> Mäter BankID: Identifiera -> inloggad ({BANKID_SAMPLES} gånger)", flush=True)
        bankid = measure_bankid(browser, stack, site_map)
        print(
            f"==> Mäter jämförelsen: tre scenarier som vanlig Playwright-kod ({bench_peers.PEER_SAMPLES} gånger var)",
            flush=True,
        )
        with open_mailbox("embedded", stack.mail_api_url) as mailbox:
            peers = bench_peers.measure(browser, stack.portal_url, control, mailbox)
        browser.close()
    return {"floor": floor, "mail": mail, "bankid": bankid, "peers": peers}


def print_figures(by_name: dict, failed: int, wall: float, floor, mail, bankid, peers) -> None:
    per_scenario = list(by_name.values())
    median_scenario = statistics.median(per_scenario) if per_scenario else 0.0
    median_floor = statistics.median(floor)
    print()
    print(f"Scenarier:                       {len(per_scenario)} ({failed} misslyckade)")
    print(f"Svitens väggtid:                 {wall:.1f} s")
    print(f"Median per scenario:             {median_scenario * 1000:.0f} ms")
    print(f"Golv (kontext + sida + 1 nav.):  {median_floor * 1000:.0f} ms (median av {FLOOR_SAMPLES})")
    print(f"Kvot median scenario / golv:     {median_scenario / median_floor:.1f}")
    for form, figures in mail.items():
        for figure, samples in figures.items():
            lead = f"Klick -> e-post {figure} ({form})" if figure == bench_mail.AT_THE_SUITE else f"  klick -> {figure}"
            print(
                f"{lead}: median {statistics.median(samples) * 1000:.0f} ms, max {max(samples) * 1000:.0f} ms "
                f"({len(samples)} st)"
            )
    print(
        f"BankID Identifiera -> inloggad: median {statistics.median(bankid) * 1000:.0f} ms, max {max(bankid) * 1000:.0f} ms "
        f"({len(bankid)} st, testprofil: portalen frågar BankID var {TEST_BANKID_POLL_MS}:e ms)"
    )
    for name, plain in peers.items():
        feature = by_name.get(bench_peers.PEERS[name])
        ratio = f"{feature / plain:.2f}" if feature else "saknas"
        print(
            f"Funktionsfil / vanlig Playwright ({name}): {feature or 0:.2f} s / {plain:.2f} s = {ratio}"
            f"  (vanlig Playwright / golv: {plain / median_floor:.1f})"
        )
