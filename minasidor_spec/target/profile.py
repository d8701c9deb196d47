"""Target profiles: a TOML file that points the features at a deployment (see
targets/exempel.toml). Read once, checked strictly: a bad profile stops the run before any
browser starts, with a message in Swedish and English naming the key."""

from __future__ import annotations

import re
import tomllib
import urllib.parse
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from minasidor_spec.clients.mailboxes import KINDS
from minasidor_spec.common.rules import RULES
from minasidor_spec.pages.site import PAGES
from minasidor_spec.target.access import Access, AccessError, read_access
from minasidor_spec.target.customers import FIELDS, REQUIRED_FIELDS, ROLES, KnownCustomer
from minasidor_spec.target.deployment import (
    ASSISTED,
    BANKID_MODES,
    DEFAULT_MAIL_DOMAIN,
    DEFAULT_PERSON_SECONDS,
    FAKE,
    Target,
    Timeouts,
)
from minasidor_spec.target.secrets import SECRET_FIELDS, SecretError, is_reference, plain_text_warning, resolve

TOP_KEYS = {
    "name",
    "base_url",
    "reference_portal",
    "mail",
    "bankid",
    "pages",
    "texts",
    "customers",
    "provisioning",
    "scope",
    "timeouts",
    "access",
    "consent",
    "privacy",
    "quarantine",
}
QUARANTINE_KEYS = {"scenario", "reason", "until"}
MAIL_KEYS = {"kind", "api_url", "domain", "access", "token"}
BANKID_KEYS = {"app_url", "mode", "timeout", "access"}
PROVISIONING_KEYS = {"command", "url", "access"}
CONSENT_KEYS = {"button"}
PRIVACY_KEYS = {"mask_kundnummer"}


class ProfileError(Exception):
    def __init__(self, path: Path, swedish: str, english: str):
        super().__init__(f"Målprofilen {path}: {swedish}\nTarget profile {path}: {english}")


def _unknown(path: Path, table: dict, allowed: set[str], where: str = "") -> None:
    for key in table:
        if key not in allowed:
            name = f"{where}{key}"
            known = ", ".join(sorted(allowed))
            raise ProfileError(
                path, f"okänd nyckel '{name}' (tillåtna: {known})", f"unknown key '{name}' (allowed: {known})"
            )


def _url(path: Path, table: dict, key: str, where: str = "", required: bool = False) -> str | None:
    value = table.get(key)
    name = f"{where}{key}"
    if value is None:
        if required:
            raise ProfileError(path, f"nyckeln {name!r} saknas", f"key {name!r} is missing")
        return None
    parts = urllib.parse.urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ProfileError(
            path,
            f"{name!r} ska vara en adress som börjar med http:// eller https:// (fick {value!r})",
            f"{name!r} must be an http:// or https:// URL (got {value!r})",
        )
    return value.rstrip("/")


