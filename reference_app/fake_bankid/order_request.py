"""What auth and sign accept, checked as BankID documents it (RP API v6.0): endUserIp,
userVisibleData(+Format), userNonVisibleData, requirement, returnUrl, returnRisk, web, app.
Anything else wrong is 400 invalidParameters with the field named."""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from urllib.parse import urlparse

from .store import OrderError

MAX_VISIBLE_DATA = 1500
MAX_NON_VISIBLE_DATA = 200_000
MAX_TEXT = 1000

REQUIREMENT_CHECKS = {
    "pinCode": lambda v: isinstance(v, bool),
    "mrtd": lambda v: isinstance(v, bool),
    "cardReader": lambda v: v in ("class1", "class2"),
    "certificatePolicies": lambda v: isinstance(v, list) and all(isinstance(p, str) and p for p in v),
    "personalNumber": lambda v: isinstance(v, str) and re.fullmatch(r"\d{12}", v) is not None,
    "risk": lambda v: v in ("low", "moderate"),
}
DEVICE_FIELDS = {
    "web": ("referringDomain", "userAgent", "deviceIdentifier"),
    "app": ("appIdentifier", "deviceOS", "deviceModelName", "deviceIdentifier"),
}


def invalid(field: str, why: str = "") -> OrderError:
    return OrderError("invalidParameters", f"Invalid {field}{': ' + why if why else ''}")


def _check_base64(body: dict, name: str, limit: int, required: bool = False) -> None:
    value = body.get(name)
    if value is None:
        if required:
            raise OrderError("invalidParameters", f"Missing {name}")
        return
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise invalid(name)
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise invalid(name, "not base64") from None


def _check_requirement(body: dict) -> None:
    requirement = body.get("requirement", {})
    if not isinstance(requirement, dict):
        raise invalid("requirement")
    for key, value in requirement.items():
        check = REQUIREMENT_CHECKS.get(key)
        if check is None:
            raise invalid(f"requirement.{key}", "unknown requirement")
        if not check(value):
            raise invalid(f"requirement.{key}")


def _check_devices(body: dict) -> None:
    for name, fields in DEVICE_FIELDS.items():
        if name not in body:
            continue
        value = body[name]
        if not isinstance(value, dict) or not set(value) <= set(fields):
            raise invalid(name, f"an object with {', '.join(fields)}")
        for key, text in value.items():
            if not isinstance(text, str) or not 0 < len(text) <= MAX_TEXT:
                raise invalid(f"{name}.{key}")
    if "web" in body and "app" in body:
        raise invalid("web", "give web or app, not both")


def check_order_request(body: dict, visible_required: bool) -> None:
    ip = body.get("endUserIp")
    try:
        ipaddress.ip_address(ip if isinstance(ip, str) else "")
    except ValueError:
        raise invalid("endUserIp") from None
    _check_base64(body, "userVisibleData", MAX_VISIBLE_DATA, visible_required)
    _check_base64(body, "userNonVisibleData", MAX_NON_VISIBLE_DATA)
    if body.get("userVisibleDataFormat") not in (None, "simpleMarkdownV1"):
        raise invalid("userVisibleDataFormat")
    _check_requirement(body)
    if "returnUrl" in body:
        url = body["returnUrl"]
        parsed = urlparse(url) if isinstance(url, str) else None
        if not parsed or parsed.scheme not in ("http", "https") or not parsed.netloc or len(url) > MAX_TEXT:
            raise invalid("returnUrl", "an absolute http(s) URL")
    if "returnRisk" in body and not isinstance(body["returnRisk"], bool):
        raise invalid("returnRisk")
    _check_devices(body)


def check_phone_request(body: dict, visible_required: bool) -> str:
    """phone/auth and phone/sign: personalNumber and callInitiator (user or RP); its callInitiator."""
    number = body.get("personalNumber")
    if not (isinstance(number, str) and re.fullmatch(r"\d{12}", number)):
        raise invalid("personalNumber")
    if body.get("callInitiator") not in ("user", "RP"):
        raise invalid("callInitiator", "user or RP")
    _check_base64(body, "userVisibleData", MAX_VISIBLE_DATA, visible_required)
    _check_base64(body, "userNonVisibleData", MAX_NON_VISIBLE_DATA)
    if body.get("userVisibleDataFormat") not in (None, "simpleMarkdownV1"):
        raise invalid("userVisibleDataFormat")
    _check_requirement(body)
    return body["callInitiator"]
