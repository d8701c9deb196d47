"""The help page's words have one home (help_words): every word in the one ordered list, and no
other module of the product types one of their names as a literal (the grep). The site map the
pre-flight learns cannot change under a scenario."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from minasidor_spec.pages import help_words as words
from minasidor_spec.pages.help_words import Word
from minasidor_spec.pages.site import SiteMap

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("minasidor_spec", "pages", "steps")
# Where the words may be written out: their home, and the rules (the help page's own sentences).
HOMES = {ROOT / "pages" / "help_words.py", ROOT / "minasidor_spec" / "rules.py"}
NAMES = {word.name for word in words.WORDS if word.name}
REGEX_DECORATION = re.compile(r"^\^|\$$|\\b")


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def typed_words(source: str) -> list[str]:
    """String literals (not docstrings) that are a help-page word, as a locator's name, a regex of
    it or a quotation ('"Logga ut" finns ...')."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docstrings:
            continue
        text = node.value
        bare = REGEX_DECORATION.sub("", text.strip()).replace("\\", "")
        # A regex (anchored, or with word boundaries) may be in any case; a plain name is exact.
        regex = bare != text.strip()
        if (bare.lower() if regex else bare) in ({name.lower() for name in NAMES} if regex else NAMES) or any(
            f'"{name}"' in text for name in NAMES
        ):
            found.append(text)
    return found


def test_no_help_page_word_is_typed_outside_its_home():
    typed = {
        str(path.relative_to(ROOT)): hits
        for folder in PRODUCT
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path not in HOMES and (hits := typed_words(path.read_text(encoding="utf-8")))
    }
    assert typed == {}


@pytest.mark.parametrize(
    "line",
    [
        'page.get_by_role("button", name="Logga in", exact=True)',
        'BUTTONS = {"Mobilt BankID": 1}',
        'pattern = re.compile(r"\\bmina sidor\\b", re.I)',
        "REGISTER = re.compile('^registrera e-postadress$', re.I)",
        "raise RuleBroken('H6', '\"Logga ut\" finns, men inte under ditt namn')",
    ],
)
def test_the_grep_finds_a_word_typed_again(line):
    assert typed_words(line)


def test_prose_and_docstrings_pass_the_grep():
    source = '"""Clicks "Logga in"."""\nSTEP = "att jag är en privatkund med Mobilt BankID"\nx = "Logga in med Mobilt BankID"'
    assert typed_words(source) == []


def test_every_word_is_in_the_ordered_list_once():
    defined = [value for value in vars(words).values() if isinstance(value, Word)]
    assert len(words.WORDS) == len(set(words.WORDS)) and set(defined) == set(words.WORDS)


def test_a_word_is_described_by_its_name_and_rules():
    assert words.CHOICE_KUNDNUMMER.description == 'fliken "Kundnummer"'
    assert words.LOG_OUT.description == '"Logga ut" under ditt namn'
    assert words.LOGIN_PASSWORD.description == "fältet för lösenordet"
    assert all(word.rules and all(re.fullmatch(r"H\d+", rule) for rule in word.rules) for word in words.WORDS)
    assert all(word.roles for word in words.WORDS if word.name)


def test_the_site_map_does_not_change_under_a_scenario():
    learnt = SiteMap.of("https://staging.example.se/", {"login": "https://staging.example.se/in"})
    theirs = learnt.with_page("mina_sidor", "https://staging.example.se/konto#top")
    assert "mina_sidor" not in learnt.urls and theirs.urls["mina_sidor"] == "https://staging.example.se/konto"
    assert theirs.with_page("login", "https://staging.example.se/annan").urls["login"].endswith("/in")
    with pytest.raises(TypeError):
        learnt.urls["help"] = "https://staging.example.se/hjalp"  # type: ignore[index]