def _table(path: Path, data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ProfileError(path, f"{key!r} ska vara en tabell ([{key}])", f"{key!r} must be a table ([{key}])")
    return value


def _customers(path: Path, role: str, records: object) -> list[KnownCustomer]:
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
        return [_customer(path, role, record, f"{where}[{index}]") for index, record in enumerate(records)]
    return [_customer(path, role, records, where)]


def _customer(path: Path, role: str, record: object, where: str) -> KnownCustomer:
    if not isinstance(record, dict):
        raise ProfileError(path, f"{where} ska vara en tabell", f"{where} must be a table")
    _unknown(path, record, set(FIELDS), f"{where}.")
    for key in REQUIRED_FIELDS:
        if key not in record:
            raise ProfileError(path, f"nyckeln '{where}.{key}' saknas", f"key '{where}.{key}' is missing")
    try:
        record = {
            key: resolve(value, f"{where}.{key}", path, secret=key in SECRET_FIELDS) for key, value in record.items()
        }
    except SecretError as error:
        raise ProfileError(path, error.swedish, error.english) from None
    _strings(path, record, where)
    for key, digits in (("personnummer", 12), ("orgnr", 10)):
        if key in record and not (record[key].isdigit() and len(record[key]) == digits):
            raise ProfileError(
                path,
                f"'{where}.{key}' ska vara {digits} siffror utan bindestreck",
                f"'{where}.{key}' must be {digits} digits without a dash",
            )
    return KnownCustomer.from_record(role, record)


def _strings(path: Path, table: dict, where: str, keys: tuple[str, ...] | None = None) -> dict[str, str]:
    for key, value in table.items():
        if keys is not None and key not in keys:
            known = ", ".join(keys)
            raise ProfileError(
                path,
                f"okänd nyckel '{where}.{key}' (tillåtna: {known})",
                f"unknown key '{where}.{key}' (allowed: {known})",
            )
        if not isinstance(value, str) or not value.strip():
            raise ProfileError(
                path, f"'{where}.{key}' ska vara en text som inte är tom", f"'{where}.{key}' must be a non-empty string"
            )
    return dict(table)


def _pages(path: Path, data: dict, base_url: str) -> dict[str, str]:
    """[pages]: addresses, absolute or relative to base_url."""
    pages = _strings(path, _table(path, data, "pages"), "pages", PAGES)
    return {name: urllib.parse.urljoin(base_url + "/", url) for name, url in pages.items()}


def _texts(path: Path, data: dict) -> dict[str, str]:
    texts = _strings(path, _table(path, data, "texts"), "texts")
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


def _provisioning(path: Path, data: dict) -> dict[str, str]:
    provisioning = {key: value for key, value in _table(path, data, "provisioning").items() if key != "access"}
    _unknown(path, provisioning, PROVISIONING_KEYS, "provisioning.")
    if len(provisioning) > 1:
        raise ProfileError(
            path,
            "ange antingen 'provisioning.command' eller 'provisioning.url', inte båda",
            "give either 'provisioning.command' or 'provisioning.url', not both",
        )
    if "url" in provisioning:
        _url(path, provisioning, "url", "provisioning.")
    return _strings(path, provisioning, "provisioning")


def _scope(path: Path, data: dict) -> dict[str, str]:
    """[scope]: rules this target cannot be held to, each with the reason the report shows."""
    scope = _strings(path, _table(path, data, "scope"), "scope", tuple(RULES))
    return {rule: reason.strip() for rule, reason in scope.items()}


MAX_TIMEOUT_SECONDS = 600


def _timeouts(path: Path, data: dict) -> Timeouts:
    """[timeouts]: seconds to wait per action, page load and mail on this target."""
    table = _table(path, data, "timeouts")
    _unknown(path, table, {"action", "navigation", "mail"}, "timeouts.")
    for key, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_TIMEOUT_SECONDS:
            raise ProfileError(
                path,
                f"'timeouts.{key}' ska vara ett antal sekunder, större än 0 och högst "
                f"{MAX_TIMEOUT_SECONDS} (fick {value!r})",
                f"'timeouts.{key}' must be a number of seconds above 0, at most {MAX_TIMEOUT_SECONDS} (got {value!r})",
            )
    return Timeouts(**{key: float(value) for key, value in table.items()})


DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.I)


def _mail_domain(path: Path, mail: dict) -> str:
    domain = mail.get("domain", DEFAULT_MAIL_DOMAIN)
    if not isinstance(domain, str) or not DOMAIN.fullmatch(domain):
        raise ProfileError(
            path,
            f"'mail.domain' ska vara ett domännamn, till exempel example.com (fick {domain!r})",
            f"'mail.domain' must be a domain name such as example.com (got {domain!r})",
        )
    return domain.lower()


def _access(path: Path, table: object, where: str) -> Access:
    try:
        return read_access(table, where, path)
    except AccessError as error:
        raise ProfileError(path, error.swedish, error.english) from None


def _with_token(path: Path, access: Access, mail: dict) -> Access:
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


def _consent(path: Path, data: dict) -> str | None:
    """[consent] button: what a customer clicks on the site's cookie banner."""
    consent = _strings(path, _table(path, data, "consent"), "consent", tuple(CONSENT_KEYS))
    return consent.get("button", "").strip() or None


