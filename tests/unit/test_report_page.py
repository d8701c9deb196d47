"""The product owner's report as a reader sees it: opened in the browser, one section per
rule H1–H13 with its verdict, skip reasons, the Swedish drift explanation, screenshots."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from minasidor_spec.common.rules import RULES
from minasidor_spec.judging import run_record
from minasidor_spec.reporting import report
from tests.support.report_folders import write_report

# A 1x1 PNG: the "screenshot" of a scenario's end state.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2b1a35d0000000049454e44ae426082"
)
DRIFT = 'Avvikelse från hjälpsidan (H5): hittade inte knappen "Logga in" på sidan.'


def _write_run(tmp_path):
    """A run where H5 fails with drift, H3 is skipped, H13 has no scenario, the rest pass."""
    shot = tmp_path / "slut.png"
    shot.write_bytes(PIXEL)
    trace = tmp_path / "trace.zip"
    trace.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    scenarios = []
    for rule in RULES:
        if rule == "H13":
            continue
        status = {"H5": "failed", "H3": "skipped"}.get(rule, "passed")
        extras = {"id": f"test_regel_{rule.lower()}", "screenshots": [str(shot)]}
        if status == "failed":
            cause = {"kind": "avvikelse", "rules": ["H5"], "text": DRIFT, "word": 'knappen "Logga in"', "where": "/"}
            extras.update(failure=DRIFT, explanation=DRIFT, cause=cause, traces=[str(trace)], run_again="passed")
        if status == "skipped":
            extras["skip_reason"] = "Hoppas över: målmiljön använder inte svitens falska BankID (@bankid)."
        scenarios.append((f"Scenario för {rule}", [rule, "bevis"], status, extras))
    folder = write_report(tmp_path / "run", "Staging – https://staging.example.se", scenarios)
    out = tmp_path / "report" / "index.html"
    report.write(run_record.in_folder(folder), out)
    return out


def test_report_shows_every_rule_with_its_status(tmp_path, page: Page):
    page.goto(_write_run(tmp_path).as_uri())
    expect(page.get_by_text("10 av 13", exact=False)).to_be_visible()
    expect(page.get_by_text("Målmiljö: Staging – https://staging.example.se", exact=False)).to_be_visible()
    verdicts = {"H5": "Misslyckas", "H3": "Inte bevisad", "H13": "Inte bevisad"}
    for rule in RULES:
        heading = page.get_by_role("heading", name=re.compile(rf"^{rule}\b"), level=2)
        expect(heading).to_be_visible()
        expect(heading).to_contain_text(verdicts.get(rule, "Bevisad"))
        expect(page.locator(f"section#{rule}")).to_contain_text(RULES[rule][:40])
    expect(page.locator("section#H13")).to_contain_text("Inget scenario är märkt som bevis (@bevis) för regeln.")
    expect(page.locator("section#H3 .why")).to_contain_text("målmiljön använder inte svitens falska BankID")
    expect(page.locator("section#H1 .proofs").first).to_have_text("Bevisas av: Inloggning: Scenario för H1")
    expect(
        page.get_by_text("Inte godkänd: 1 av 13 regler håller inte och 2 är inte bevisade, av 1 orsak.")
    ).to_be_visible()


def test_the_first_screen_says_what_went_wrong_which_rules_hold_and_why_not(tmp_path, page: Page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(_write_run(tmp_path).as_uri())
    overview = page.get_by_role("region", name="Överblick")
    expect(overview).to_be_in_viewport()
    causes = overview.get_by_role("list").first.get_by_role("listitem")
    expect(overview.get_by_role("heading", name="Vad som gick fel (1)")).to_be_visible()
    expect(causes).to_have_count(1)
    expect(causes).to_contain_text('Avvikelse från hjälpsidan (H5): knappen "Logga in" saknas på sidan /.')
    expect(causes).to_contain_text("1 scenario: Inloggning: Scenario för H5")
    expect(overview.get_by_role("heading", name="Håller inte (1)")).to_be_visible()
    unproven = overview.get_by_role("heading", name="Inte bevisade (2)")
    expect(unproven).to_be_visible()
    expect(overview).to_contain_text("målmiljön använder inte svitens falska BankID")
    expect(overview).to_contain_text("Inget scenario är märkt som bevis")
    expect(overview.get_by_role("heading", name="Håller (10)")).to_be_visible()
    expect(overview.get_by_role("link", name="H1 Internet Explorer: byt webbläsare")).to_be_visible()
    box = overview.bounding_box()
    assert box["y"] + box["height"] <= 1000, "the causes and reasons fit on about the first screen"
    expect(page.locator("section#H5 summary .badge.unsteady")).to_have_text("ostadig")


def test_rules_without_a_passing_scenario_are_red(tmp_path, page: Page):
    page.goto(_write_run(tmp_path).as_uri())
    red, green = "rgb(176, 0, 32)", "rgb(27, 127, 59)"
    for rule in ("H5", "H3", "H13"):
        expect(page.locator(f"section#{rule} .verdict")).to_have_css("color", red)
    expect(page.locator("section#H1 .verdict")).to_have_css("color", green)


def test_failure_shows_drift_screenshot_and_trace_skip_shows_reason(tmp_path, page: Page):
    out = _write_run(tmp_path)
    page.goto(out.as_uri())
    failed = page.locator("section#H5")
    expect(failed.locator(".explanation").get_by_text(DRIFT)).to_be_visible()
    expect(failed.get_by_role("img", name=re.compile("Skärmbild av slutläget"))).to_be_visible()
    expect(failed.get_by_role("link", name=re.compile("Playwright-spår"))).to_have_attribute(
        "href", re.compile(r"^spar/")
    )
    assert (out.parent / "spar" / "test_regel_h5-1.zip").exists()
    expect(
        failed.get_by_text("kördes en gång till för spårets skull och gick då igenom: felet kommer och går")
    ).to_be_visible()
    page.locator("section#H3 summary").click()
    expect(
        page.locator("section#H3 .reason").get_by_text("målmiljön använder inte svitens falska BankID")
    ).to_be_visible()


def test_words_table_unchecked_wording_and_accessibility_notes(tmp_path, page: Page):
    steps = [
        {"keyword": "Så", "name": 'ser jag felet "Fel kundnummer eller lösenord"', "rules": ["H5"], "status": "passed"},
        {"keyword": "Och", "name": "jag är inte inloggad", "rules": ["H5"], "status": "passed"},
    ]
    extras = {
        "steps": steps,
        "unchecked": ["Fel kundnummer eller lösenord"],
        "accessibility": ["Felet visas inte som role=alert."],
    }
    preflight = {
        "words": [['knappen "Logga in"', "H5", "hittat"], ['fliken "Mobilt BankID"', "H3", "saknas"]],
        "problems": ["Sidan /hjalp finns inte (404)."],
    }
    folder = write_report(
        tmp_path / "run",
        "Annan portal",
        [("Fel lösenord", ["H5", "referensbeslut"], "passed", extras)],
        preflight=preflight,
    )
    out = tmp_path / "index.html"
    report.write(run_record.in_folder(folder), out)
    page.goto(out.as_uri())
    words = page.get_by_role("table")
    expect(words.get_by_role("row", name=re.compile('fliken "Mobilt BankID" H3 saknas'))).to_be_visible()
    expect(page.get_by_text("Sidan /hjalp finns inte (404).")).to_be_visible()
    page.locator("section#H5 summary").first.click()
    marked = page.locator("section#H5 li").filter(has_text="ordalydelsen kontrollerades inte")
    expect(marked).to_have_count(1)
    expect(marked).to_contain_text("Fel kundnummer eller lösenord")
    expect(page.get_by_text("1 steg där ordalydelsen inte kontrollerades")).to_be_visible()
    expect(page.locator("section#tillganglighet")).to_contain_text("Felet visas inte som role=alert.")


def test_screenshots_are_small_jpegs_with_the_full_size_behind_a_click(tmp_path, page: Page):
    from PIL import Image

    big = tmp_path / "stor.png"
    Image.new("RGB", (1280, 720), "white").save(big)
    extras = {"id": "test_stor", "screenshots": [str(big)]}
    folder = write_report(tmp_path / "run", "", [("Stor sida", ["H1", "bevis"], "passed", extras)])
    out = tmp_path / "report" / "index.html"
    report.write(run_record.in_folder(folder), out)
    page.goto(out.as_uri())
    page.locator("section#H1 summary").click()
    image = page.get_by_role("img", name="Skärmbild av slutläget: Stor sida")
    expect(image).to_have_attribute("src", re.compile(r"^data:image/jpeg;base64,"))
    assert image.evaluate("img => img.naturalWidth") == 640
    expect(page.get_by_role("link", name="full storlek")).to_have_attribute("href", "skarmbilder/test_stor-1.png")
    assert (out.parent / "skarmbilder" / "test_stor-1.png").read_bytes() == big.read_bytes()


def test_a_step_that_never_ran_is_shown_as_not_run(tmp_path, page: Page):
    steps = [
        {"keyword": "När", "name": "jag klickar på länken", "rules": ["H11"], "status": "failed"},
        {"keyword": "Så", "name": "får jag ett e-postmeddelande", "rules": ["H11"], "status": "not_run"},
    ]
    folder = write_report(tmp_path / "run", "", [("Länken", ["H11", "bevis"], "failed", {"steps": steps})])
    out = tmp_path / "index.html"
    report.write(run_record.in_folder(folder), out)
    page.goto(out.as_uri())
    never = page.locator("section#H11 li.step-not_run")
    expect(never).to_contain_text("får jag ett e-postmeddelande")
    expect(never).to_contain_text("(kördes inte)")
    expect(page.locator("section#H11 li.step-failed")).not_to_contain_text("kördes inte")
