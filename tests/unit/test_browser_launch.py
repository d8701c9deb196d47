"""The browser the scenarios get. Headless, Chromium's headless shell where there is one (as
Playwright does with its own builds): the engine without the browser's windows. The whole
browser (headed, or where there is no shell) without the address bar's preloaded popups (no
scenario sees them; they cost a renderer per context), and with every feature Playwright itself
turns off still off (Chromium keeps only the last --disable-features)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys

import pytest

from minasidor_spec.commands.spec_run import without_test_plugins
from minasidor_spec.run import browser as launching
from minasidor_spec.run.browser import DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL, HIDDEN_UI_FEATURES


@pytest.fixture(scope="module")
def whole_chromium(playwright, browser_name):
    """The whole browser, headless, launched as the suite launches it when there is no shell."""
    if browser_name != "chromium":
        pytest.skip("gäller Chromium")
    if os.path.exists(playwright.chromium.executable_path):
        options = {"channel": "chromium"}  # Playwright's own whole browser, not its shell
    elif os.path.exists(DEBIAN_CHROMIUM):
        options = {"executable_path": DEBIAN_CHROMIUM, "args": launching.QUIET_FLAGS}
    else:
        pytest.skip("ingen hel Chromium på den här datorn")
    whole = playwright.chromium.launch(**launching.without_hidden_ui(playwright.chromium, options))
    yield whole
    whole.close()


def _command_line(browser) -> list[str]:
    page = browser.new_page()
    try:
        page.goto("chrome://version")
        return page.locator("#command_line").inner_text().split()
    finally:
        page.close()


def test_one_disable_features_with_playwrights_list_and_the_hidden_popups(whole_chromium):
    disabled = [word for word in _command_line(whole_chromium) if word.startswith("--disable-features=")]
    assert len(disabled) == 1, disabled
    features = disabled[0].split("=", 1)[1].split(",")
    assert {"PaintHolding", "HttpsUpgrades", "MediaRouter"} <= set(features)  # Playwright's own, kept
    assert set(HIDDEN_UI_FEATURES) <= set(features)


@pytest.mark.parametrize("which", ["the scenarios' browser", "the whole browser"])
def test_a_new_context_opens_no_browser_ui_pages(request, browser_name, which):
    if browser_name != "chromium":
        pytest.skip("gäller Chromium")
    browser = request.getfixturevalue("browser" if which == "the scenarios' browser" else "whole_chromium")
    context = browser.new_context()
    context.new_page().goto("data:text/html,<title>Hej</title>")
    session = browser.new_browser_cdp_session()
    kinds = [target["type"] for target in session.send("Target.getTargets")["targetInfos"]]
    session.detach()
    context.close()
    assert "browser_ui" not in kinds, kinds


class NoLaunch:
    def launch(self, **options):
        raise AssertionError("launched a probe although the list was kept")


def test_playwrights_list_is_read_once_per_version_and_then_kept(tmp_path, monkeypatch):
    kept = tmp_path / "kept.json"
    monkeypatch.setattr(launching, "FEATURES_CACHE", kept)
    version = importlib.metadata.version("playwright")
    kept.write_text(json.dumps({version: "--disable-features=PaintHolding,WebUIOmniboxPopup"}), encoding="utf-8")
    options = launching.without_hidden_ui(NoLaunch(), {"executable_path": DEBIAN_CHROMIUM, "args": ["--no-first-run"]})
    assert options["args"] == [
        "--no-first-run",
        "--disable-features=PaintHolding,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    ]
    assert options["ignore_default_args"] == ["--disable-features=PaintHolding,WebUIOmniboxPopup"]


def test_headless_runs_get_the_shell_and_headed_runs_the_whole_browser(monkeypatch):
    monkeypatch.delenv("CHROMIUM_PATH", raising=False)
    installed = {DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL}
    monkeypatch.setattr(launching.os.path, "exists", lambda path: path in installed)
    assert launching.chromium_executable("/nowhere/chrome", headless=True) == DEBIAN_HEADLESS_SHELL
    assert launching.chromium_executable("/nowhere/chrome", headless=False) == DEBIAN_CHROMIUM
    installed.discard(DEBIAN_HEADLESS_SHELL)
    assert launching.chromium_executable("/nowhere/chrome", headless=True) == DEBIAN_CHROMIUM
    installed.add("/playwright/chrome")
    assert launching.chromium_executable("/playwright/chrome", headless=True) is None  # Playwright's own
    monkeypatch.setenv("CHROMIUM_PATH", "/opt/chromium/chrome")
    assert launching.chromium_executable("/playwright/chrome", headless=True) == "/opt/chromium/chrome"


def test_a_headless_shell_is_launched_as_it_is_without_a_probe():
    for shell in (
        {"executable_path": DEBIAN_HEADLESS_SHELL},
        {"executable_path": "/ms-playwright/chromium_headless_shell-1200/chrome-linux/headless_shell"},
        {},
    ):  # Playwright's own build, headless: its shell
        assert launching.without_hidden_ui(NoLaunch(), shell) == shell
    assert launching.runs_headless_shell({}) and not launching.runs_headless_shell({"channel": "chrome"})
    assert not launching.runs_headless_shell({"executable_path": DEBIAN_HEADLESS_SHELL, "headless": False})
    assert not launching.runs_headless_shell({"executable_path": DEBIAN_CHROMIUM})


def test_without_the_shell_setup_tries_apt_once_and_goes_on_with_the_whole_browser(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CHROMIUM_PATH", raising=False)
    monkeypatch.setattr(launching, "_has_bundled_chromium", lambda: False)
    monkeypatch.setattr(launching.os, "access", lambda path, mode: path == DEBIAN_CHROMIUM)
    monkeypatch.setattr(launching, "NO_HEADLESS_SHELL", tmp_path / "saknas")
    asked = []
    monkeypatch.setattr(launching, "apt_install", lambda *packages: asked.append(packages) or False)
    assert launching.ensure_browser() == 0 and asked == [("chromium-headless-shell",)]
    assert launching.ensure_browser() == 0 and len(asked) == 1  # not again at every run
    said = capsys.readouterr().out
    assert "hela Chromium i stället" in said and f"Webbläsare: Debians Chromium ({DEBIAN_CHROMIUM})\n" in said


def test_a_chromium_path_that_is_not_there_stops_the_run_once_in_swedish(tmp_path):
    (tmp_path / "test_one.py").write_text(
        "def test_one(page):\n    page.set_content('<p>Hej</p>')\n"
        "def test_two(page):\n    page.set_content('<p>Hej</p>')\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "test_one.py",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            *without_test_plugins(),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "CHROMIUM_PATH": "/finns/inte/chrome"},
    )
    assert run.returncode == 4, run.stdout[-2000:] + run.stderr[-2000:]
    said = "Webbläsaren /finns/inte/chrome finns inte eller är inte körbar. Rätta CHROMIUM_PATH"
    assert said in run.stdout + run.stderr and "Traceback" not in run.stdout + run.stderr
