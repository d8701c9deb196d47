"""Where `make test`'s time goes (`make profile-tests`: pytest -p tests.support.time_profile): the
slowest tests and fixtures with their share of the wall time, each worker's busy and idle time,
and how many browsers, reference stacks, child processes and child pytest runs the tests start.

Each worker counts what it does; the controller adds the workers' counts up (pytest-xdist's
workeroutput) and prints the tables at the end of the run."""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter, defaultdict

import pytest

SLOWEST = 25
_KEY = "minasidor_profile"


class Profile:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.tests: dict[str, float] = defaultdict(float)  # node id -> setup + call + teardown
        self.fixtures: dict[str, float] = defaultdict(float)  # "name (scope)" -> total setup time
        self.fixture_runs: Counter = Counter()
        self.counts: Counter = Counter()
        self._undo: list = []

    def as_dict(self, worker: str) -> dict:
        return {
            "worker": worker,
            "wall": time.monotonic() - self.started,
            "tests": dict(self.tests),
            "fixtures": dict(self.fixtures),
            "fixture_runs": dict(self.fixture_runs),
            "counts": dict(self.counts),
        }

    def count_starts(self) -> None:
        """Count browser launches, reference stacks and child processes by what they start."""
        from playwright._impl.browser_type import BrowserType

        from reference_app.embedded import EmbeddedStack

        self._wrap(BrowserType, "launch", "webbläsare startade", is_async=True)
        self._wrap(BrowserType, "connect", "webbläsare via server", is_async=True)
        self._wrap(EmbeddedStack, "start", "referensmiljöer (EmbeddedStack)")
        original = subprocess.Popen.__init__
        counts = self.counts

        def popen(process, args, *rest, **options):
            counts[_process_kind(args)] += 1
            return original(process, args, *rest, **options)

        subprocess.Popen.__init__ = popen
        self._undo.append(lambda: setattr(subprocess.Popen, "__init__", original))

    def _wrap(self, owner, name: str, label: str, is_async: bool = False) -> None:
        original = getattr(owner, name)
        counts = self.counts
        if is_async:

            async def counted(*args, **kwargs):
                counts[label] += 1
                return await original(*args, **kwargs)
        else:

            def counted(*args, **kwargs):
                counts[label] += 1
                return original(*args, **kwargs)

        setattr(owner, name, counted)
        self._undo.append(lambda: setattr(owner, name, original))

    def undo(self) -> None:
        for step in reversed(self._undo):
            step()


def _process_kind(args) -> str:
    words = [str(part) for part in (args if isinstance(args, list | tuple) else [args])]
    line = " ".join(words)
    if "minasidor_spec" in line and (" spec" in line or "feature_suite" in line or "pytest" in line):
        return "barnkörningar av pytest (specifikationen)"
    if "pytest" in line:
        return "barnkörningar av pytest (annat)"
    if "reference_app" in line or "gunicorn" in line:
        return "processer: referensmiljön"
    if words and words[0].endswith(("node", "npx", "npm")):
        return "processer: node (MailDev, klientbibliotek)"
    return "processer: övriga"


PROFILE = pytest.StashKey[Profile]()
WORKERS = pytest.StashKey[list]()
_THIS_PROCESS: list[Profile] = []  # the hooks without a config reach it here


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    profile = Profile()
    config.stash[PROFILE] = profile
    config.stash[WORKERS] = []
    _THIS_PROCESS[:] = [profile]
    profile.count_starts()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    start = time.monotonic()
    try:
        return (yield)
    finally:
        name = f"{fixturedef.argname} ({fixturedef.scope})"
        for profile in _THIS_PROCESS:
            profile.fixtures[name] += time.monotonic() - start
            profile.fixture_runs[name] += 1


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for profile in _THIS_PROCESS:
        profile.tests[report.nodeid] += report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    profile = config.stash[PROFILE]
    profile.undo()
    worker = getattr(config, "workerinput", None)
    if worker is not None:
        config.workeroutput[_KEY] = json.dumps(profile.as_dict(worker["workerid"]))


def pytest_testnodedown(node, error) -> None:
    output = getattr(node, "workeroutput", {}).get(_KEY)
    if output:
        node.config.stash[WORKERS].append(json.loads(output))


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    profile = config.stash[PROFILE]
    parts = config.stash[WORKERS] or [profile.as_dict("huvudprocessen")]
    wall = time.monotonic() - profile.started
    for line in summary(parts, wall):
        terminalreporter.write_line(line)


def summary(parts: list[dict], wall: float) -> list[str]:
    tests: dict[str, float] = defaultdict(float)
    fixtures: dict[str, float] = defaultdict(float)
    runs: Counter = Counter()
    counts: Counter = Counter()
    for part in parts:
        for name, seconds in part["tests"].items():
            tests[name] += seconds
        for name, seconds in part["fixtures"].items():
            fixtures[name] += seconds
        runs.update(part["fixture_runs"])
        counts.update(part["counts"])
    busy = sum(tests.values())
    lines = ["", f"==> Tidsprofil: {wall:.0f} s väggtid, {busy:.0f} s testtid i {len(parts)} process(er)"]
    lines.append(f"De {SLOWEST} långsammaste testerna (andel av väggtiden):")
    for name, seconds in sorted(tests.items(), key=lambda item: -item[1])[:SLOWEST]:
        lines.append(f"  {seconds:6.1f} s {100 * seconds / wall:5.1f} %  {name}")
    lines.append(f"De {SLOWEST} dyraste fixturerna (sammanlagd uppsättning, antal gånger):")
    for name, seconds in sorted(fixtures.items(), key=lambda item: -item[1])[:SLOWEST]:
        lines.append(f"  {seconds:6.1f} s {100 * seconds / wall:5.1f} %  {name} ×{runs[name]}")
    lines.append("Per process (upptagen / väggtid, sysslolös):")
    for part in sorted(parts, key=lambda part: part["worker"]):
        used = sum(part["tests"].values())
        lines.append(f"  {part['worker']}: {used:.0f} s / {part['wall']:.0f} s, sysslolös {part['wall'] - used:.0f} s")
    lines.append("Vad testerna startar:")
    for name, count in sorted(counts.items()):
        lines.append(f"  {count:5d}  {name}")
    return lines
