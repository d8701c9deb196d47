"""The fake BankID's RP API v6.0 as an OpenAPI 3.0 document (served at /openapi.json), written
from BankID's documentation of the same API; schemathesis checks the fake against it."""

from __future__ import annotations

ERROR_CODES = [
    "alreadyInProgress",
    "invalidParameters",
    "unauthorized",
    "notFound",
    "methodNotAllowed",
    "requestTimeout",
    "unsupportedMediaType",
    "tooManyRequests",
    "internalError",
    "maintenance",
]

_ERROR = {
    "description": "An error, with BankID's errorCode",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
_ERRORS = {str(status): _ERROR for status in (400, 401, 404, 405, 408, 415, 429, 500, 503)}
_B64 = {"type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9+/]+={0,2}$"}

_ORDER_REQUEST = {
    "type": "object",
    "required": ["endUserIp"],
    "properties": {
        "endUserIp": {
            "type": "string",
            "format": "ipv4",
            "description": "The user's IP address, as the RP sees it",
            "example": "192.0.2.10",
        },
        "requirement": {
            "type": "object",
            "properties": {"personalNumber": {"type": "string", "pattern": "^[0-9]{12}$"}},
        },
        "userVisibleData": {**_B64, "maxLength": 1500},
        "userNonVisibleData": {**_B64, "maxLength": 200000},
        "userVisibleDataFormat": {"type": "string", "enum": ["simpleMarkdownV1"]},
    },
}


def _operation(summary: str, request_schema: dict, response_schema: dict) -> dict:
    return {
        "post": {
            "summary": summary,
            "requestBody": {"required": True, "content": {"application/json": {"schema": request_schema}}},
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": response_schema}}},
                **_ERRORS,
            },
        }
    }


_PHONE_REQUEST = {
    "type": "object",
    "required": ["personalNumber", "callInitiator"],
    "properties": {
        "personalNumber": {"type": "string", "pattern": "^[0-9]{12}$"},
        "callInitiator": {"type": "string", "enum": ["user", "RP"]},
        "userVisibleData": {**_B64, "maxLength": 1500},
        "userNonVisibleData": {**_B64, "maxLength": 200000},
        "userVisibleDataFormat": {"type": "string", "enum": ["simpleMarkdownV1"]},
    },
}
_PHONE_ORDER = {
    "type": "object",
    "required": ["orderRef"],
    "properties": {"orderRef": {"type": "string", "format": "uuid"}},
}
_ORDER_REF = {
    "type": "object",
    "required": ["orderRef"],
    "properties": {"orderRef": {"type": "string", "minLength": 1}},
}

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {
        "title": "Fake BankID – RP API",
        "version": "6.0",
        "description": "BankID's Relying Party API v6.0 as the fake speaks it (see README for deliberate differences).",
    },
    "paths": {
        "/rp/v6.0/auth": _operation("Start an identification", _ORDER_REQUEST, {"$ref": "#/components/schemas/Order"}),
        "/rp/v6.0/sign": _operation(
            "Start a signature",
            {**_ORDER_REQUEST, "required": ["endUserIp", "userVisibleData"]},
            {"$ref": "#/components/schemas/Order"},
        ),
        "/rp/v6.0/phone/auth": _operation("Identify a person on the phone", _PHONE_REQUEST, _PHONE_ORDER),
        "/rp/v6.0/phone/sign": _operation(
            "A signature by a person on the phone",
            {**_PHONE_REQUEST, "required": ["personalNumber", "callInitiator", "userVisibleData"]},
            _PHONE_ORDER,
        ),
        "/rp/v6.0/collect": _operation(
            "Collect an order's status", _ORDER_REF, {"$ref": "#/components/schemas/Collect"}
        ),
        "/rp/v6.0/cancel": _operation("Cancel a pending order", _ORDER_REF, {"type": "object", "maxProperties": 0}),
    },
    "components": {
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["errorCode", "details"],
                "properties": {"errorCode": {"type": "string", "enum": ERROR_CODES}, "details": {"type": "string"}},
            },
            "Order": {
                "type": "object",
                "required": ["orderRef", "autoStartToken", "qrStartToken", "qrStartSecret"],
                "properties": {
                    name: {"type": "string", "format": "uuid"}
                    for name in ("orderRef", "autoStartToken", "qrStartToken", "qrStartSecret")
                },
            },
            "Collect": {
                "type": "object",
                "required": ["orderRef", "status"],
                "properties": {
                    "orderRef": {"type": "string"},
                    "status": {"type": "string", "enum": ["pending", "failed", "complete"]},
                    "hintCode": {"type": "string"},
                    "completionData": {
                        "type": "object",
                        "required": ["user", "device", "bankIdIssueDate", "signature", "ocspResponse"],
                        "properties": {
                            "user": {"type": "object", "required": ["personalNumber", "name", "givenName", "surname"]},
                            "device": {"type": "object", "required": ["ipAddress", "uhi"]},
                            "bankIdIssueDate": {"type": "string"},
                            "stepUp": {"type": "object"},
                            "signature": {"type": "string"},
                            "ocspResponse": {"type": "string"},
                        },
                    },
                },
            },
        }
    },
}
