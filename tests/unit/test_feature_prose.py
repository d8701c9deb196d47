"""The features as a product owner reads them: every quotation of the help page (”…” in a
feature's description) is the page's own words, verbatim (an ellipsis … where text is left out,
our readings outside the quotation marks); every scenario title and step reads as Swedish, not
as test jargon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The help page as the features were written from it: the repository's copy beside them (a clean
# clone has it); where the shared original is at hand, the copy must still be that page.
HELP_PAGE = ROOT / "features" / "hjalpsidan.txt"
ORIGINAL = ROOT.parent / "shared" / "help" / "logga-in-pa-mina-sidor.txt"
FEATURES = sorted((ROOT / "features").glob("*.feature"))
QUOTATION = re.compile(r"”(.*?)”", re.S)
CUT = "…"
# Where a description ends: the first tag, background or scenario.
BODY = re.compile(r"^\s*(@|Bakgrund:|Scenario:|Scenariomall:)")
# Test jargon and word orders a reader trips on (the list, and their kind).
JARGON = ("tabbar", "sessionen", "sekunder hos BankID", "rapport", "tagg", "@", "Så jag ", "Och kan jag", "Och syntes")


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def help_text() -> str:
    return _normalised(HELP_PAGE.read_text(encoding="utf-8"))


def description(feature: Path) -> str:
    """The free text under "Egenskap:", up to the first scenario (or tag, or background)."""
    lines = feature.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Egenskap:")) + 1
    text = []
    for line in lines[start:]:
        if BODY.match(line):
            break
        text.append(line)
    return _normalised(" ".join(text))


def not_verbatim(text: str, page: str) -> list[str]:
    """The fragments of each ”quotation” in `text` that are not the help page's own words."""
    return [
        fragment
        for quotation in QUOTATION.findall(text)
        for fragment in (part.strip() for part in quotation.split(CUT))
        if fragment and _normalised(fragment) not in page
    ]


@pytest.mark.parametrize("feature", FEATURES, ids=lambda path: path.name)
def test_every_quotation_of_the_help_page_is_verbatim(feature):
    text = description(feature)
    assert QUOTATION.search(text), f"{feature.name}: citerar inte hjälpsidan"
    assert not_verbatim(text, help_text()) == []
    assert '"' not in QUOTATION.sub("", text).replace('""', ""), "citat med raka citattecken utanför ”…”"


def test_the_copy_of_the_help_page_is_the_page():
    if not ORIGINAL.exists():
        pytest.skip("Hoppas över: hjälpsidans original (../shared/help/) finns inte bredvid den här klonen.")
    assert HELP_PAGE.read_text(encoding="utf-8") == ORIGINAL.read_text(encoding="utf-8")


def test_a_stitched_or_corrected_quotation_is_caught():
    page = help_text()
    assert not_verbatim("Hjälpsidan: ”obs skriv 16 före organisationsnumret 16XXXXXX-XXXX.”", page)
    assert not_verbatim("”Fyll i ditt kundnummer. Skriv in ditt lösenord.”", page)
    assert not_verbatim("”Fyll i ditt kundnummer … Skriv in ditt lösenord.”", page) == []


@pytest.mark.parametrize("feature", FEATURES, ids=lambda path: path.name)
def test_no_test_jargon_in_titles_and_steps(feature):
    body = [line.strip() for line in feature.read_text(encoding="utf-8").splitlines() if line.startswith("    ")]
    titles = [line for line in feature.read_text(encoding="utf-8").splitlines() if "Scenario" in line]
    found = [f"{word!r} i {line!r}" for line in body + titles for word in JARGON if word in line and word != "@"]
    assert found == []


def test_a_letter_among_digits_is_named():
    """An example value that hides a letter among digits says so beside it."""
    for feature in FEATURES:
        for line in feature.read_text(encoding="utf-8").splitlines():
            cells = [cell.strip() for cell in line.split("|")[1:-1]]
            hidden = [cell for cell in cells if re.fullmatch(r"\d+[A-Za-z]\d+", cell)]
            assert not hidden or any("bokstaven" in cell for cell in cells), f"{feature.name}: {line.strip()}"
