"""The report's screenshots: a JPEG sized for reading embedded in the page (so it stays one
file), and the full-size PNG beside it under skarmbilder/, opened by a click."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image

READING_WIDTH = 640  # px: wide enough to read a form's labels and messages
READING_HEIGHT = 800  # px: a phone's tall screenshot is shrunk to this height instead
JPEG_QUALITY = 55


def reading_copy(png: Path) -> str:
    """The screenshot as a data: URL of a JPEG within READING_WIDTH × READING_HEIGHT."""
    with Image.open(png) as image:
        image = image.convert("RGB")
        image.thumbnail((READING_WIDTH, READING_HEIGHT), Image.LANCZOS)  # keeps the proportions
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


def full_size_copy(png: Path, report_dir: Path, name: str) -> str:
    """The PNG copied under report_dir/skarmbilder/; its link relative to the report."""
    target = report_dir / "skarmbilder" / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png.read_bytes())
    return target.relative_to(report_dir).as_posix()
