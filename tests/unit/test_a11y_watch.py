"""The accessibility watch as a run uses it: each page state scanned once with axe-core, the
violations in Swedish, and --a11y-strict failing the run on serious or critical ones only."""

from __future__ import annotations

import re
import subprocess
import sys
from types import SimpleNamespace

import pytest
from playwright.sync_api import Page, expect

from minasidor_spec.commands.spec_run import without_test_plugins
from minasidor_spec.judging import run_record
from minasidor_spec.reporting import report
from minasidor_spec.run.a11y_watch import A11Y_KEY, AccessibilityWatch, page_key
from tests.support.report_folders import write_report
from tests.support.spec_run import ROOT

BAD = """<!doctype html><html><head><title>Otillgänglig</title></head><body><main>
<h1>Logga in</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<input id="x" type="text"><button></button></main></body></html>"""
GOOD = """<!doctype html><html lang="sv"><head><title>Tillgänglig</title></head><body><main>
<h1>Logga in</h1><label for="x">Kundnummer</label><input id="x" type="text"><button>Logga in</button></main></body></html>"""


class Config:
    def __init__(self):
        self.stash = pytest.Stash()
        self.pluginmanager = SimpleNamespace(get_plugin=lambda name: None)


def _visit(page: Page, html: str, path: str) -> None:
    page.route("http://a11y.test/**", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    page.goto(f"http://a11y.test{path}")


def _after_step(watch, page, scenario="Ett scenario"):
    request = SimpleNamespace(fixturenames=["page"], getfixturevalue=lambda name: page)
    watch.pytest_bdd_after_step(request, None, SimpleNamespace(name=scenario), None, None, None)


@pytest.mark.parametrize("strict, html, exit_status", [(False, BAD, 0), (True, BAD, 1), (True, GOOD, 0)])
def test_strict_fails_the_run_only_on_serious_or_critical_violations(page: Page, strict, html, exit_status):
    config = Config()
    watch = AccessibilityWatch(config, strict)
    _visit(page, html, "/logga-in")
    _after_step(watch, page)
    _after_step(watch, page)  # the same state again: scanned once
    session = SimpleNamespace(exitstatus=0)
    watch.pytest_sessionfinish(session)
    [scanned] = config.stash[A11Y_KEY]
    assert session.exitstatus == exit_status
    rules = {v["rule"]: v for v in scanned["violations"]}
    if html is BAD:
        assert {"image-alt", "button-name", "label", "html-has-lang"} <= set(rules)
        assert rules["image-alt"]["description"] == "En bild saknar alternativtext."
        assert rules["image-alt"]["impact_sv"] == "kritisk" and rules["image-alt"]["help_url"].startswith("https://")
    else:
        assert rules == {}


def test_a_token_in_the_path_is_one_page():
    assert page_key("http://p/valj-losenord/Abc123_def456-XYZ789 | | Välj") == "http://p/valj-losenord/{id} | | Välj"


def test_the_report_lists_each_page_with_its_violations_in_swedish(tmp_path, page: Page):
    config = Config()
    watch = AccessibilityWatch(config, strict=False)
    _visit(page, BAD, "/logga-in")
    _after_step(watch, page, "Privatkund loggar in")
    watch.pytest_sessionfinish(SimpleNamespace(exitstatus=0))
    folder = write_report(
        tmp_path / "run",
        "",
        [("Privatkund loggar in", ["H5", "bevis"], "passed")],
        accessibility=config.stash[A11Y_KEY],
    )
    out = tmp_path / "index.html"
    report.write(run_record.in_folder(folder), out)

    page.unroute("http://a11y.test/**")
    page.goto(out.as_uri())
    section = page.locator("section#tillganglighet")
    expect(section).to_contain_text(re.compile(r"1 sida, \d+ avvikelser, varav \d+ allvarliga eller kritiska"))
    row = section.get_by_role("row", name=re.compile("image-alt"))
    expect(row).to_contain_text("kritisk")
    expect(row).to_contain_text("En bild saknar alternativtext.")
    expect(row.get_by_role("link", name="image-alt")).to_have_attribute("href", re.compile("dequeuniversity"))
    expect(section).to_contain_text("Privatkund loggar in")
    expect(page.locator("section#H5 .verdict")).to_contain_text("Bevisad")


def _configured(tmp_path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/acceptance",
            *without_test_plugins(),
            "--collect-only",
            "-q",
            "--trace-config",
            "-p",
            "no:cacheprovider",
            f"--report-extras={tmp_path / 'extras.json'}",
            *options,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_no_a11y_leaves_the_report_run_without_scans_and_refuses_to_go_with_strict(tmp_path):
    assert "AccessibilityWatch" in _configured(tmp_path).stdout  # a report run scans by default
    assert "AccessibilityWatch" not in _configured(tmp_path, "--no-a11y").stdout
    refused = _configured(tmp_path, "--no-a11y", "--a11y-strict")
    assert refused.returncode == 4 and "--no-a11y går inte ihop med --a11y eller --a11y-strict" in refused.stderr
    assert "Traceback" not in refused.stderr
