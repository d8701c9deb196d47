"""The help page's places on the screen: "till höger" of the login and "uppe i högra hörnet",
judged the same a few pixels either way, and measured in a browser as the steps measure them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from minasidor_spec.pages.layout import Box, in_top_right_corner, placed_to_the_right

FORM = Box(90, 234, 712, 189)  # x=90..802, y=234..423


@pytest.mark.parametrize(
    ("aside", "width", "where"),
    [
        (Box(834, 130, 356, 274), 1280, None),  # a faithful portal's box: right of the form, starting above it
        (Box(802, 234, 300, 100), 1280, None),  # right at the form's right edge
        (Box(806, 418, 300, 100), 1280, None),  # overlaps the form's last 5 px
        (Box(797, 234, 300, 100), 1280, "över"),  # 5 px into the form
        (Box(834, 428, 300, 100), 1280, "under"),  # right, but 5 px below the form's bottom
        (Box(90, 430, 712, 120), 1280, "under"),  # under the form on a desktop
        (Box(90, 430, 712, 120), 412, None),  # under the form on a phone: the page stacks
        (Box(90, 418, 712, 120), 412, "över"),  # on a phone, but 5 px into the form
        (Box(0, 234, 85, 100), 1280, "till vänster om"),
        (Box(834, 20, 300, 100), 1280, "ovanför"),
    ],
)
def test_to_the_right_of_the_login(aside, width, where):
    said = placed_to_the_right(aside, FORM, width)
    if where is None:
        assert said is None
    else:
        assert said is not None and said.startswith(where), said


HEADER = Box(0, 0, 1280, 64)


@pytest.mark.parametrize(
    ("name", "height", "wrong"),
    [
        (Box(1100, 16, 140, 32), 720, None),
        (Box(572, 16, 140, 32), 720, None),  # its centre 2 px right of the header's middle
        (Box(564, 16, 140, 32), 720, "vänstra halva"),  # 6 px left of it
        (Box(1100, 700, 140, 32), 720, "rullar"),  # below the fold
    ],
)
def test_top_right_corner(name, height, wrong):
    said = in_top_right_corner(name, HEADER, height)
    assert (said is None) if wrong is None else (wrong in said), said


LAYOUT = """<style>body{margin:0} div{position:absolute}</style>
<div id="form" style="left:90px;top:234px;width:712px;height:189px"></div>
<div id="box" style="left:834px;top:130px;width:356px;height:274px"></div>"""


def test_measured_in_a_browser_as_the_steps_measure(page: Page):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.set_content(LAYOUT)
    box, form = (Box.of(page.locator(f"#{name}").bounding_box()) for name in ("box", "form"))
    assert placed_to_the_right(box, form, 1280) is None
    page.locator("#box").evaluate("box => { box.style.left = '90px'; box.style.top = '430px'; }")
    moved = Box.of(page.locator("#box").bounding_box())
    assert placed_to_the_right(moved, form, 1280).startswith("under")
