"""Target profiles: a TOML file that points the features at a deployment (see
targets/exempel.toml). Read once, checked strictly: a bad profile stops the run before any
browser starts, with a message in Swedish and English naming the key.

`build_target` is the one place a `Target` is made: from a profile's tables, and from the
profile-equivalent tables of the quick --base-url options and of the embedded reference stack."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from minasidor_spec.clients.mailboxes import KINDS
from minasidor_spec.target import profile_tables as tables
from minasidor_spec.target import profile_values as check
from minasidor_spec.target.deployment import (
    EMBEDDED_NAME,
    FAKE,
    BankID,
    Customers,
    Mail,
    Portal,
    Privacy,
    Scope,
    Target,
)
from minasidor_spec.target.profile_values import ProfileError
from minasidor_spec.target.secrets import plain_text_warning

__all__ = ["ProfileError", "build_target", "embedded_target", "load_profile", "quick_target"]

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
MAIL_KEYS = {"kind", "api_url", "domain", "access", "token"}
BANKID_KEYS = {"app_url", "mode", "timeout", "access"}


def load_profile(path: str | Path) -> Target:
    """The deployment a profile describes; its customers are only those it lists."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(path, "filen finns inte", "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, f"ogiltig TOML: {error}", f"invalid TOML: {error}") from None
    target = build_target(data, path)
    return target.with_state(path.with_name(path.stem + ".tillstand.json"))


def quick_target(base_url: str, mail_api: str | None, bankid_app: str | None, reference: bool) -> Target:
    """--base-url with --mail-api (our catcher's or Mailpit's API) and --bankid-app (our fake):
    a profile of those keys alone, with the reference stack's demo customers."""
    data = {"name": "--base-url", "base_url": base_url, "reference_portal": reference}
    if mail_api:
        data["mail"] = {"kind": "embedded", "api_url": mail_api}
    if bankid_app:
        data["bankid"] = {"app_url": bankid_app}
    return _with_demo_customers(build_target(data, Path("--base-url")))


def embedded_target(portal_url: str, mail_api_url: str, bankid_url: str) -> Target:
    """The embedded reference stack, as a profile would describe it."""
    data = {
        "name": EMBEDDED_NAME,
        "base_url": portal_url,
        "reference_portal": True,
        "mail": {"kind": "embedded", "api_url": mail_api_url},
        "bankid": {"app_url": bankid_url},
    }
    return _with_demo_customers(build_target(data, Path(EMBEDDED_NAME)))


def _with_demo_customers(target: Target) -> Target:
    return replace(target, customers=replace(target.customers, known=None))


def build_target(data: dict, path: Path) -> Target:
    """The target a profile's tables describe (`path` names the profile in messages)."""
    check.unknown(path, data, TOP_KEYS)
    base_url = check.url(path, data, "base_url", required=True)
    reference = data.get("reference_portal", False)
    if not isinstance(reference, bool):
        raise ProfileError(
            path, "'reference_portal' ska vara true eller false", "'reference_portal' must be true or false"
        )
    bankid, person = _bankid(path, data)
    return Target(
        portal=Portal(
            url=base_url,
            pages=tables.pages(path, data, base_url),
            texts=tables.texts(path, data),
            reference=reference,
            access=check.access(path, data.get("access"), "access"),
            consent_button=tables.consent(path, data),
        ),
        name=str(data.get("name") or path.stem),
        mail=_mail(path, data),
        bankid=bankid,
        customers=Customers(
            known={
                role: tables.customers(path, role, records)
                for role, records in check.table(path, data, "customers").items()
            },
            provisioning=tables.provisioning(path, data),
            provisioning_access=check.access(
                path, check.table(path, data, "provisioning").get("access"), "provisioning.access"
            ),
        ),
        scope=Scope(out=tables.scope(path, data), quarantine=tables.quarantine(path, data)),
        privacy=Privacy(mask_kundnummer=tables.privacy(path, data)),
        timeouts=replace(tables.timeouts(path, data), person=person),
        warnings=tuple(filter(None, [plain_text_warning(path, tables.plain_secrets(data))])),
    )


def _mail(path: Path, data: dict) -> Mail:
    mail = check.table(path, data, "mail")
    check.unknown(path, mail, MAIL_KEYS, "mail.")
    kind = mail.get("kind")
    reads_mail = bool(set(mail) - {"domain", "access", "token"})
    if reads_mail and kind not in KINDS:
        raise ProfileError(
            path,
            f"'mail.kind' ska vara en av {', '.join(KINDS)} (fick {kind!r})",
            f"'mail.kind' must be one of {', '.join(KINDS)} (got {kind!r})",
        )
    return Mail(
        kind=kind or "embedded",
        api_url=check.url(path, mail, "api_url", "mail.", required=reads_mail),
        domain=tables.mail_domain(path, mail),
        access=tables.with_token(path, check.access(path, mail.get("access"), "mail.access"), mail),
    )


def _bankid(path: Path, data: dict) -> tuple[BankID, float]:
    bankid = check.table(path, data, "bankid")
    check.unknown(path, bankid, BANKID_KEYS, "bankid.")
    mode, person = tables.bankid(path, bankid)
    app_url = check.url(path, bankid, "app_url", "bankid.", required=mode == FAKE)
    return BankID(app_url=app_url, mode=mode, access=check.access(path, bankid.get("access"), "bankid.access")), person
