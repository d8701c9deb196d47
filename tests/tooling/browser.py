"""Which Chromium Playwright launches: CHROMIUM_PATH, Playwright's own build, or Debian's."""

from __future__ import annotations

import os
import sys

DEBIAN_CHROMIUM = "/usr/bin/chromium"

# On a closed network Chromium's calls home are refused many at a time; these flags stop them.
QUIET_FLAGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def chromium_executable(bundled_path: str | None) -> str | None:
    """Path to launch instead of Playwright's own Chromium, or None to use Playwright's."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    if bundled_path and os.path.exists(bundled_path):
        return None
    if os.path.exists(DEBIAN_CHROMIUM):
        return DEBIAN_CHROMIUM
    return None


def launch_overrides(browser_name: str, bundled_path: str | None) -> dict:
    """Extra launch options for Playwright's browser_type.launch()."""
    if browser_name != "chromium":
        return {}
    executable = chromium_executable(bundled_path)
    if executable is None:
        return {}
    return {"executable_path": executable, "args": QUIET_FLAGS}


def _has_bundled_chromium() -> bool:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        return os.path.exists(playwright.chromium.executable_path)


if __name__ == "__main__":
    if sys.argv[1:] == ["--has-bundled"]:
        sys.exit(0 if _has_bundled_chromium() else 1)
    print("usage: python -m tests.tooling.browser --has-bundled", file=sys.stderr)
    sys.exit(2)
