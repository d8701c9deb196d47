"""The other portal (tests/other_portal) as a QA engineer would meet a foreign deployment: with
a real MailDev as its mail catcher and our fake BankID (test mode) as its BankID, and a target
profile that knows only what a profile can know (addresses, part of its wording, its test
customers in pools)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from stdnum import luhn

from reference_app.serving import BANKID_READY

from .children import started
from .maildev import running_maildev

# The other portal's own wording for what the features quote in the reference wording: a
# part of it, as a QA engineer would map it; the rest stays unmapped ("not checked").
TEXTS = {
    "Fel kundnummer eller lösenord. Kontrollera uppgifterna och försök igen.": "Inloggningen misslyckades",
    "Du är nu utloggad.": "Du har loggat ut.",
    "Logga in för att se Mina sidor.": "Du måste logga in först.",
    "Vi har skickat ett e-postmeddelande till [min e-postadress].": "Ett bekräftelsemejl har skickats till",
    "Din e-postadress är registrerad för Mina sidor": "Bekräftelse: din e-post för Mina sidor",
    "Välj lösenord för Mina sidor": "Länk för att välja lösenord",
    "Inloggningen avbröts.": "Inloggningen avbröts.",
    "Starta BankID-appen.": "re:^Starta BankID-appen",
    "Logga in med Mobilt BankID": "Starta BankID",
    "Organisationsnumret stämmer inte. Kontrollera siffrorna (16XXXXXX-XXXX).": "Kontrollsiffran i organisationsnumret stämmer inte.",
    "Kundnummer får bara innehålla siffror. Företag skriver 16 och organisationsnumret.": "Kundnumret får bara innehålla siffror.",
    "Du kan inte byta till en annan e-postadress här eftersom du redan har en registrerad i vårt system. För att byta e-postadress ring kundservice på 0771-12 34 56.": "Det finns redan en registrerad e-postadress",
    "Länken för att välja lösenord har gått ut eller har redan använts. Varje länk går att använda en gång och gäller en begränsad tid.": "Länken fungerar inte längre.",
    "Ditt lösenord är sparat. Logga in med ditt kundnummer och det nya lösenordet.": "Lösenordet är sparat.",
}
POOL = 8
# A staging site's gate (tests/other_portal/staging.py): basic auth, its password from the environment
# (as a CI's secret store gives it), and a cookie banner the profile names the button of.
STAGING_USER, STAGING_PASSWORD, STAGING_SECRET = "qa-team", "Grind-Staging-7291", "MINASIDOR_STAGING_LOSENORD"
CONSENT_BUTTON = "Godkänn alla cookies"


def staging_env(staging: bool) -> dict[str, str]:
    """The portal's environment: behind basic auth and a cookie banner, or open."""
    return (
        {"PORTAL_BASIC_AUTH": f"{STAGING_USER}:{STAGING_PASSWORD}", "PORTAL_CONSENT": "1"}
        if staging
        else {"PORTAL_BASIC_AUTH": "", "PORTAL_CONSENT": ""}
    )


def staging_lines(staging: bool) -> list[str]:
    """A profile's [access] and [consent] for such a portal, the password not in the file."""
    if not staging:
        return []
    return [
        "",
        "[access.basic_auth]",
        f"username = {toml_string(STAGING_USER)}",
        f"password = {{ env = {toml_string(STAGING_SECRET)} }}",
        "",
        "[consent]",
        f"button = {toml_string(CONSENT_BUTTON)}",
        "",
    ]


def personnummer_of(day: int) -> str:
    born = date(1970, 1, 1) + timedelta(days=day * 37)
    body = born.strftime("%y%m%d") + f"{(day * 7) % 1000:03d}"
    return born.strftime("%Y%m%d") + f"{(day * 7) % 1000:03d}" + luhn.calc_check_digit(body)


def orgnr_of(serial: int) -> str:
    body = f"5567{serial:05d}"
    return body + luhn.calc_check_digit(body)


