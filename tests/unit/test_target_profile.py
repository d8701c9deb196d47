"""Target profiles: the example loads; every kind of mistake stops the run with a message
in Swedish and English that names the key."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from minasidor_spec.commands.spec_run import without_test_plugins
from minasidor_spec.target.profile import ProfileError, load_profile

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "targets" / "exempel.toml"
MINIMAL = 'base_url = "https://staging.example.se"\n'


def _profile(tmp_path, text: str) -> Path:
    path = tmp_path / "mal.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_profile_describes_the_reference_stack():
    profile = load_profile(EXAMPLE)
    assert profile.portal.url == "http://127.0.0.1:5000" and profile.mail.kind == "embedded"
    assert set(profile.customers.known) == {"privatkund", "företagskund", "privatkund som får spärras"}
    assert profile.customers.known["företagskund"][0].orgnr == "5566778899" and profile.portal.reference


def test_minimal_profile_has_no_mail_bankid_or_customers(tmp_path):
    profile = load_profile(_profile(tmp_path, MINIMAL))
    assert (profile.mail.api_url, profile.bankid.app_url, profile.customers.known) == (None, None, {})


@pytest.mark.parametrize(
    ("text", "swedish", "english"),
    [
        ('base_url = "https://x.se"\nbas_url = "y"\n', "okänd nyckel 'bas_url'", "unknown key 'bas_url'"),
        (
            '[mail]\nkind = "mailpit"\napi_url = "http://m:8025"\n',
            "nyckeln 'base_url' saknas",
            "key 'base_url' is missing",
        ),
        ('base_url = "staging.example.se"\n', "'base_url' ska vara en adress", "must be an http:// or https:// URL"),
        (
            MINIMAL + '[mail]\nkind = "mailcatcher"\napi_url = "http://m"\n',
            "'mail.kind' ska vara en av",
            "must be one of",
        ),
        (MINIMAL + '[mail]\nkind = "mailhog"\n', "nyckeln 'mail.api_url' saknas", "'mail.api_url' is missing"),
        (MINIMAL + '[mail]\nkind = "maildev"\napi = "http://m"\n', "okänd nyckel 'mail.api'", "unknown key 'mail.api'"),
        (MINIMAL + "[bankid]\napp_url = 5002\n", "'bankid.app_url' ska vara en adress", "'bankid.app_url' must be"),
        (
            MINIMAL + '[customers.kund]\nkundnummer = "1"\nname = "A"\n',
            "okänd kundroll 'kund'",
            "unknown customer role",
        ),
        (MINIMAL + '[customers.privatkund]\nname = "A"\n', "'customers.privatkund.kundnummer' saknas", "is missing"),
        (MINIMAL + '[customers.privatkund]\nkundnummer = 100001\nname = "A"\n', "ska vara en text", "non-empty string"),
        (
            MINIMAL + '[customers.privatkund]\nkundnummer = "1"\nname = "A"\npersonnummer = "19121212-1212"\n',
            "'customers.privatkund.personnummer' ska vara 12 siffror utan bindestreck",
            "12 digits",
        ),
        (
            MINIMAL + '[customers."privatkund som får spärras"]\nname = "A"\n',
            "'customers.\"privatkund som får spärras\".kundnummer' saknas",
            "is missing",
        ),
        (
            MINIMAL + '[customers.privatkund]\nkundnummer = "1"\nname = "A"\nlosenord = "x"\n',
            "okänd nyckel 'customers.privatkund.losenord'",
            "unknown key",
        ),
        ('base_url = "https://x.se\n', "ogiltig TOML", "invalid TOML"),
        (
            MINIMAL + 'reference_portal = "ja"\n',
            "'reference_portal' ska vara true eller false",
            "must be true or false",
        ),
        (
            MINIMAL + '[pages]\ninloggning = "/in"\n',
            "okänd nyckel 'pages.inloggning'",
            "unknown key 'pages.inloggning'",
        ),
        (
            MINIMAL + '[texts]\n"Du är nu utloggad." = "re:(["\n',
            "inget giltigt reguljärt uttryck",
            "not a valid regular",
        ),
        (MINIMAL + '[texts]\n"Du är nu utloggad." = ""\n', "ska vara en text som inte är tom", "non-empty string"),
        (
            MINIMAL + '[provisioning]\ncommand = "x"\nurl = "https://t.se"\n',
            "antingen 'provisioning.command'",
            "either",
        ),
        (MINIMAL + '[provisioning]\nurl = "ftp://t.se"\n', "'provisioning.url' ska vara en adress", "must be an http"),
        (
            MINIMAL + '[[customers."privatkund utan e-postadress"]]\nname = "A"\n',
            "'customers.\"privatkund utan e-postadress\"[0].kundnummer' saknas",
            "is missing",
        ),
        (MINIMAL + '[scope]\nH14 = "x"\n', "okänd nyckel 'scope.H14'", "unknown key 'scope.H14'"),
        (MINIMAL + '[scope]\nH3 = ""\n', "'scope.H3' ska vara en text som inte är tom", "non-empty string"),
        (MINIMAL + "[timeouts]\naction = 0\n", "'timeouts.action' ska vara ett antal sekunder", "number of seconds"),
        (MINIMAL + '[timeouts]\nmail = "20"\n', "'timeouts.mail' ska vara ett antal sekunder", "number of seconds"),
        (MINIMAL + "[timeouts]\nsida = 5\n", "okänd nyckel 'timeouts.sida'", "unknown key 'timeouts.sida'"),
        (
            MINIMAL + '[mail]\ndomain = "inte en domän"\n',
            "'mail.domain' ska vara ett domännamn",
            "must be a domain name",
        ),
    ],
)
def test_mistakes_name_the_key_in_swedish_and_english(tmp_path, text, swedish, english):
    with pytest.raises(ProfileError) as caught:
        load_profile(_profile(tmp_path, text))
    message = str(caught.value)
    assert swedish in message and english in message and "Målprofilen" in message


def test_missing_file(tmp_path):
    with pytest.raises(ProfileError, match="filen finns inte"):
        load_profile(tmp_path / "saknas.toml")


def test_bad_profile_stops_pytest_before_anything_starts(tmp_path):
    bad = _profile(tmp_path, MINIMAL + "[mial]\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/acceptance", *without_test_plugins(), "--target", str(bad), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert run.returncode == 4  # pytest's usage error: nothing ran
    assert "okänd nyckel 'mial'" in run.stderr and "Traceback" not in run.stderr


def test_unreachable_target_stops_the_run_in_swedish(tmp_path):
    profile = _profile(tmp_path, 'base_url = "http://127.0.0.1:9"\n')
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/acceptance",
            *without_test_plugins(),
            "--target",
            str(profile),
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert run.returncode == 3
    said = run.stdout + run.stderr
    assert "Målmiljön svarar inte: portalen på http://127.0.0.1:9 svarade inte" in said and "Traceback" not in said


def test_make_spec_passes_the_target_on_and_keeps_the_embedded_stack_by_default():
    with_target = subprocess.run(
        ["make", "-n", "spec", "TARGET=targets/exempel.toml"], cwd=ROOT, capture_output=True, text=True, timeout=60
    ).stdout
    default = subprocess.run(["make", "-n", "spec"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "--target targets/exempel.toml" in with_target and "målprofilen targets/exempel.toml" in with_target
    assert "--target" not in default and "den inbyggda referensmiljön" in default


def test_a_foreign_portal_profile_with_pages_texts_pools_and_provisioning(tmp_path):
    profile = load_profile(
        _profile(
            tmp_path,
            MINIMAL
            + (
                '[pages]\nlogin = "/kund/in"\nhelp = "https://hjalp.example.se/mina-sidor"\n'
                '[texts]\n"Du är nu utloggad." = "re:^Du har loggat ut"\n'
                '[provisioning]\ncommand = "testdata ny-kund"\n'
                '[[customers."privatkund utan e-postadress"]]\nkundnummer = "310001"\nname = "A"\n'
                '[[customers."privatkund utan e-postadress"]]\nkundnummer = "310002"\nname = "B"\n'
            ),
        )
    )
    assert profile.portal.pages == {
        "login": "https://staging.example.se/kund/in",
        "help": "https://hjalp.example.se/mina-sidor",
    }
    assert profile.portal.texts == {"Du är nu utloggad.": "re:^Du har loggat ut"} and not profile.portal.reference
    assert [c.kundnummer for c in profile.customers.known["privatkund utan e-postadress"]] == ["310001", "310002"]
    assert profile.customers.provisioning == {"command": "testdata ny-kund"}
    assert profile.customers.state_path == tmp_path / "mal.tillstand.json"


def test_scope_timeouts_and_the_invented_addresses_domain(tmp_path):
    profile = load_profile(
        _profile(
            tmp_path,
            MINIMAL
            + (
                '[scope]\nH3 = "BankID:s testmiljö kräver en människa"\n'
                "[timeouts]\naction = 30\nmail = 120.5\n"
                '[mail]\nkind = "mailpit"\napi_url = "http://m:8025"\ndomain = "Test.Kraftbolaget.example"\n'
            ),
        )
    )
    assert profile.scope.out == {"H3": "BankID:s testmiljö kräver en människa"}
    assert (profile.timeouts.action, profile.timeouts.navigation, profile.timeouts.mail) == (30, 10, 120.5)
    assert profile.mail.domain == "test.kraftbolaget.example"
    plain = load_profile(_profile(tmp_path, MINIMAL))
    assert plain.scope.out == {} and plain.mail.domain == "example.com" and plain.timeouts.mail == 20


# The secrets the foreign portal's example reads from the environment (a CI's secret store).
EXAMPLE_SECRETS = (
    "STAGING_LOSENORD",
    "STAGING_BYPASS_TOKEN",
    "MAILDEV_LOSENORD",
    "TESTKUND_PRIVAT_LOSENORD",
    "TESTKUND_FORETAG_LOSENORD",
)


@pytest.fixture
def example_secrets(monkeypatch):
    for number, name in enumerate(EXAMPLE_SECRETS):
        monkeypatch.setenv(name, f"hemlighet-{number}-for-test")


def test_the_foreign_portal_example_is_valid_with_valid_identity_numbers(example_secrets):
    from stdnum.se import orgnr, personnummer

    profile = load_profile(ROOT / "targets" / "annan-mina-sidor.toml")
    assert profile.warnings == ()  # no secret in plain text
    assert profile.portal.access.username == "qa-team" and profile.portal.access.password == "hemlighet-0-for-test"
    assert (
        profile.mail.access.password == "hemlighet-2-for-test"
        and profile.portal.consent_button == "Godkänn alla cookies"
    )
    assert (
        profile.customers.known["privatkund"][0].password == "hemlighet-3-for-test" and profile.privacy.mask_kundnummer
    )
    assert (
        not profile.portal.reference
        and profile.portal.pages["mina_sidor"].endswith("/kund/oversikt")
        and profile.portal.texts
    )
    for pool in profile.customers.known.values():
        for customer in pool:
            assert customer.personnummer is None or personnummer.is_valid(customer.personnummer), customer
            assert customer.orgnr is None or orgnr.is_valid(customer.orgnr), customer


def test_the_foreign_portal_examples_pools_prove_every_rule(example_secrets):
    """Its pools hold enough customers for a whole run on a target without test mode (no clock,
    no refusing mail server: those scenarios are skipped and use up nobody)."""
    from collections import Counter

    from pytest_bdd.feature import get_features

    from minasidor_spec.steps.customer_use import used_up_by

    profile = load_profile(ROOT / "targets" / "annan-mina-sidor.toml")
    needed: Counter = Counter()
    for feature in get_features([str(ROOT / "features")]):
        for scenario in feature.scenarios.values():
            if {"klocka", "epostfel"} & (scenario.tags | feature.tags):
                continue
            runs = sum(len(examples.examples) for examples in scenario.examples) or 1
            for step in scenario.steps:
                if (role := used_up_by(step.name, True)) is not None:
                    needed[role] += runs
    assert needed == {
        "privatkund utan e-postadress": 5,
        "företagskund utan e-postadress": 1,
        "kund med e-postadress utan lösenord": 6,
    }
    assert all(len(profile.customers.known[role]) >= count for role, count in needed.items()), needed
    assert profile.customers.known["privatkund"][0].email  # "en kund med registrerad e-postadress" uses up nobody


@pytest.mark.parametrize(
    ("bankid", "said"),
    [
        ('mode = "assisterad"\napp_url = "http://127.0.0.1:9"', "'bankid.app_url' hör till det falska BankID"),
        ('mode = "riktigt"', "'bankid.mode' ska vara en av falskt, assisterad"),
        ('mode = "falskt"', "nyckeln 'bankid.app_url' saknas"),
        ('mode = "assisterad"\ntimeout = 0', "'bankid.timeout' ska vara ett antal sekunder"),
    ],
)
def test_bad_bankid_modes_are_named(tmp_path, bankid, said):
    with pytest.raises(ProfileError, match=re.escape(said)):
        load_profile(_profile(tmp_path, MINIMAL + f"[bankid]\n{bankid}\n"))


def test_assisted_bankid_and_consent_and_privacy_are_read(tmp_path):
    profile = load_profile(
        _profile(
            tmp_path,
            MINIMAL + '[bankid]\nmode = "assisterad"\ntimeout = 90\n'
            '[consent]\nbutton = "Endast nödvändiga"\n[privacy]\nmask_kundnummer = true\n',
        )
    )
    assert (profile.bankid.mode, profile.timeouts.person, profile.bankid.app_url) == ("assisterad", 90.0, None)
    assert profile.portal.consent_button == "Endast nödvändiga" and profile.privacy.mask_kundnummer
    plain = load_profile(_profile(tmp_path, MINIMAL))
    assert (
        plain.bankid.mode is None
        and plain.portal.consent_button is None
        and not plain.privacy.mask_kundnummer
        and not plain.portal.access
    )


def test_quarantine_entries_need_a_reason_and_an_end_date_and_stop_the_run_when_expired(tmp_path):
    entry = '[[quarantine]]\nscenario = "Jag loggar ut via mitt namn uppe i högra hörnet"\nreason = "bugg 4711"\n'
    profile = load_profile(_profile(tmp_path, MINIMAL + entry + "until = 2099-12-31\n"))
    assert profile.scope.quarantine == {
        "Jag loggar ut via mitt namn uppe i högra hörnet": {"reason": "bugg 4711", "until": "2099-12-31"}
    }
    with pytest.raises(ProfileError, match="karantänen för 'Jag loggar ut.*' gick ut 2020-01-31"):
        load_profile(_profile(tmp_path, MINIMAL + entry + "until = 2020-01-31\n"))
    with pytest.raises(ProfileError, match=r"'quarantine\[0\].until' ska vara ett datum"):
        load_profile(_profile(tmp_path, MINIMAL + entry + 'until = "snart"\n'))
    with pytest.raises(ProfileError, match=r"nyckeln 'quarantine\[0\].reason' saknas"):
        load_profile(_profile(tmp_path, MINIMAL + '[[quarantine]]\nscenario = "X"\nuntil = 2099-12-31\n'))
