"""Which Chromium Playwright launches: CHROMIUM_PATH, Playwright's own build, or Debian's
(installed by `python -m minasidor_spec browser` when there is none). Headless, as Playwright
itself does with its own builds, the scenarios run in Chromium's headless shell where Debian's
is installed: the same engine without the browser's windows."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError

from minasidor_spec.common.settings import ExitCode
from minasidor_spec.run.debian import apt_install

DEBIAN_CHROMIUM = "/usr/bin/chromium"
# Package chromium-headless-shell (its /usr/bin wrapper does not exec, so Playwright could not end it).
DEBIAN_HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell"

# On a closed network Chromium's calls home are refused many at a time; these flags stop them.
QUIET_FLAGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def chromium_executable(bundled_path: str | None, headless: bool = True) -> str | None:
    """Path to launch instead of Playwright's own Chromium, or None to use Playwright's. Without
    windows, Debian's headless shell (like Playwright's own choice for headless runs; a third less
    CPU per scenario here than the whole browser), with windows Debian's Chromium."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    if bundled_path and os.path.exists(bundled_path):
        return None
    if headless and os.path.exists(DEBIAN_HEADLESS_SHELL):
        return DEBIAN_HEADLESS_SHELL
    if os.path.exists(DEBIAN_CHROMIUM):
        return DEBIAN_CHROMIUM
    return None


# Playwright turns Chromium's back/forward cache off; customers' browsers have it on, and it is
# what shows a page again on Back. Keep it on, so "Bakåt efter utloggning" sees what they see.
CUSTOMER_BEHAVIOUR = {"ignore_default_args": ["--disable-back-forward-cache"]}


def launch_overrides(browser_name: str, bundled_path: str | None, headless: bool = True) -> dict:
    """Extra launch options for Playwright's browser_type.launch()."""
    if browser_name != "chromium":
        return {}
    executable = chromium_executable(bundled_path, headless)
    if executable is None:
        return dict(CUSTOMER_BEHAVIOUR)
    return {"executable_path": executable, "args": QUIET_FLAGS, **CUSTOMER_BEHAVIOUR}


# Chromium's headless mode is the whole browser: each new window (every Playwright context, so
# every scenario) preloads the address bar's popups as web pages in a renderer of their own. No
# scenario ever sees them, and on a small machine they cost each context as much CPU as the
# scenario's own pages (make bench's floor shows it).
HIDDEN_UI_FEATURES = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")
_DISABLE = "--disable-features="


# Playwright's own list depends only on its version: read once, kept for the next runs.
FEATURES_CACHE = Path(".minasidor") / "playwright-disabled-features.json"


def _own_disabled_features(browser_type, options: dict) -> str | None:
    """Playwright's own --disable-features argument, read off chrome://version of a browser it
    launched (a browser's start, so kept per Playwright version in FEATURES_CACHE); None where the
    browser does not show it (another engine, a headless shell)."""
    version = importlib.metadata.version("playwright")
    known = _read_json(FEATURES_CACHE)
    if known.get(version):
        return known[version]
    try:
        probe = browser_type.launch(**options)
        try:
            page = probe.new_page()
            page.goto("chrome://version")
            line = page.locator("#command_line")
            words = line.inner_text().split() if line.count() == 1 else []
        finally:
            probe.close()
    except PlaywrightError:
        return None
    own = next((word for word in words if word.startswith(_DISABLE)), None)
    if own is not None:
        _write_json(FEATURES_CACHE, {**known, version: own})
    return own


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_json(path: Path, value: dict) -> None:
    """Whole or not at all: runs side by side may write it at the same moment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(value, indent=1), encoding="utf-8")
    os.replace(partial, path)


def with_back_forward_cache(options: dict) -> dict | None:
    """Chromium's headless shell has no back/forward cache (it reports
    "BackForwardCacheDisabledForDelegate"), and that cache is what shows a page again on a
    customer's Back. The launch options of the whole browser, headless, for the scenarios that go
    Back (Debian's, or Playwright's own whole build); None where `options` launch a whole browser
    already."""
    if not runs_headless_shell(options):
        return None
    if options.get("executable_path") is None:
        return {**options, "channel": "chromium"}  # Playwright's own whole build, headless
    return {**options, "executable_path": DEBIAN_CHROMIUM}


def runs_headless_shell(options: dict) -> bool:
    """Will these options launch a headless shell (no windows, so no address bar to preload)?
    Playwright's own build runs headless in its shell, unless a channel (Chrome) is asked for."""
    if not options.get("headless", True):
        return False
    executable = options.get("executable_path")
    if executable is None:
        return not options.get("channel")
    return "headless-shell" in Path(executable).name.replace("_", "-")


