"""Secrets outside the profile ({ env = ... }, { file = ... }), a warning for plain-text ones in a
profile under git, and what the console and the report may show of personal data."""

from __future__ import annotations

import subprocess

import pytest

from minasidor_spec.common.secret_values import MASK, redact, remember
from minasidor_spec.run.privacy import personal, private
from minasidor_spec.target.profile import ProfileError, load_profile

PROFILE = """
base_url = "http://127.0.0.1:9"

[customers.privatkund]
kundnummer = "300001"
name = "Tolvan Tolvansson"
personnummer = "191212121212"
password = {password}

[access.basic_auth]
username = "qa"
password = {{ env = "TEST_STAGING_GRIND" }}

[access.headers]
"X-Staging-Bypass" = {{ file = "bypass.txt" }}
"""


def write(folder, password: str) -> object:
    (folder / "bypass.txt").write_text("bypass-token-8812\n", encoding="utf-8")
    path = folder / "staging.toml"
    path.write_text(PROFILE.format(password=password), encoding="utf-8")
    return path


def test_secrets_come_from_the_environment_and_files(tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_STAGING_GRIND", "grind-lösen-55")
    monkeypatch.setenv("TEST_KUND_LOSEN", "Sommarregn-Ek-21")
    target = load_profile(write(tmp_path, '{ env = "TEST_KUND_LOSEN" }'))
    assert target.customers.known["privatkund"][0].password == "Sommarregn-Ek-21"
    assert target.portal.access.password == "grind-lösen-55" and target.portal.access.headers == {
        "X-Staging-Bypass": "bypass-token-8812"
    }
    assert target.warnings == ()  # nothing in plain text
    assert "Sommarregn-Ek-21" not in repr(target.customers.known)  # never printed
    said = redact("POST lösenord=Sommarregn-Ek-21&grind=grind-l%C3%B6sen-55 token bypass-token-8812")
    assert "Sommarregn" not in said and "grind-l" not in said and "bypass-token" not in said and MASK in said


def test_a_missing_variable_stops_the_run_naming_the_key(tmp_path, monkeypatch):
    monkeypatch.delenv("TEST_STAGING_GRIND", raising=False)
    with pytest.raises(ProfileError) as error:
        load_profile(write(tmp_path, '"Sommarregn-Ek-21"'))
    assert "miljövariabeln TEST_STAGING_GRIND saknas" in str(error.value)
    assert "'access.basic_auth.password'" in str(error.value)


def test_a_missing_file_stops_the_run_naming_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_STAGING_GRIND", "x-grind-1")
    path = write(tmp_path, '"Sommarregn-Ek-21"')
    (tmp_path / "bypass.txt").unlink()
    with pytest.raises(ProfileError, match=r"access\.headers\.X-Staging-Bypass"):
        load_profile(path)


def test_a_plain_text_password_in_a_profile_under_git_is_warned_of(tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_STAGING_GRIND", "x-grind-1")
    outside = load_profile(write(tmp_path, '"Sommarregn-Ek-21"'))
    assert outside.warnings == ()  # not in a git work tree
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    inside = load_profile(write(tmp_path, '"Sommarregn-Ek-21"'))
    assert len(inside.warnings) == 1 and "i klartext" in inside.warnings[0]
    assert 'customers."privatkund".password' in inside.warnings[0] and "{ env" in inside.warnings[0]
    (tmp_path / ".gitignore").write_text("staging.toml\n", encoding="utf-8")
    assert load_profile(tmp_path / "staging.toml").warnings == ()  # ignored by git: never committed


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Tolvan 191212121212 loggade in", "Tolvan 19121212-XXXX loggade in"),
        ("personnummer 19121212-1212.", "personnummer 19121212-XXXX."),
        ("samordningsnummer 197010632391", "samordningsnummer 19701063-XXXX"),
        ("kort 121212-1212", "kort 121212-XXXX"),
        ("skickat till tolvan@kraftbolaget.example.", "skickat till t***@kraftbolaget.example."),
        ("orgnr 5567000012 och 16556700-0012", "orgnr 5567000012 och 16556700-0012"),  # a company's: public
        ("kundnummer 300001, order 2026-12-03", "kundnummer 300001, order 2026-12-03"),
    ],
)
def test_personal_data_is_shortened_in_what_the_suite_writes(text, shown):
    assert personal(text) == shown


def test_private_leaves_out_secrets_and_personal_data():
    remember("Hemligt-Lösen-77")
    assert private("fyllde i Hemligt-Lösen-77 för 191212121212") == f"fyllde i {MASK} för 19121212-XXXX"
