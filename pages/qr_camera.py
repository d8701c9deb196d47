"""The phone's camera: reads the QR code an image on the page shows, from its pixels."""

from __future__ import annotations

import base64
import io

import zxingcpp
from PIL import Image
from playwright.sync_api import Locator

# Draw the image on a canvas and hand back its pixels (RGBA), as a camera would see them.
# The page swaps the image every second: decode() settles the current picture first (it
# rejects when the picture is swapped meanwhile, and then the new one is decoded), and the
# drawing follows in the same task, so a half-loaded picture is never read.
_PIXELS = """async img => {
  for (let attempt = 0; ; attempt++) {
    try { await img.decode(); break; } catch (error) { if (attempt >= 5) throw error; }
  }
  const canvas = document.createElement("canvas");
  canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff"; context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(img, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let grey = "";  // black and white: the red channel is enough, sent as base64
  for (let i = 0; i < data.length; i += 4) grey += String.fromCharCode(data[i]);
  return {width: canvas.width, height: canvas.height, pixels: btoa(grey)};
}"""


class QRNotReadable(AssertionError):
    pass


def read_qr(image: Locator) -> str:
    """The text of the QR code shown by `image` (an <img> once it has loaded; a <canvas> or an
    <svg> as it is painted), read from its pixels."""
    image.wait_for()
    if image.evaluate("el => el.tagName") == "IMG":
        shot = image.evaluate(_PIXELS)
        pixels = memoryview(base64.b64decode(shot["pixels"])).cast("B", shape=[shot["height"], shot["width"]])
    else:
        painted = Image.open(io.BytesIO(image.screenshot())).convert("L")
        pixels = memoryview(painted.tobytes()).cast("B", shape=[painted.height, painted.width])
    codes = zxingcpp.read_barcodes(pixels)
    if not codes:
        raise QRNotReadable("Kameran kunde inte läsa någon QR-kod i bilden på sidan.")
    return codes[0].text
