"""The fixtures the steps use: the target and its test customers, one browser per session
(Debian's Chromium where Playwright has none) with a Swedish context per scenario, the mail
catcher, the control APIs, and skipping what a target cannot do. Nothing in steps or pages
knows which target it runs on."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from minasidor_spec.clients.bankid_control import BankIDControl
from minasidor_spec.clients.mailboxes import Mailbox, open_mailbox
from minasidor_spec.clients.stack_control import StackControl
from minasidor_spec.common.scenario_items import is_scenario, runs_scenarios
from minasidor_spec.common.settings import Timeouts
from minasidor_spec.judging.causes import PROFILE, SUITE, TEST_DATA
from minasidor_spec.judging.stops import stop_run
from minasidor_spec.pages.consent_banner import ConsentBanner
from minasidor_spec.pages.documents import Documents
from minasidor_spec.pages.scenario_inbox import ScenarioInbox
from minasidor_spec.pages.site import SiteMap
from minasidor_spec.pages.texts import Texts
from minasidor_spec.run import preflight, target_choice
from minasidor_spec.run.browser import device_descriptor, launch_overrides, remote_launch_options, without_hidden_ui
from minasidor_spec.run.collector import DEVICE_KEY, PREFLIGHT_KEY, TARGET_KEY, TARGET_NAME_KEY
from minasidor_spec.run.outage import RUNNING_TARGET
from minasidor_spec.run.privacy import masking_screenshots, private, redacting_traces
from minasidor_spec.run.wording import Wording
from minasidor_spec.target import deployment as targets
from minasidor_spec.target.bankid_person import Person, has_display, has_terminal
from minasidor_spec.target.capabilities import ASSISTED_TAG, CAPABILITIES, NEEDS_PERSON, ONLY_FAKE_BANKID, skip_reason
from minasidor_spec.target.customers import PRIVATE, KnownCustomer
from minasidor_spec.target.test_data import TestData
from minasidor_spec.target.tls_trust import UntrustedSite, launch_args, public_key_pin


@pytest.fixture(scope="session")
def target(pytestconfig: pytest.Config):
    profile = getattr(pytestconfig, "target_profile", None)
    if profile is not None:  # named before it is asked: a target that does not answer is still named
        pytestconfig.stash[TARGET_KEY], pytestconfig.stash[TARGET_NAME_KEY] = profile.title, profile.name
    elif target_choice.configured_base_url(pytestconfig):
        url = target_choice.configured_base_url(pytestconfig)
        pytestconfig.stash[TARGET_KEY], pytestconfig.stash[TARGET_NAME_KEY] = f"--base-url – {url}", "--base-url"
    with target_choice.resolve(pytestconfig) as running:
        pytestconfig.stash[TARGET_KEY] = running.title  # tell the report where the scenarios ran
        pytestconfig.stash[TARGET_NAME_KEY] = running.name
        pytestconfig.stash[RUNNING_TARGET] = running  # what to ask when a scenario fails (outage.py)
        yield running


@pytest.fixture(scope="session")
def base_url(request: pytest.FixtureRequest, base_url: str | None) -> str | None:
    """The target's portal when the run has scenarios; a run of unit tests alone starts nothing."""
    if not runs_scenarios(request.session):
        return base_url
    return request.getfixturevalue("target").portal.url


@pytest.fixture(scope="session")
def connect_options(pytestconfig: pytest.Config, browser_name: str, browser_type) -> dict | None:
    """--browser-endpoint ws://HOST:PORT/: the browser runs in that Playwright server (pytest-
    playwright connects instead of launching); scenarios, screenshots and traces work the same."""
    endpoint = pytestconfig.getoption("browser_endpoint")
    if not endpoint:
        return None
    options = remote_launch_options(endpoint, browser_name, browser_type.executable_path)
    return {"endpoint": endpoint, "headers": {"x-playwright-launch-options": json.dumps(options)}}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_type, browser_name, pytestconfig: pytest.Config):
    headless = browser_type_launch_args.get("headless", True)
    profile = getattr(pytestconfig, "target_profile", None)
    if profile is not None and profile.bankid.mode == targets.ASSISTED and has_display() and has_terminal():
        headless = False  # the person sees the QR code in the browser's window too
        browser_type_launch_args = {**browser_type_launch_args, "headless": False}
    options = {**browser_type_launch_args, **launch_overrides(browser_name, browser_type.executable_path, headless)}
    if browser_name != "chromium" or pytestconfig.getoption("browser_endpoint"):  # a server launches its own
        return options
    executable = options.get("executable_path")
    if executable and not os.access(executable, os.X_OK):  # once, not a launch error in every scenario
        stop_run(
            pytestconfig,
            SUITE,
            f"Webbläsaren {executable} finns inte eller är inte körbar. Rätta CHROMIUM_PATH, eller ta bort "
            "den så används Playwrights egen Chromium eller Debians.",
        )
    if profile is not None:  # a staging site's own CA ([access] ca_file): Chromium accepts what it signed
        try:
            trusted = launch_args(
                [(profile.portal.url, profile.portal.access), (profile.bankid.app_url, profile.bankid.access)]
            )
        except UntrustedSite as error:
            stop_run(pytestconfig, PROFILE, f"TLS: {error}")
        options = {**options, "args": [*options.get("args", []), *trusted]}
    return without_hidden_ui(browser_type, options)


