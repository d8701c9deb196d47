"""What the suite keeps of a scenario: its screenshots mask personal data (Playwright's `mask`),
and its trace carries no typed password, not in the actions, the DOM snapshots or the network."""

from __future__ import annotations

import base64
import io
import urllib.parse
import zipfile

from PIL import Image
from playwright.sync_api import Browser

from minasidor_spec.common.secret_values import remember
from minasidor_spec.run.privacy import masking_screenshots, redacting_traces
from tests.support.little_servers import serving

TYPED = "Blåbär-Skog-2026!"
FORM = """<!doctype html><html lang="sv"><body style="font:20px sans-serif">
<p id="pnr">Inloggad som Tolvan Tolvansson, 19121212-1212</p>
<p id="mejl">E-post: tolvan@kraftbolaget.example</p>
<p id="kund">Kundnummer 300001</p>
<form method="post" action="/spara"><label>Lösenord <input type="password" name="losenord" id="losen"></label>
<button>Spara</button></form></body></html>"""
MAGENTA = (255, 0, 255)  # Playwright's mask colour


def form_app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [FORM.encode()]


def colour_at(png: bytes, box: dict) -> tuple:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return image.getpixel((int(box["x"] + box["width"] / 2), int(box["y"] + box["height"] / 2)))


def test_screenshots_mask_personnummer_e_mail_password_and_kundnummer_when_asked(browser: Browser):
    with serving(form_app) as url:
        context = browser.new_context()
        page = context.new_page()
        masking_screenshots(page, kundnummer=("300001",))
        page.goto(url)
        page.fill("#losen", TYPED)
        shot = page.screenshot()
        for element in ("#pnr", "#mejl", "#kund", "#losen"):
            assert colour_at(shot, page.locator(element).bounding_box()) == MAGENTA, element
        context.close()
        plain = browser.new_context()
        page = plain.new_page()
        masking_screenshots(page)  # kundnummer not asked for: shown
        page.goto(url)
        assert colour_at(page.screenshot(), page.locator("#kund").bounding_box()) != MAGENTA
        plain.close()


def test_a_trace_carries_no_typed_password(browser: Browser, tmp_path):
    remember(TYPED)  # as the login and password pages do when they type one
    trace = tmp_path / "spar.zip"
    with serving(form_app) as url:
        context = browser.new_context()
        redacting_traces(context)
        context.tracing.start(snapshots=True, screenshots=False)
        page = context.new_page()
        page.goto(url)
        page.get_by_label("Lösenord").fill(TYPED)
        page.get_by_role("button", name="Spara").click()
        context.tracing.stop(path=trace)
        context.close()
    forms = [
        TYPED,
        urllib.parse.quote_plus(TYPED),
        urllib.parse.quote(TYPED, safe=""),
        base64.b64encode(TYPED.encode()).decode(),
    ]
    with zipfile.ZipFile(trace) as opened:
        names = opened.namelist()
        everything = b"".join(opened.read(name) for name in names)
    assert "trace.trace" in names and b'"method":"fill"' in everything  # the fill is there ...
    assert not [form for form in forms if form.encode() in everything]  # ... its value is not
    assert b"********" in everything
