"""The single-page portal (tests/spa_portal) as a QA engineer would meet it: our mail catcher
in Mailpit's dialect and our fake BankID (test mode) beside it, and a target profile that knows
what a profile can know (its address, part of its wording, its test customers in pools)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from reference_app.processes import free_port
from reference_app.serving import BANKID_READY, MAIL_API_READY

from .children import started
from .other_stack import customer_tables, orgnr_of, personnummer_of, staging_env, staging_lines, toml_string

# The portal's own wording where a QA engineer mapped it; the rest is left unmapped.
TEXTS = {
    "Fel kundnummer eller lösenord. Kontrollera uppgifterna och försök igen.": "Kundnumret eller lösenordet stämmer inte.",
    "Du är nu utloggad.": "Du är utloggad.",
    "Din e-postadress är registrerad för Mina sidor": "Välkommen till Mina sidor",
    "Välj lösenord för Mina sidor": "Ditt lösenord till Mina sidor",
    "Logga in med Mobilt BankID": "Logga in med BankID",
    "Försök igen": "Försök igen",
}
POOL = 8
# A local catcher has a mail within a second: five is the limit a QA engineer would set for it.
TIMEOUTS = "\n[timeouts]\nmail = 5\n"


def customers() -> dict[str, list[dict]]:
    """Its customers by the roles the scenarios ask for (kundnummer of seven digits)."""
    return {
        "privatkund": [
            {
                "kundnummer": "7000001",
                "name": "Tolvan Tolvansson",
                "personnummer": "191212121212",
                "email": "tolvan@norrsken.example",
                "password": "Norrsken-Ljus-2026",
            }
        ],
        "företagskund": [
            {
                "kundnummer": "8000001",
                "name": "Älvdalens Trä AB",
                "orgnr": orgnr_of(7),
                "email": "ekonomi@alvdalen.example",
                "password": "Timmer-Flotte-1998",
            }
        ],
        "privatkund som får spärras": [
            {
                "kundnummer": "7000002",
                "name": "Elsa Ekström",
                "personnummer": "198112189876",
                "email": "elsa@norrsken.example",
                "password": "Vinter-Morgon-2026",
            }
        ],
        "privatkund utan e-postadress": [
            {"kundnummer": f"71{n:05d}", "name": f"Kund {n} Utan E-post", "personnummer": personnummer_of(200 + n)}
            for n in range(1, POOL + 1)
        ],
        "företagskund utan e-postadress": [
            {"kundnummer": f"81{n:05d}", "name": f"Firma {n} AB", "orgnr": orgnr_of(300 + n)}
            for n in range(1, POOL + 1)
        ],
        "kund med e-postadress utan lösenord": [
            {
                "kundnummer": f"72{n:05d}",
                "name": f"Kund {n} Med E-post",
                "personnummer": personnummer_of(400 + n),
                "email": f"kund-72{n:05d}@norrsken.example",
            }
            for n in range(1, POOL + 1)
        ],
    }


def profile_text(portal: str, mail_api: str, bankid: str, pool: int = POOL, staging: bool = False) -> str:
    lines = [
        'name = "Ensidesportal (tests/spa_portal)"',
        f"base_url = {toml_string(portal)}",
        *staging_lines(staging),
        TIMEOUTS,
        "[mail]",
        'kind = "mailpit"',
        f"api_url = {toml_string(mail_api)}",
        "",
        "[bankid]",
        f"app_url = {toml_string(bankid)}",
        "",
        "[texts]",
    ]
    lines += [f"{toml_string(ours)} = {toml_string(theirs)}" for ours, theirs in TEXTS.items()]
    return "\n".join(lines + customer_tables(customers(), pool)) + "\n"


@dataclass
class SpaServices:
    """Our mail catcher (no test mode: it cannot be told to refuse mail) and our fake BankID."""

    smtp: int
    mail_api: str
    bankid: str


@dataclass
class SpaStack:
    portal_url: str
    profile: Path


@contextmanager
def spa_services(folder: Path) -> Iterator[SpaServices]:
    smtp, web = free_port(), free_port()
    with ExitStack() as running:
        mail_api = running.enter_context(
            started(
                [
                    sys.executable,
                    "-m",
                    "reference_app",
                    "serve",
                    "mail",
                    "--smtp-port",
                    str(smtp),
                    "--mail-port",
                    str(web),
                    "--data-dir",
                    str(folder / "post"),
                ],
                MAIL_API_READY,
            )
        ).rstrip("/")
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
        yield SpaServices(smtp, mail_api, bankid)


@contextmanager
def spa_stack(
    folder: Path, around: SpaServices, deviations: str = "", pool: int = POOL, staging: bool = False, variants: str = ""
) -> Iterator[SpaStack]:
    """The single-page portal (breaking the rules in `deviations`, "H7" or "H1,H9"; its elements
    rendered as `variants` say, "undermeny=rubrik,qr=img"; behind basic auth and a cookie banner
    when `staging`) and a profile with `pool` customers of each role that scenarios use up."""
    folder.mkdir(parents=True, exist_ok=True)
    seeded = folder / "kunder.json"
    seeded.write_text(
        json.dumps([c for pool in customers().values() for c in pool], ensure_ascii=False), encoding="utf-8"
    )
    command = [
        sys.executable,
        "-m",
        "tests.spa_portal",
        "--smtp",
        f"127.0.0.1:{around.smtp}",
        "--bankid-api",
        f"{around.bankid}/rp/v6.0",
        "--customers",
        str(seeded),
    ]
    with started(
        command,
        "Ensidesportal: ",
        env={"SPA_PORTAL_DEVIATION": deviations, "SPA_PORTAL_VARIANT": variants, **staging_env(staging)},
    ) as portal:
        profile = folder / "ensidesportal.toml"
        profile.write_text(profile_text(portal, around.mail_api, around.bankid, pool, staging), encoding="utf-8")
        yield SpaStack(portal, profile)
