"""Strict JSON in for every component: no NaN or Infinity, no number too large for a float,
no nesting deep enough to exhaust the parser; and typed fields that answer 400 with a message
(never a 500) when a body is not what an endpoint takes."""

from __future__ import annotations

import json
import math

from flask import Flask, jsonify, request
from flask.json.provider import DefaultJSONProvider

MAX_BODY_BYTES = 1024 * 1024


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


class StrictJSONProvider(DefaultJSONProvider):
    def loads(self, s, **kwargs):
        try:
            return json.loads(s, parse_float=_finite, parse_constant=_no_constant, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


class InputError(Exception):
    """A request body an endpoint cannot take: 400 with this message."""


def install(app: Flask) -> None:
    app.json = StrictJSONProvider(app)
    app.config.setdefault("MAX_CONTENT_LENGTH", MAX_BODY_BYTES)
    app.register_error_handler(InputError, lambda exc: (jsonify(error=str(exc)), 400))


def json_object(empty_ok: bool = True) -> dict:
    """The body as a JSON object ({} for no body when empty_ok)."""
    if not request.get_data(cache=True) and empty_ok:
        return {}
    body = request.get_json(silent=True, force=True)
    if not isinstance(body, dict):
        raise InputError("the body must be a JSON object")
    return body


def number(body: dict, key: str, low: float, high: float) -> float:
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise InputError(f"{key} must be a number from {low:g} to {high:g}")
    return value


def choice(body: dict, key: str, choices: tuple[str, ...], default: str | None = None) -> str:
    """One of `choices`; without a default the key is required."""
    value = body.get(key, default)
    if value not in choices:
        raise InputError(f"{key} must be one of {', '.join(choices)}")
    return value


def optional(body: dict, key: str, kind: type, default=None):
    value = body.get(key, default)
    if value is not None and (not isinstance(value, kind) or (kind is int and isinstance(value, bool))):
        raise InputError(f"{key} must be {'true or false' if kind is bool else kind.__name__} when given")
    return value
