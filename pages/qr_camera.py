"""The phone's camera: reads the QR code an image on the page shows, from its pixels."""

from __future__ import annotations

import zxingcpp
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
  return {width: canvas.width, height: canvas.height, pixels: Array.from(data)};
}"""


class QRNotReadable(AssertionError):
    pass


def read_qr(image: Locator) -> str:
    """The text of the QR code shown by `image` (an <img>), once it has loaded."""
    image.wait_for()
    shot = image.evaluate(_PIXELS)
    grey = bytes(shot["pixels"][0::4])  # black and white: the red channel is enough
    codes = zxingcpp.read_barcodes(memoryview(grey).cast("B", shape=[shot["height"], shot["width"]]))
    if not codes:
        raise QRNotReadable("Kameran kunde inte läsa någon QR-kod i bilden på sidan.")
    return codes[0].text
