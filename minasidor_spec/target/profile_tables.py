"""Reading a profile's tables ([customers], [pages], [texts], [provisioning], [scope],
[timeouts], [mail], [consent], [privacy], [bankid], [[quarantine]]), each checked strictly."""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from minasidor_spec.common.rules import RULES
from minasidor_spec.common.settings import Timeouts
from minasidor_spec.pages.site import PAGES
from minasidor_spec.target import profile_values as check
from minasidor_spec.target.access import Access
from minasidor_spec.target.customers import FIELDS, REQUIRED_FIELDS, ROLES, KnownCustomer
from minasidor_spec.target.deployment import ASSISTED, BANKID_MODES, DEFAULT_MAIL_DOMAIN, FAKE
from minasidor_spec.target.profile_values import ProfileError
from minasidor_spec.target.secrets import SECRET_FIELDS, SecretError, is_reference, resolve

QUARANTINE_KEYS = {"scenario", "reason", "until"}
PROVISIONING_KEYS = {"command", "url", "access"}
CONSENT_KEYS = {"button"}
PRIVACY_KEYS = {"mask_kundnummer"}


def customers(path: Path, role: str, records: object) -> list[KnownCustomer]:
    """[customers."role"] (one customer) or [[customers."role"]] (a pool of them)."""
    if role not in ROLES:
        known = ", ".join(repr(r) for r in ROLES)
        raise ProfileError(
            path,
            f"okänd kundroll {role!r} (scenarierna använder {known})",
            f"unknown customer role {role!r} (the scenarios use {known})",
        )
    where = f"customers.{role}" if re.fullmatch(r"[A-Za-z0-9_-]+", role) else f'customers."{role}"'
    if isinstance(records, list):
        return [customer(path, role, record, f"{where}[{index}]") for index, record in enumerate(records)]
    return [customer(path, role, records, where)]


def customer(path: Path, role: str, record: object, where: str) -> KnownCustomer:
    if not isinstance(record, dict):
        raise ProfileError(path, f"{where} ska vara en tabell", f"{where} must be a table")
    check.unknown(path, record, set(FIELDS), f"{where}.")
    for key in REQUIRED_FIELDS:
        if key not in record:
            raise ProfileError(path, f"nyckeln '{where}.{key}' saknas", f"key '{where}.{key}' is missing")
    try:
        record = {
            key: resolve(value, f"{where}.{key}", path, secret=key in SECRET_FIELDS) for key, value in record.items()
        }
    except SecretError as error:
        raise ProfileError(path, error.swedish, error.english) from None
    check.strings(path, record, where)
    for key, digits in (("personnummer", 12), ("orgnr", 10)):
        if key in record and not (record[key].isdigit() and len(record[key]) == digits):
            raise ProfileError(
                path,
                f"'{where}.{key}' ska vara {digits} siffror utan bindestreck",
                f"'{where}.{key}' must be {digits} digits without a dash",
            )
    return KnownCustomer.from_record(role, record)


def pages(path: Path, data: dict, base_url: str) -> dict[str, str]:
    """[pages]: addresses, absolute or relative to base_url."""
    pages = check.strings(path, check.table(path, data, "pages"), "pages", PAGES)
    return {name: urllib.parse.urljoin(base_url + "/", url) for name, url in pages.items()}


def texts(path: Path, data: dict) -> dict[str, str]:
    texts = check.strings(path, check.table(path, data, "texts"), "texts")
    for wording, target in texts.items():
        if target.startswith("re:"):
            try:
                re.compile(target[3:])
            except re.error as error:
                raise ProfileError(
                    path,
                    f"'texts.\"{wording}\"' är inget giltigt reguljärt uttryck: {error}",
                    f"'texts.\"{wording}\"' is not a valid regular expression: {error}",
                ) from None
    return texts


def provisioning(path: Path, data: dict) -> dict[str, str]:
    provisioning = {key: value for key, value in check.table(path, data, "provisioning").items() if key != "access"}
    check.unknown(path, provisioning, PROVISIONING_KEYS, "provisioning.")
    if len(provisioning) > 1:
        raise ProfileError(
            path,
            "ange antingen 'provisioning.command' eller 'provisioning.url', inte båda",
            "give either 'provisioning.command' or 'provisioning.url', not both",
        )
    if "url" in provisioning:
        check.url(path, provisioning, "url", "provisioning.")
    return check.strings(path, provisioning, "provisioning")


def scope(path: Path, data: dict) -> dict[str, str]:
    """[scope]: rules this target cannot be held to, each with the reason the report shows."""
    scope = check.strings(path, check.table(path, data, "scope"), "scope", tuple(RULES))
    return {rule: reason.strip() for rule, reason in scope.items()}


def timeouts(path: Path, data: dict) -> Timeouts:
    """[timeouts]: seconds to wait per action, page load and mail on this target."""
    table = check.table(path, data, "timeouts")
    check.unknown(path, table, {"action", "navigation", "mail"}, "timeouts.")
    return Timeouts(**{key: check.seconds(path, value, f"timeouts.{key}") for key, value in table.items()})


DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.I)


def mail_domain(path: Path, mail: dict) -> str:
    domain = mail.get("domain", DEFAULT_MAIL_DOMAIN)
    if not isinstance(domain, str) or not DOMAIN.fullmatch(domain):
        raise ProfileError(
            path,
            f"'mail.domain' ska vara ett domännamn, till exempel example.com (fick {domain!r})",
            f"'mail.domain' must be a domain name such as example.com (got {domain!r})",
        )
    return domain.lower()


