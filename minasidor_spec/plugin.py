"""The spec engine as a pytest plugin (entry point `pytest11`): an installed copy gives
`pytest --target PROFIL.toml`, the steps, the fixtures, the Swedish drift explanations, the
report's collector and the progress lines, without any conftest of this repository."""

from __future__ import annotations

import pytest

from minasidor_spec.pages.deviations import KnownWordMissing
from minasidor_spec.run.plugin_modules import RUN_MODULES
from minasidor_spec.run.shards import apply_shard
from minasidor_spec.run.target_choice import checks_reference
from minasidor_spec.run.watchers import register_watchers
from minasidor_spec.steps import STEP_MODULES
from minasidor_spec.target.capabilities import MARKERS
from minasidor_spec.target.profile import ProfileError, load_profile

# Registered at configure time, after every entry-point plugin, so that these fixtures
# override pytest-playwright's and pytest-base-url's (browser, context, base_url). Module objects,
# as pytest-bdd registers its own: pytest reads their fixtures (and the steps) when registered.
PLUGIN_MODULES = (*RUN_MODULES, *STEP_MODULES)


# (option, what it takes, help): the run's target and what the report and console get.
OPTIONS = (
    ("--target", "PROFIL.toml", "målprofil: kör specifikationen mot en driftsatt Mina sidor (se targets/exempel.toml)"),
    ("--mail-api", "URL", "the mail catcher's HTTP API (Mailpit v1) when --base-url names a running portal"),
    ("--bankid-app", "URL", "our fake BankID (app and control API) when the target portal uses it"),
    (
        "--reference-portal",
        None,
        "the portal at --base-url is our reference portal: check its own wording and decisions",
    ),
    ("--report-extras", "FIL", "skriv skärmbilder, spår och skäl per scenario hit (JSON) för rapporten"),
    ("--scenario-progress", None, "skriv varje scenarios namn när det är klart"),
    (
        "--browser-endpoint",
        "ws://HOST:PORT/",
        "kör webbläsaren i en Playwright-server (playwright run-server, "
        "Playwrights Docker-avbild, ett grid) i stället för att starta en här",
    ),
    ("--shard", "K/N", "kör andel K av N av scenarierna (balanserat efter senast kända tider, annars antal)"),
    (
        "--test-data-state",
        "FIL",
        "var sviten minns vilka testkunder ur profilens pooler som redan använts (standard: "
        "PROFIL.tillstand.json bredvid profilen; dela filen mellan delkörningar, spara den i CI:s cache)",
    ),
    ("--a11y", None, "skanna varje sida scenarierna når med axe-core (görs alltid med --report-extras)"),
    (
        "--no-a11y",
        None,
        "skanna inte sidorna med axe-core, inte heller för rapporten (snabbare; "
        "rapporten får då inget avsnitt om axe-core)",
    ),
    ("--a11y-strict", None, "allvarliga eller kritiska tillgänglighetsfel (axe-core) gör att körningen misslyckas"),
)
# A failed scenario runs again this many times (pytest-rerunfailures' --reruns) unless the command
# line says: on another target once (a flake is not a failure), on our own stack never (a flake
# there is our own defect). pytest-rerunfailures' --fail-on-flaky makes a flaky scenario fail the
# run (exit 1, the judge's).
RERUNS_FOREIGN, RERUNS_REFERENCE = 1, 0
# --failure-traces: how a failed scenario gets its Playwright trace, when --tracing is off.
FAILURE_TRACES = {
    "again": "kör varje misslyckat scenario en gång till, med spår, när alla har körts (utslaget är "
    "den första körningens; make spec gör så)",
    "none": "inga spår (standard; --tracing=retain-on-failure spårar i stället varje scenario)",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("minasidor", "Mina sidor-specifikationen")
    for option, takes, text in OPTIONS:
        if takes is None:
            group.addoption(option, action="store_true", default=False, help=text)
        else:
            group.addoption(option, metavar=takes, default=None, help=text)
    group.addoption(
        "--failure-traces",
        choices=tuple(FAILURE_TRACES),
        default="none",
        help="; ".join(f"{choice}: {text}" for choice, text in FAILURE_TRACES.items()),
    )


def pytest_report_header(config: pytest.Config) -> list[str]:
    """The profile's warnings (plain-text secrets under git), before anything runs."""
    profile = getattr(config, "target_profile", None)
    return list(profile.warnings) if profile is not None else []


ADVISORY = (
    "Tillgänglighet (bara tangentbord) på en annan målmiljö: visas i rapporten men avgör inte "
    "körningen (--a11y-strict gör det)"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a foreign target the keyboard-only scenarios report, like axe, without failing the run
    (unless --a11y-strict): they prove no help-page rule. On the reference stack they must pass."""
    if config.getoption("a11y_strict") or checks_reference(config):
        return
    for item in items:
        if item.get_closest_marker("tangentbord"):
            item.add_marker(pytest.mark.xfail(reason=ADVISORY, strict=False))


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Read the target profile before anything starts: a bad one stops the run at once. Runs
    before pytest-split's, so that --shard can hand it its split."""
    apply_shard(config)
    for marker in MARKERS:
        config.addinivalue_line("markers", marker)

    path = config.getoption("target")
    config.target_profile = None
    if path:
        try:
            config.target_profile = load_profile(path)
        except ProfileError as error:
            raise pytest.UsageError(str(error)) from None

    for module in PLUGIN_MODULES:
        if not config.pluginmanager.is_registered(module):
            config.pluginmanager.register(module, module.__name__)
    if not any(arg == "--reruns" or arg.startswith("--reruns=") for arg in config.invocation_params.args):
        config.option.reruns = RERUNS_REFERENCE if checks_reference(config) else RERUNS_FOREIGN
    if not getattr(config.option, "rerun_except", None):  # the same failure every time: not run again
        config.option.rerun_except = [f"^{KnownWordMissing.__name__}: "]
    register_watchers(config)
