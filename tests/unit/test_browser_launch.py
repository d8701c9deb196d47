"""The browser the scenarios get: Chromium without the address bar's preloaded popups (no scenario
sees them; they cost a renderer per context), and with every feature Playwright itself turns off
still off (Chromium keeps only the last --disable-features)."""

from __future__ import annotations

import importlib.metadata
import json

from minasidor_spec import browser as launching
from minasidor_spec.browser import HIDDEN_UI_FEATURES


def _command_line(browser) -> list[str]:
    page = browser.new_page()
    try:
        page.goto("chrome://version")
        return page.locator("#command_line").inner_text().split()
    finally:
        page.close()


def test_one_disable_features_with_playwrights_list_and_the_hidden_popups(browser, browser_name):
    if browser_name != "chromium":
        return
    disabled = [word for word in _command_line(browser) if word.startswith("--disable-features=")]
    assert len(disabled) == 1, disabled
    features = disabled[0].split("=", 1)[1].split(",")
    assert {"PaintHolding", "HttpsUpgrades", "MediaRouter"} <= set(features)  # Playwright's own, kept
    assert set(HIDDEN_UI_FEATURES) <= set(features)


def test_a_new_context_opens_no_browser_ui_pages(browser, browser_name):
    if browser_name != "chromium":
        return
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
    options = launching.without_hidden_ui(NoLaunch(), {"args": ["--no-first-run"]})
    assert options["args"] == ["--no-first-run", "--disable-features=PaintHolding,WebUIOmniboxPopup,WebUIOmniboxAimPopup"]
    assert options["ignore_default_args"] == ["--disable-features=PaintHolding,WebUIOmniboxPopup"]