def with_token(path: Path, access: Access, mail: dict) -> Access:
    """[mail] token: a bearer token for the mail catcher's API (Mailpit's, a gateway's), sent as
    "Authorization: Bearer ..." to that API only; best read from the environment."""
    if "token" not in mail:
        return access
    try:
        token = resolve(mail["token"], "mail.token", path, True)
    except SecretError as error:
        raise ProfileError(path, error.swedish, error.english) from None
    if not isinstance(token, str) or not token:
        raise ProfileError(
            path,
            "'mail.token' ska vara en text (helst { env = \"NAMN\" })",
            "'mail.token' must be a string (best { env = \"NAME\" })",
        )
    return replace(access, headers={**access.headers, "Authorization": f"Bearer {token}"})


def consent(path: Path, data: dict) -> str | None:
    """[consent] button: what a customer clicks on the site's cookie banner."""
    consent = check.strings(path, check.table(path, data, "consent"), "consent", tuple(CONSENT_KEYS))
    return consent.get("button", "").strip() or None


def privacy(path: Path, data: dict) -> bool:
    privacy = check.table(path, data, "privacy")
    check.unknown(path, privacy, PRIVACY_KEYS, "privacy.")
    mask = privacy.get("mask_kundnummer", False)
    if not isinstance(mask, bool):
        raise ProfileError(
            path,
            "'privacy.mask_kundnummer' ska vara true eller false",
            "'privacy.mask_kundnummer' must be true or false",
        )
    return mask


def bankid(path: Path, bankid: dict) -> tuple[str | None, float]:
    """[bankid]: the mode ("falskt": our fake at app_url; "assisterad": BankID's own test
    environment, a person with a test BankID scans) and how long a person gets."""
    mode = bankid.get("mode", FAKE if "app_url" in bankid else None)
    if mode is not None and mode not in BANKID_MODES:
        raise ProfileError(
            path,
            f"'bankid.mode' ska vara en av {', '.join(BANKID_MODES)} (fick {mode!r})",
            f"'bankid.mode' must be one of {', '.join(BANKID_MODES)} (got {mode!r})",
        )
    if mode == ASSISTED and "app_url" in bankid:
        raise ProfileError(
            path,
            "'bankid.app_url' hör till det falska BankID; ta bort den när mode = \"assisterad\"",
            "'bankid.app_url' belongs to the fake BankID; remove it with mode = \"assisterad\"",
        )
    if mode == FAKE and "app_url" not in bankid:
        raise ProfileError(path, "nyckeln 'bankid.app_url' saknas", "key 'bankid.app_url' is missing")
    return mode, check.seconds(path, bankid.get("timeout", Timeouts.person), "bankid.timeout")


def quarantine(path: Path, data: dict, today: date | None = None) -> dict[str, dict]:
    """[[quarantine]]: scenarios that run and are reported but never fail the run, each with a
    reason and an end date; an entry past its date stops the run here."""
    entries = data.get("quarantine", [])
    if not isinstance(entries, list):
        raise ProfileError(
            path, "'quarantine' ska vara en lista av tabeller ([[quarantine]])", "'quarantine' must be [[quarantine]]"
        )
    today = today or date.today()
    found = {}
    for index, entry in enumerate(entries):
        where = f"quarantine[{index}]"
        if not isinstance(entry, dict):
            raise ProfileError(path, f"{where} ska vara en tabell", f"{where} must be a table")
        check.unknown(path, entry, QUARANTINE_KEYS, f"{where}.")
        for key in QUARANTINE_KEYS:
            if key not in entry:
                raise ProfileError(path, f"nyckeln '{where}.{key}' saknas", f"key '{where}.{key}' is missing")
        check.strings(path, {k: entry[k] for k in ("scenario", "reason")}, where)
        until = entry["until"]
        if isinstance(until, datetime) or not isinstance(until, date):
            raise ProfileError(
                path,
                f"'{where}.until' ska vara ett datum, till exempel 2027-01-31 (fick {until!r})",
                f"'{where}.until' must be a date such as 2027-01-31 (got {until!r})",
            )
        if until < today:
            raise ProfileError(
                path,
                f"karantänen för {entry['scenario']!r} gick ut {until.isoformat()}: rätta felet och ta bort "
                "posten, eller ge den ett nytt slutdatum med ett skäl",
                f"the quarantine of {entry['scenario']!r} ended on {until.isoformat()}: fix it and remove the "
                "entry, or give it a new end date and reason",
            )
        found[entry["scenario"].strip()] = {"reason": entry["reason"].strip(), "until": until.isoformat()}
    return found


def plain_secrets(data: dict) -> list[str]:
    """The profile keys that hold a secret in plain text."""
    found = []
    for role, records in (data.get("customers") or {}).items():
        for index, record in enumerate(records if isinstance(records, list) else [records]):
            if isinstance(record, dict) and isinstance(record.get("password"), str):
                found.append(f'customers."{role}"' + (f"[{index}]" if isinstance(records, list) else "") + ".password")
    for where, table in (
        ("access", data.get("access")),
        ("mail.access", (data.get("mail") or {}).get("access")),
        ("provisioning.access", (data.get("provisioning") or {}).get("access")),
        ("bankid.access", (data.get("bankid") or {}).get("access")),
    ):
        if not isinstance(table, dict):
            continue
        for key, inner in (("basic_auth", "password"), ("proxy", "password"), ("client_certificate", "passphrase")):
            if isinstance(table.get(key), dict) and isinstance(table[key].get(inner), str):
                found.append(f"{where}.{key}.{inner}")
        found += [
            f"{where}.headers.{name}"
            for name, value in (table.get("headers") or {}).items()
            if isinstance(value, str) and not is_reference(value)
        ]
    token = (data.get("mail") or {}).get("token")
    if isinstance(token, str) and not is_reference(token):
        found.append("mail.token")
    return found
