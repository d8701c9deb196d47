"""Privacy in what the suite keeps: screenshots mask personal data (with Playwright's `mask`),
traces carry no typed password or access secret, and the console and the report show a
personnummer as 19121212-XXXX and an e-mail address as t***@domain.

A staging site's test customers may be real people's data; the report and CI's artifacts are
read by many."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest

from minasidor_spec.common.secret_values import redact, redact_bytes
from minasidor_spec.run.collector import CAUSE, EXPLANATION, REFERENCE_NOTE

# A personnummer or samordningsnummer: 12 digits (ÅÅÅÅMMDD-XXXX, dash optional) or 10 with a dash.
PERSONNUMMER = re.compile(
    r"(?<![\d-])((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01]))[-+]?\d{4}(?!\d)"
    r"|(?<![\d-])(\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01]))[-+]\d{4}(?!\d)"
)
EMAIL = re.compile(r"(?<![\w.%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
# Fields that hold personal data, by type, autocomplete or label.
PERSONAL_FIELDS = (
    "input[type=password], input[type=email], input[autocomplete=email], "
    "input[autocomplete$=password], input[autocomplete=username]"
)
PERSONAL_LABELS = re.compile(r"personnummer|organisationsnummer|e-post|mejl|e-mail|lösenord", re.I)
KUNDNUMMER_LABEL = re.compile(r"kundnummer", re.I)


def personal(text: str) -> str:
    """A personnummer as 19121212-XXXX, an e-mail address as t***@domain."""
    text = PERSONNUMMER.sub(lambda match: f"{match.group(1) or match.group(2)}-XXXX", text)
    return EMAIL.sub(r"\1***@\2", text)


def private(text: str) -> str:
    """What may be shown of a text: no secret of the run, personal data shortened."""
    return personal(redact(text))


def mask_locators(page, kundnummer: tuple[str, ...] = ()) -> list:
    """What a screenshot of `page` covers: personal fields and texts (and kundnummer, where the
    profile says so: its field and the profile's customers' numbers)."""
    masks = [
        page.locator(PERSONAL_FIELDS),
        page.get_by_label(PERSONAL_LABELS),
        page.get_by_text(PERSONNUMMER),
        page.get_by_text(EMAIL),
    ]
    if kundnummer:
        pattern = re.compile("|".join(rf"(?<!\d){re.escape(number)}(?!\d)" for number in kundnummer))
        masks += [page.get_by_label(KUNDNUMMER_LABEL), page.get_by_text(pattern)]
    return masks


def masking_screenshots(page, kundnummer: tuple[str, ...] = ()) -> None:
    """Every screenshot of this page (pytest-playwright's at the end of a scenario, ours) masks
    personal data, unless its caller gives a mask of its own."""
    original = page.screenshot

    def screenshot(*args, **kwargs):
        kwargs.setdefault("mask", mask_locators(page, kundnummer))
        return original(*args, **kwargs)

    page.screenshot = screenshot


def redacting_traces(context) -> None:
    """Every trace this context writes leaves out the run's secrets (typed passwords, access
    secrets), in its actions, DOM snapshots and network bodies."""
    tracing = context.tracing
    original = tracing.stop

    def stop(*args, **kwargs):
        result = original(*args, **kwargs)
        path = kwargs.get("path") or (args[0] if args else None)
        if path and Path(path).exists():
            redact_trace(Path(path))
        return result

    tracing.stop = stop


def redact_trace(path: Path) -> None:
    """Rewrite a trace (a zip) without the run's secrets, in place."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.redacting")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry, redact_bytes(source.read(entry)))
    os.replace(partial, path)


def private_properties(report: pytest.TestReport) -> None:
    """A report's explanation and failure text, as the console and the report show them."""
    report.user_properties[:] = [
        (key, private(value) if key in (EXPLANATION, REFERENCE_NOTE) and isinstance(value, str) else value)
        for key, value in report.user_properties
    ]
    report.user_properties[:] = [
        (key, {k: private(v) if isinstance(v, str) else v for k, v in value.items()} if key == CAUSE else value)
        for key, value in report.user_properties
    ]
    if report.longrepr is None:
        return
    if isinstance(report.longrepr, tuple):  # a skip: (path, line, reason)
        where, line, reason = report.longrepr
        report.longrepr = (where, line, private(reason))
        return
    text = report.longreprtext
    shown = private(text)
    if shown != text:
        report.longrepr = shown
    if isinstance(getattr(report, "wasxfail", None), str):
        report.wasxfail = private(report.wasxfail)


class Privacy:
    """The plugin: every report's texts private before the console, the report or a rule sees them."""

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        private_properties(outcome.get_result())