def customers() -> dict[str, list[dict]]:
    """The other portal's customers, by the roles the scenarios ask for."""
    return {
        "privatkund": [
            {
                "kundnummer": "300001",
                "name": "Tolvan Tolvansson",
                "personnummer": "191212121212",
                "email": "tolvan@kraftbolaget.example",
                "password": "Sommarregn-Ek-21",
            }
        ],
        "företagskund": [
            {
                "kundnummer": "400001",
                "name": "Ekbacken Snickeri AB",
                "orgnr": orgnr_of(1),
                "email": "ekonomi@ekbacken.example",
                "password": "Hyvelspan-Ask-88",
            }
        ],
        "privatkund som får spärras": [
            {
                "kundnummer": "300002",
                "name": "Elsa Ekström",
                "personnummer": "198112189876",
                "email": "elsa@kraftbolaget.example",
                "password": "Morgondagg-Lind-45",
            }
        ],
        "privatkund utan e-postadress": [
            {"kundnummer": f"31{n:04d}", "name": f"Kund {n} Utan E-post", "personnummer": personnummer_of(n)}
            for n in range(1, POOL + 1)
        ],
        "företagskund utan e-postadress": [
            {"kundnummer": f"41{n:04d}", "name": f"Bolag {n} AB", "orgnr": orgnr_of(100 + n)}
            for n in range(1, POOL + 1)
        ],
        "kund med e-postadress utan lösenord": [
            {
                "kundnummer": f"32{n:04d}",
                "name": f"Kund {n} Med E-post",
                "personnummer": personnummer_of(100 + n),
                "email": f"kund-32{n:04d}@kraftbolaget.example",
            }
            for n in range(1, POOL + 1)
        ],
    }


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def profile_text(portal: str, mail_api: str, bankid: str, staging: bool = False) -> str:
    lines = [
        'name = "Annan portal (tests/other_portal)"',
        f"base_url = {toml_string(portal)}",
        *staging_lines(staging),
        "[timeouts]",
        "mail = 5  # its MailDev has a mail within a second",
        "",
        "[mail]",
        'kind = "maildev"',
        f"api_url = {toml_string(mail_api)}",
        "",
        "[bankid]",
        f"app_url = {toml_string(bankid)}",
        "",
        "[texts]",
    ]
    lines += [f"{toml_string(ours)} = {toml_string(theirs)}" for ours, theirs in TEXTS.items()]
    return "\n".join(lines + customer_tables(customers())) + "\n"


def customer_tables(pools: dict[str, list[dict]], pool: int | None = None) -> list[str]:
    """A profile's [[customers."role"]] tables, at most `pool` of each role."""
    lines = []
    for role, everyone in pools.items():
        for customer in everyone[:pool]:
            lines += ["", f"[[customers.{toml_string(role)}]]"]
            lines += [f"{key} = {toml_string(value)}" for key, value in customer.items()]
    return lines


@dataclass
class OtherStack:
    portal_url: str
    profile: Path


@dataclass
class Services:
    """What the other portal uses and does not own: a MailDev and our fake BankID."""

    mail: dict
    bankid: str


@contextmanager
def services(folder: Path) -> Iterator[Services]:
    with ExitStack() as running:
        mail = running.enter_context(running_maildev())
        bankid = running.enter_context(
            started(
                [
                    sys.executable,
                    "-m",
                    "reference_app",
                    "serve",
                    "bankid",
                    "--test-mode",
                    "--bankid-port",
                    "0",
                    "--data-dir",
                    str(folder / "bankid"),
                ],
                BANKID_READY,
            )
        ).rstrip("/")
        yield Services(mail, bankid)


@contextmanager
def other_stack(folder: Path, around: Services, deviation: str = "", staging: bool = False) -> Iterator[OtherStack]:
    """The other portal (with `deviation`; behind basic auth and a cookie banner when `staging`)
    on `around`, and a profile for it."""
    folder.mkdir(parents=True, exist_ok=True)
    seeded = folder / "kunder.json"
    seeded.write_text(
        json.dumps([c for pool in customers().values() for c in pool], ensure_ascii=False), encoding="utf-8"
    )
    command = [
        sys.executable,
        "-m",
        "tests.other_portal",
        "--smtp",
        f"127.0.0.1:{around.mail['smtp']}",
        "--bankid-api",
        f"{around.bankid}/rp/v6.0",
        "--customers",
        str(seeded),
    ]
    with started(
        command, "Annan portal: ", env={"OTHER_PORTAL_DEVIATION": deviation, **staging_env(staging)}
    ) as portal:
        profile = folder / "annan-portal.toml"
        profile.write_text(profile_text(portal, around.mail["api"], around.bankid, staging), encoding="utf-8")
        yield OtherStack(portal, profile)
