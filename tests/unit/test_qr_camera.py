"""The phone's camera reads a QR code however the page draws it: an <img>, an inline <svg>, a
<canvas>."""

from __future__ import annotations

import base64
import io

import pytest
import segno
from playwright.sync_api import Page

from minasidor_spec.pages.qr_camera import QRNotReadable, read_qr

CODE = "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0.dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8"


def _svg() -> str:
    out = io.BytesIO()
    segno.make(CODE, error="l").save(out, kind="svg", scale=4, border=4, xmldecl=False)
    return out.getvalue().decode()


def test_an_img(page: Page):
    out = io.BytesIO()
    segno.make(CODE, error="l").save(out, kind="png", scale=4, border=4)
    page.set_content(f'<img alt="QR-kod" src="data:image/png;base64,{base64.b64encode(out.getvalue()).decode()}">')
    assert read_qr(page.get_by_role("img")) == CODE


def test_an_inline_svg_and_a_canvas(page: Page):
    page.set_content(f'<div id="svg" role="img" aria-label="QR-kod">{_svg()}</div><canvas id="ritad"></canvas>')
    assert read_qr(page.locator("#svg svg")) == CODE
    page.evaluate("""async () => {
      const img = new Image(); img.src = 'data:image/svg+xml,' + encodeURIComponent(document.querySelector('#svg').innerHTML);
      await img.decode();
      const canvas = document.getElementById('ritad'); canvas.width = img.width; canvas.height = img.height;
      const context = canvas.getContext('2d'); context.fillStyle = '#fff'; context.fillRect(0, 0, img.width, img.height);
      context.drawImage(img, 0, 0);
    }""")
    assert read_qr(page.locator("canvas")) == CODE


def test_no_code_says_so(page: Page):
    page.set_content('<canvas width="120" height="120"></canvas>')
    with pytest.raises(QRNotReadable):
        read_qr(page.locator("canvas"))