def _privacy(path: Path, data: dict) -> bool:
    privacy = _table(path, data, "privacy")
    _unknown(path, privacy, PRIVACY_KEYS, "privacy.")
    mask = privacy.get("mask_kundnummer", False)
    if not isinstance(mask, bool):
        raise ProfileError(
            path,
            "'privacy.mask_kundnummer' ska vara true eller false",
            "'privacy.mask_kundnummer' must be true or false",
        )
    return mask


def _bankid(path: Path, bankid: dict) -> tuple[str | None, float]:
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
    seconds = bankid.get("timeout", DEFAULT_PERSON_SECONDS)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 < seconds <= MAX_TIMEOUT_SECONDS:
        raise ProfileError(
            path,
            f"'bankid.timeout' ska vara ett antal sekunder, högst {MAX_TIMEOUT_SECONDS} (fick {seconds!r})",
            f"'bankid.timeout' must be a number of seconds, at most {MAX_TIMEOUT_SECONDS} (got {seconds!r})",
        )
    return mode, float(seconds)


def _quarantine(path: Path, data: dict, today: date | None = None) -> dict[str, dict]:
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
        _unknown(path, entry, QUARANTINE_KEYS, f"{where}.")
        for key in QUARANTINE_KEYS:
            if key not in entry:
                raise ProfileError(path, f"nyckeln '{where}.{key}' saknas", f"key '{where}.{key}' is missing")
        _strings(path, {k: entry[k] for k in ("scenario", "reason")}, where)
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


def _plain_secrets(data: dict) -> list[str]:
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


def load_profile(path: str | Path) -> Target:
    """The deployment a profile describes; its customers are only those it lists."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(path, "filen finns inte", "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, f"ogiltig TOML: {error}", f"invalid TOML: {error}") from None
    _unknown(path, data, TOP_KEYS)
    base_url = _url(path, data, "base_url", required=True)
    mail = _table(path, data, "mail")
    _unknown(path, mail, MAIL_KEYS, "mail.")
    kind = mail.get("kind")
    if set(mail) - {"domain", "access", "token"} and kind not in KINDS:
        raise ProfileError(
            path,
            f"'mail.kind' ska vara en av {', '.join(KINDS)} (fick {kind!r})",
            f"'mail.kind' must be one of {', '.join(KINDS)} (got {kind!r})",
        )
    bankid = _table(path, data, "bankid")
    _unknown(path, bankid, BANKID_KEYS, "bankid.")
    bankid_mode, person_seconds = _bankid(path, bankid)
    customers = _table(path, data, "customers")
    reference = data.get("reference_portal", False)
    if not isinstance(reference, bool):
        raise ProfileError(
            path, "'reference_portal' ska vara true eller false", "'reference_portal' must be true or false"
        )
    return Target(
        portal_url=base_url,
        mail_api_url=_url(path, mail, "api_url", "mail.", required=bool(set(mail) - {"domain", "access", "token"})),
        bankid_url=_url(path, bankid, "app_url", "bankid.", required=bankid_mode == FAKE),
        mail_kind=kind or "embedded",
        customers={role: _customers(path, role, records) for role, records in customers.items()},
        name=str(data.get("name") or path.stem),
        pages=_pages(path, data, base_url),
        texts=_texts(path, data),
        reference=reference,
        provisioning=_provisioning(path, data),
        state_path=path.with_name(path.stem + ".tillstand.json"),
        scope=_scope(path, data),
        timeouts=_timeouts(path, data),
        mail_domain=_mail_domain(path, mail),
        access=_access(path, data.get("access"), "access"),
        mail_access=_with_token(path, _access(path, mail.get("access"), "mail.access"), mail),
        bankid_access=_access(path, bankid.get("access"), "bankid.access"),
        provisioning_access=_access(path, _table(path, data, "provisioning").get("access"), "provisioning.access"),
        consent_button=_consent(path, data),
        mask_kundnummer=_privacy(path, data),
        quarantine=_quarantine(path, data),
        bankid_mode=bankid_mode,
        person_seconds=person_seconds,
        warnings=tuple(filter(None, [plain_text_warning(path, _plain_secrets(data))])),
    )