@pytest.fixture(scope="session")
def device_args(playwright, device: str | None, pytestconfig: pytest.Config) -> dict:
    """--device's descriptor (viewport, touch, user agent): every context gets it, unless a step
    asks for other values (a user agent of its own, a phone)."""
    if not device:
        return {}
    descriptor = device_descriptor(playwright, device)
    pytestconfig.stash[DEVICE_KEY] = describe_device(device, descriptor)
    return descriptor


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, device_args: dict, pytestconfig: pytest.Config):
    """Swedish, in Stockholm, with the profile's [access] (basic auth, client certificate, proxy,
    TLS) as Playwright's own context options (its headers: new_context's route). The device's descriptor is
    left to new_context (device_args), so that a step's own options can replace it: pytest-
    playwright would pass both."""
    args = {
        key: value
        for key, value in browser_context_args.items()
        if key not in device_args and key != "default_browser_type"
    }
    profile = getattr(pytestconfig, "target_profile", None)
    access = profile.portal.access.context_options(profile.portal.url) if profile is not None else {}
    return {**args, **access, "locale": "sv-SE", "timezone_id": "Europe/Stockholm"}


def describe_device(name: str, args: dict) -> str:
    """ "Pixel 7 (412×915, pekskärm, mobil)": the device as the report names it."""
    viewport = args.get("viewport") or {}
    traits = [f"{viewport['width']}×{viewport['height']}"] if viewport else []
    traits += ["pekskärm"] if args.get("has_touch") else []
    traits += ["mobil"] if args.get("is_mobile") else []
    return f"{name} ({', '.join(traits)})" if traits else name


@pytest.fixture(scope="session")
def documents() -> Documents:
    """The status of every document the browser pages show (a 404 is never drift)."""
    return Documents()


def wait_like_the_target(context, timeouts: Timeouts) -> None:
    """The target's timeouts (profile [timeouts]): for actions, page loads and web-first checks."""
    context.set_default_timeout(timeouts.action_ms)
    context.set_default_navigation_timeout(timeouts.navigation_ms)


def send_access_headers(context, target: targets.Target) -> None:
    """The profile's [access] headers on every request to the origins they are meant for only."""
    if (headers := target.portal.access.header_route(target.portal.url)) is not None:
        context.route(*headers)


@pytest.fixture(scope="session", autouse=True)
def _expect_timeout(request: pytest.FixtureRequest):
    """expect() waits half an action's time (5 s by default, as Playwright's own default)."""
    if runs_scenarios(request.session):
        expect.set_options(timeout=request.getfixturevalue("target").timeouts.action_ms / 2)


@pytest.fixture
def new_context(
    new_context,
    device_args: dict,
    documents: Documents,
    pytestconfig: pytest.Config,
    request: pytest.FixtureRequest,
    target: targets.Target,
):
    """Every context the steps open gets the target's timeouts, the run's device (where the
    step does not ask for something else), and its pages are watched. Its trace (where
    --tracing asks for one) is a lean one."""
    lean_trace = pytestconfig.getoption("--tracing") != "off"
    kundnummer = masked_kundnummer(target)

    def make(**kwargs):
        context = new_context(**{**device_args, **kwargs})
        wait_like_the_target(context, target.timeouts)
        context.on("page", documents.watch)
        send_access_headers(context, target)
        context.on("page", lambda page: masking_screenshots(page, kundnummer))
        redacting_traces(context)
        if target.portal.consent_button:
            context.on("page", lambda page: ConsentBanner(page, target.portal.consent_button).accept_when_shown())
        if lean_trace:
            restart_lean_trace(context, request.node.nodeid)
        return context

    return make


