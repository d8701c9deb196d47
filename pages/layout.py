"""Where things are on the screen, as the help page words it: "Första gången du loggar in" is
"till höger" of the login, your name is "uppe i högra hörnet". Pure geometry on the boxes
Playwright measures (CSS pixels), so that a layout a few pixels either way is judged the same
on every target."""

from __future__ import annotations

from dataclasses import dataclass

# Below this width a page stacks its columns (a phone, a tablet on end): "till höger" becomes
# "under", as the page has no room beside the form.
NARROW_VIEWPORT = 768
SLACK = 1  # rounding of sub-pixel layouts


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @classmethod
    def of(cls, measured: dict) -> Box:
        return cls(measured["x"], measured["y"], measured["width"], measured["height"])

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def __str__(self) -> str:
        return f"x={self.x:.0f}..{self.right:.0f}, y={self.y:.0f}..{self.bottom:.0f}"


def level_with(one: Box, other: Box) -> bool:
    """Do their vertical extents overlap?"""
    return one.y < other.bottom and one.bottom > other.y


def placed_to_the_right(box: Box, of: Box, viewport_width: float) -> str | None:
    """None when `box` is to the right of `of` (starting at or right of its right edge, level with
    it), or on a narrow viewport below it; else where it is instead, in Swedish."""
    if box.x >= of.right - SLACK and level_with(box, of):
        return None
    below = box.y >= of.bottom - SLACK
    if viewport_width < NARROW_VIEWPORT and below:
        return None
    if below:
        where = "under"
    elif box.bottom <= of.y + SLACK:
        where = "ovanför"
    elif box.right <= of.x + SLACK:
        where = "till vänster om"
    elif box.x >= of.right - SLACK:
        where = "till höger om men inte i höjd med"
    else:
        where = "över"
    return f"{where} inloggningen ({box} mot {of}, fönstret {viewport_width:.0f} px brett)"


def in_top_right_corner(name: Box, header: Box, viewport_height: float) -> str | None:
    """None when `name` is in the header's right half and above the fold; else what is wrong."""
    if name.x + name.width / 2 < header.x + header.width / 2:
        return f"det står i sidhuvudets vänstra halva ({name} i sidhuvudet {header})"
    if name.bottom > viewport_height + SLACK or name.y < -SLACK:
        return f"det syns inte utan att man rullar sidan ({name}, fönstret {viewport_height:.0f} px högt)"
    return None
