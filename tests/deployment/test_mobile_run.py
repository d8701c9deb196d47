"""The suite on a phone: the scenarios tagged @mobil run with Playwright's "Pixel 7" descriptor
(viewport, touch, user agent) as `make spec DEVICE="Pixel 7"` runs them all, and the report
names the device. (The whole suite passes on "Pixel 7" and "iPhone 13": see the closing note.)"""

from __future__ import annotations

from tests.support.spec_run import run_spec, summary


def test_mobile_scenarios_pass_on_a_pixel_7_and_the_report_names_it(tmp_path):
    report = tmp_path / "rapport"
    run = run_spec(report, "--device", "Pixel 7", "--browser", "chromium", "-m", "mobil", timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "4 passed" in summary(run), summary(run)
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "Enhet: <strong>Pixel 7 (412×839, pekskärm, mobil)</strong>" in html