def masked_kundnummer(target: targets.Target) -> tuple[str, ...]:
    """The kundnummer screenshots hide: the profile's customers', where [privacy] asks for it."""
    if not target.privacy.mask_kundnummer:
        return ()
    return tuple(
        sorted(
            {
                customer.kundnummer
                for pool in (target.customers.known or {}).values()
                for customer in pool
                if customer.kundnummer
            }
        )
    )


def restart_lean_trace(context, title: str) -> None:
    """pytest-playwright traces with a screencast (a JPEG frame on every paint), which costs a
    scenario much of its time. The trace keeps what a failure is read by: a DOM
    snapshot before and after every action, the network and the console, without the frames."""
    context.tracing.stop()
    context.tracing.start(title=title, screenshots=False, snapshots=True, sources=False)


class TargetCustomers(dict):
    """The target's test customers by role (the first of a role's pool); a scenario needing a
    role the target lacks is skipped."""

    def __missing__(self, role: str):
        pytest.skip(
            f"Hoppas över: målmiljön har ingen testkund med rollen {role!r} (ange den under [customers] i målprofilen)."
        )


@pytest.fixture(scope="session")
def known_customers(target: targets.Target) -> dict[str, KnownCustomer]:
    pools = target.customers.known if target.customers.known is not None else targets.embedded_customers()
    return TargetCustomers({role: pool[0] for role, pool in pools.items() if pool})


@pytest.fixture(scope="session")
def test_data(target: targets.Target, stack_control: StackControl) -> TestData:
    return TestData(target, stack_control)


def runnable(items, capabilities: dict[str, bool]):
    """The scenarios that will run: not skipped by a marker, their capabilities at hand."""
    for item in items:
        if item.get_closest_marker("skip") or any(
            item.get_closest_marker(name) and not present for name, present in capabilities.items()
        ):
            continue
        yield item


def check_test_data(request: pytest.FixtureRequest, target: targets.Target, test_data: TestData) -> list[str]:
    """Before the first scenario: enough unused customers of every role the selected scenarios
    use up (unless the target makes them), else the run stops, saying per role what is short.
    Returns the lines for the pre-flight's table."""
    needed = test_data.needs(runnable(request.session.items, request.getfixturevalue("_capabilities")))
    rows = test_data.supply(needed)
    lines = [
        f"{role!r}: behöver {count}, "
        + ("målmiljön skapar dem" if unused is None else f"profilen har {unused} oanvända")
        for role, count, unused in rows
    ]
    short = [
        line for line, (_, count, unused) in zip(lines, rows, strict=True) if unused is not None and unused < count
    ]
    if short:
        stop_run(
            request.config,
            TEST_DATA,
            "Testkunderna räcker inte för de valda scenarierna"
            f"{f' (använda enligt {target.customers.state_path})' if target.customers.state_path else ''}:\n  "
            + "\n  ".join(short)
            + '\nLägg till fler under [[customers."roll"]] i målprofilen, ange '
            "[provisioning], välj färre scenarier (-m, -k) eller en ny tillståndsfil (--test-data-state).",
        )
    return lines


@pytest.fixture(scope="session")
def site_map(
    pytestconfig: pytest.Config,
    target: targets.Target,
    browser,
    browser_context_args,
    device_args: dict,
    documents: Documents,
    known_customers,
    test_data: TestData,
    request: pytest.FixtureRequest,
) -> SiteMap:
    """The target as a customer finds it, walked once before the first scenario (the pre-flight),
    with test customers enough for the selected scenarios. The same for every scenario after."""
    first = PREFLIGHT_KEY not in pytestconfig.stash  # not again for failed scenarios run again (retrace)
    supply = check_test_data(request, target, test_data) if first else []
    context = browser.new_context(**browser_context_args, **device_args)
    wait_like_the_target(context, target.timeouts)
    send_access_headers(context, target)
    page = context.new_page()
    documents.watch(page)
    tour = preflight.walk(
        SiteMap.of(target.portal.url, target.portal.pages),
        page,
        documents,
        target.timeouts,
        known_customers.get(PRIVATE),
        target.portal.consent_button,
    )
    context.close()
    rows = preflight.table(tour.found)
    tour.problems[:] = [private(problem) for problem in tour.problems]  # a page's text may name a person
    if first:
        _print_preflight(pytestconfig, target, rows, tour.problems, supply, tour.consent)
        pytestconfig.stash[PREFLIGHT_KEY] = {
            "words": rows,
            "problems": tour.problems,
            "customers": supply,
            "consent": tour.consent,
        }
    return tour.site_map()


