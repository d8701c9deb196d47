"""What BankID requires of its animated QR code, judged from the codes a page showed."""

from __future__ import annotations

from minasidor_spec.pages.qr_watch import animated_qr_problem

TOKEN = "67df3917-fa0d-44e5-b327-edcc928297f8"


def code(seconds: int, auth: str = "a") -> str:
    return f"bankid.{TOKEN}.{seconds}.{auth * 64}"


def test_a_new_code_each_second_is_as_bankid_requires():
    assert animated_qr_problem([code(0), code(1, "b"), code(2, "c"), code(3, "d")]) is None


def test_a_picture_that_stops_changing_is_named():
    said = animated_qr_problem([code(0), code(1, "b"), None])
    assert "blev inte ny inom 3 sekunder efter 1 byten (bilden byttes inte)" in said


def test_a_picture_swapped_with_the_same_code_is_named():
    said = animated_qr_problem([code(0), None], repeated=True)
    assert "bilden byttes men visade samma kod" in said


def test_a_time_counter_that_does_not_grow_is_named():
    assert "ökar inte: 2, 1" in animated_qr_problem([code(2), code(1, "b")])


def test_a_code_shown_again_and_a_foreign_code_are_named():
    assert "visade en tidigare kod igen" in animated_qr_problem([code(0), code(1, "b"), code(0)])
    assert "BankID:s form" in animated_qr_problem(["https://example.se/qr", "x"])