def without_hidden_ui(browser_type, options: dict) -> dict:
    """Launch options that also switch HIDDEN_UI_FEATURES off. Chromium keeps only the last
    --disable-features, so ours carries Playwright's list as well, and Playwright's own is left
    out; where that list cannot be read, the options stay as they are. A headless shell has no
    address bar: its options stay as they are, without a probe."""
    if runs_headless_shell(options):
        return options
    own = _own_disabled_features(browser_type, options)
    if own is None:
        return options
    theirs = own.removeprefix(_DISABLE).split(",")
    merged = ",".join([own, *(feature for feature in HIDDEN_UI_FEATURES if feature not in theirs)])
    return {
        **options,
        "args": [*options.get("args", []), merged],
        "ignore_default_args": [*options.get("ignore_default_args", []), own],
    }


def device_descriptor(playwright, name: str) -> dict:
    """Playwright's descriptor of a device as new_context() options: its preferred engine is
    for choosing the browser, not an option of a context."""
    return {key: value for key, value in playwright.devices[name].items() if key != "default_browser_type"}


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def remote_launch_options(endpoint: str, browser_name: str, bundled_path: str | None) -> dict:
    """What a Playwright browser server (`playwright run-server`, Playwright's Docker image, a
    grid) is asked to launch, in its protocol's own (camelCase) names. A server on this machine
    shares its files: it gets the same browser and flags as a local launch (start it with
    --unsafe, which lets a client name the browser's path). A server elsewhere uses its own
    browsers with Playwright's defaults."""
    from urllib.parse import urlsplit

    options: dict = {"headless": True}
    if urlsplit(endpoint).hostname not in LOOPBACK_HOSTS:
        return options
    local = launch_overrides(browser_name, bundled_path)
    names = {"executable_path": "executablePath", "args": "args", "ignore_default_args": "ignoreDefaultArgs"}
    options.update({names[key]: value for key, value in local.items() if key in names})
    return options


def _has_bundled_chromium() -> bool:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        return os.path.exists(playwright.chromium.executable_path)


# Written when chromium-headless-shell could not be installed, so that every run does not try again.
NO_HEADLESS_SHELL = Path(".minasidor") / "chromium-headless-shell-saknas"


def ensure_browser() -> int:
    """Make sure a Chromium exists for Playwright: CHROMIUM_PATH, Playwright's own browser, or
    Debian's chromium and its headless shell (installed with apt-get when not there). The shell
    only makes runs faster: without it, headless runs use the whole browser. Idempotent."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        if os.access(configured, os.X_OK):
            print(f"==> Webbläsare: CHROMIUM_PATH={configured}")
            return ExitCode.DONE
        print(f"FEL: CHROMIUM_PATH={configured} finns inte eller är inte körbar.", file=sys.stderr)
        return ExitCode.NOT_DONE
    if _has_bundled_chromium():
        print("==> Webbläsare: Playwrights egen Chromium")
        return ExitCode.DONE
    has_browser, has_shell = os.access(DEBIAN_CHROMIUM, os.X_OK), os.access(DEBIAN_HEADLESS_SHELL, os.X_OK)
    if not has_browser:
        print(
            "==> Ingen Chromium hittades: installerar Debians paket chromium och chromium-headless-shell (apt-get)",
            flush=True,
        )
        if not apt_install("chromium", "chromium-headless-shell") and not apt_install("chromium"):
            print("Ange CHROMIUM_PATH om du har en Chromium någon annanstans.", file=sys.stderr)
            return ExitCode.NOT_DONE
        version = subprocess.run([DEBIAN_CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"==> Debians Chromium installerad ({version or 'okänd version'})")
    elif not has_shell and not NO_HEADLESS_SHELL.exists():
        print(
            "==> Installerar Chromiums headless shell (apt-get install chromium-headless-shell): "
            "en tredjedel mindre processortid per scenario",
            flush=True,
        )
        if not apt_install("chromium-headless-shell"):
            NO_HEADLESS_SHELL.parent.mkdir(parents=True, exist_ok=True)
            NO_HEADLESS_SHELL.write_text("apt-get install chromium-headless-shell misslyckades\n", encoding="utf-8")
            print(f"    Körningarna använder hela Chromium i stället (försök igen: ta bort {NO_HEADLESS_SHELL}).")
    shell = os.access(DEBIAN_HEADLESS_SHELL, os.X_OK)
    print(
        f"==> Webbläsare: Debians Chromium ({DEBIAN_CHROMIUM})"
        + (f", utan fönster dess headless shell ({DEBIAN_HEADLESS_SHELL})" if shell else "")
    )
    return ExitCode.DONE