def _print_preflight(
    config: pytest.Config, target: targets.Target, rows, problems: list[str], supply: list[str], consent: str | None
) -> None:
    """The table of the help page's words, in the console (outside pytest's output capture)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        reporter.ensure_newline()
        reporter.write_line(f"Hjälpsidans ord på målmiljön ({target.title}):")
        for description, rules, state in rows:
            mark = {"hittat": "✔", "saknas": "✘"}.get(state, "–")
            reporter.write_line(f"  {mark} {description} ({rules}): {state}")
        for problem in problems:
            reporter.write_line(f"  ! {problem}")
        if consent:
            reporter.write_line(f"Cookie-ruta: {consent}")
        if supply:
            reporter.write_line("Testkunder som de valda scenarierna förbrukar:")
            for line in supply:
                reporter.write_line(f"  {line}")


@pytest.fixture(scope="session")
def texts(target: targets.Target) -> Texts:
    """The target's wording of the reference portal's decisions (profile [texts])."""
    return Texts(target.portal.texts, target.portal.reference)


@pytest.fixture
def wording(texts: Texts, request: pytest.FixtureRequest) -> Wording:
    """The target's wording of the reference portal's decisions, for this scenario."""
    return Wording(texts, request.node)


@pytest.fixture(scope="session")
def _control_api(playwright, target: targets.Target):
    request = playwright.request.new_context(
        base_url=target.portal.url, **target.portal.access.request_options(target.portal.url)
    )
    yield request
    request.dispose()


@pytest.fixture(scope="session")
def stack_control(_control_api) -> StackControl:
    return StackControl(_control_api)


@pytest.fixture(scope="session")
def mailbox(target: targets.Target) -> Iterator[Mailbox | None]:
    if target.mail.api_url is None:
        yield None
        return
    with open_mailbox(target.mail.kind, target.mail.api_url, target.mail.access) as opened:
        yield opened


@pytest.fixture
def inbox(mailbox, target: targets.Target) -> ScenarioInbox:
    return ScenarioInbox(mailbox, target.timeouts.mail)


@pytest.fixture(scope="session")
def _bankid_api(playwright, target: targets.Target):
    if target.bankid.app_url is None:
        yield None
        return
    access = target.bankid.access
    options = access.request_options(target.bankid.app_url)
    if access.ca_file:  # Playwright's API client takes no CA: the suite checked the site against it
        public_key_pin(target.bankid.app_url, access)
        options["ignore_https_errors"] = True
    request = playwright.request.new_context(base_url=target.bankid.app_url, **options)
    yield request
    request.dispose()


@pytest.fixture(scope="session")
def bankid_control(_bankid_api) -> BankIDControl | None:
    return BankIDControl(_bankid_api) if _bankid_api is not None else None


@pytest.fixture(scope="session")
def bankid_app_url(target: targets.Target) -> str | None:
    return target.bankid.app_url


@pytest.fixture(scope="session")
def bankid_person(target: targets.Target) -> Iterator[Person]:
    """The person with a test BankID at this run's terminal (assisted mode); without a terminal
    (CI) the scenario that needs one is skipped, saying so."""
    person = Person.at_terminal(target.timeouts.person) if target.bankid.mode == targets.ASSISTED else None
    if person is None:
        pytest.skip(NEEDS_PERSON)
    yield person
    person.close()


@pytest.fixture(scope="session")
def _capabilities(stack_control, mailbox, bankid_control) -> dict[str, bool]:
    control = stack_control.available()
    mail = mailbox is not None and mailbox.available()
    bankid = bankid_control is not None and bankid_control.available()
    refusable = mail and control and mailbox.can_refuse_mail()
    return {"klocka": control, "epost": mail, "epostfel": refusable, "bankid": bankid}


@pytest.fixture(autouse=True)
def _preflight_first(request: pytest.FixtureRequest):
    """Before the first step of the first scenario: the pre-flight and the count of test customers
    (a scenario's first step may already take one)."""
    if is_scenario(request.node):
        request.getfixturevalue("site_map")


@pytest.fixture(autouse=True)
def _skip_without_capability(request: pytest.FixtureRequest):
    needed = [name for name in CAPABILITIES if request.node.get_closest_marker(name)]
    if not needed:
        return
    capabilities = request.getfixturevalue("_capabilities")
    missing = [name for name in needed if not capabilities[name]]
    if "bankid" in missing and request.getfixturevalue("target").bankid.mode == targets.ASSISTED:
        if not request.node.get_closest_marker(ASSISTED_TAG):
            pytest.skip(ONLY_FAKE_BANKID)
        missing.remove("bankid")  # BankID's test environment: a person plays the app
    if missing:
        pytest.skip(skip_reason(missing))
