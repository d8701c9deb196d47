"""The catcher's HTTP API (Mailpit's v1 dialect, the part it implements, plus /wait) as an
OpenAPI 3.0 document, served at /openapi.json; schemathesis checks the catcher against it."""

from __future__ import annotations

_JSON = "application/json"
_ERROR = {"description": "An error", "content": {_JSON: {"schema": {"$ref": "#/components/schemas/Error"}}}}
_NOT_FOUND = {"404": _ERROR}


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {_JSON: {"schema": schema}}}


def _query(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


_PAGING = [
    _query("start", {"type": "integer", "minimum": 0}, "Skip this many (newest first)"),
    _query("limit", {"type": "integer", "minimum": 1}, "At most this many"),
]
_ID = {
    "name": "ID",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "minLength": 1},
    "description": "A message ID, or `latest`",
}
_ADDRESS = {
    "type": "object",
    "required": ["Name", "Address"],
    "properties": {"Name": {"type": "string"}, "Address": {"type": "string"}},
}
_ADDRESSES = {"type": "array", "items": _ADDRESS}
_LIST = {"$ref": "#/components/schemas/MessagesSummary"}
_OK = {"200": {"description": "Done", "content": {"text/plain": {"schema": {"type": "string"}}}}, "400": _ERROR}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_TZ = _query("tz", {"type": "string"}, "Time zone for after: and before:")
_NAMED = {
    "type": "object",
    "required": ["Email"],
    "properties": {"Email": {"type": "string"}, "Name": {"type": "string"}},
}
_SEND = {
    "type": "object",
    "required": ["From"],
    "properties": {
        "From": _NAMED,
        "To": {"type": "array", "items": _NAMED},
        "Cc": {"type": "array", "items": _NAMED},
        "Bcc": _STRINGS,
        "ReplyTo": {"type": "array", "items": _NAMED},
        "Subject": {"type": "string"},
        "Text": {"type": "string"},
        "HTML": {"type": "string"},
        "Tags": _STRINGS,
        "Headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "Attachments": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["Content", "Filename"],
                "properties": {
                    "Content": {"type": "string"},
                    "Filename": {"type": "string"},
                    "ContentType": {"type": "string"},
                    "ContentID": {"type": "string"},
                },
            },
        },
    },
}
_TAG = {
    "name": "Tag",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "minLength": 1},
    "description": "A tag name",
}
_CHAOS_TRIGGER = {
    "type": "object",
    "properties": {
        "ErrorCode": {"type": "integer", "minimum": 400, "maximum": 599},
        "Probability": {"type": "integer", "minimum": 0, "maximum": 100},
    },
}

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {
        "title": "Mail catcher – Mailpit API v1 dialect",
        "version": "1",
        "description": "The subset of Mailpit's API the catcher implements, plus a long-poll /wait.",
    },
    "paths": {
        "/api/v1/messages": {
            "get": {
                "summary": "List messages, newest first",
                "parameters": _PAGING,
                "responses": {"200": _json("Messages", _LIST)},
            },
            "delete": {
                "summary": "Delete the IDs given, or all",
                "requestBody": {
                    "required": False,
                    "content": {
                        _JSON: {
                            "schema": {
                                "type": "object",
                                "properties": {"IDs": {"type": "array", "items": {"type": "string"}}},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {"description": "Deleted", "content": {"text/plain": {"schema": {"type": "string"}}}},
                    "400": _ERROR,
                },
            },
            "put": {
                "summary": "Mark the IDs given (or all) read or unread",
                "parameters": [_TZ],
                "requestBody": {
                    "required": False,
                    "content": {
                        _JSON: {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "IDs": _STRINGS,
                                    "Read": {"type": "boolean"},
                                    "Search": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": _OK,
            },
        },
        "/api/v1/info": {
            "get": {
                "summary": "About this catcher (Mailpit's AppInformation)",
                "responses": {
                    "200": _json("Information", {"type": "object", "required": ["Version", "Messages", "Unread"]})
                },
            }
        },
        "/api/v1/search": {
            "delete": {
                "summary": "Delete the messages matching the query",
                "parameters": [
                    {**_query("query", {"type": "string", "minLength": 1}, "The search"), "required": True},
                    _TZ,
                ],
                "responses": {
                    "200": {"description": "Deleted", "content": {"text/plain": {"schema": {"type": "string"}}}},
                    "400": _ERROR,
                },
            },
            "get": {
                "summary": "Search with Mailpit's filters",
                "parameters": [_query("query", {"type": "string"}, "The search"), *_PAGING, _TZ],
                "responses": {"200": _json("Matching messages", _LIST), "400": _ERROR},
            },
        },
        "/api/v1/wait": {
            "get": {
                "summary": "Not in Mailpit: answer as soon as `count` messages match `query`",
                "parameters": [
                    _query("query", {"type": "string"}, "The search"),
                    _query("count", {"type": "integer", "minimum": 1}, "How many must match"),
                    _query("timeout", {"type": "integer", "minimum": 0, "maximum": 120}, "Seconds to wait"),
                ],
                "responses": {"200": _json("Matching messages", _LIST), "400": _ERROR, "408": _ERROR},
            }
        },
        "/api/v1/message/{ID}": {
            "get": {
                "summary": "One message (marks it read)",
                "parameters": [_ID],
                "responses": {"200": _json("The message", {"$ref": "#/components/schemas/Message"}), **_NOT_FOUND},
            }
        },
        "/api/v1/message/{ID}/headers": {
            "get": {
                "summary": "A message's headers",
                "parameters": [_ID],
                "responses": {
                    "200": _json(
                        "Headers",
                        {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                    ),
                    **_NOT_FOUND,
                },
            }
        },
        "/api/v1/message/{ID}/raw": {
            "get": {
                "summary": "A message's source",
                "parameters": [_ID],
                "responses": {
                    "200": {"description": "Source", "content": {"text/plain": {"schema": {"type": "string"}}}},
                    **_NOT_FOUND,
                },
            }
        },
        "/api/v1/message/{ID}/part/{PartID}": {
            "get": {
                "summary": "An attachment or inline part, as it was sent",
                "parameters": [
                    _ID,
                    {"name": "PartID", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}},
                ],
                "responses": {
                    "200": {"description": "The part, in its own content type", "content": {"*/*": {}}},
                    **_NOT_FOUND,
                },
            }
        },
        "/api/v1/webui": {
            "get": {
                "summary": "What this catcher offers (Mailpit's web UI configuration)",
                "responses": {
                    "200": _json(
                        "Configuration",
                        {
                            "type": "object",
                            "required": ["Label", "MessageRelay", "ChaosEnabled"],
                            "properties": {
                                "Label": {"type": "string"},
                                "MessageRelay": {"type": "object"},
                                "SpamAssassin": {"type": "boolean"},
                                "ChaosEnabled": {"type": "boolean"},
                                "DuplicatesIgnored": {"type": "boolean"},
                                "HideDeleteAllButton": {"type": "boolean"},
                            },
                        },
                    )
                },
            }
        },
        "/api/v1/send": {
            "post": {
                "summary": "Build a message from JSON and catch it",
                "requestBody": {"required": True, "content": {_JSON: {"schema": _SEND}}},
                "responses": {
                    "200": _json(
                        "Caught", {"type": "object", "required": ["ID"], "properties": {"ID": {"type": "string"}}}
                    ),
                    "400": _ERROR,
                },
            }
        },
        "/api/v1/tags": {
            "get": {"summary": "Every tag in use", "responses": {"200": _json("Tags", _STRINGS)}},
            "put": {
                "summary": "Replace the tags of the IDs given",
                "requestBody": {
                    "required": True,
                    "content": {
                        _JSON: {
                            "schema": {
                                "type": "object",
                                "required": ["IDs", "Tags"],
                                "properties": {"IDs": _STRINGS, "Tags": _STRINGS},
                            }
                        }
                    },
                },
                "responses": _OK,
            },
        },
        "/api/v1/tags/{Tag}": {
            "put": {
                "summary": "Rename a tag",
                "parameters": [_TAG],
                "requestBody": {
                    "required": True,
                    "content": {
                        _JSON: {
                            "schema": {
                                "type": "object",
                                "required": ["Name"],
                                "properties": {"Name": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {**_OK, **_NOT_FOUND},
            },
            "delete": {"summary": "Remove a tag from every message", "parameters": [_TAG], "responses": _OK},
        },
        "/api/v1/chaos": {
            "get": {
                "summary": "SMTP refusal triggers (test mode)",
                "responses": {"200": _json("Triggers", {"$ref": "#/components/schemas/Chaos"}), "400": _ERROR},
            },
            "put": {
                "summary": "Set SMTP refusal triggers (test mode); {} switches all off",
                "requestBody": {
                    "required": False,
                    "content": {
                        _JSON: {
                            "schema": {
                                "type": "object",
                                "additionalProperties": False,
                                "properties": {
                                    name: _CHAOS_TRIGGER for name in ("Sender", "Recipient", "Authentication")
                                },
                            }
                        }
                    },
                },
                "responses": {"200": _json("Triggers", {"$ref": "#/components/schemas/Chaos"}), "400": _ERROR},
            },
        },
    },
    "components": {
        "schemas": {
            "Error": {"type": "object", "required": ["Error"], "properties": {"Error": {"type": "string"}}},
            "MessageSummary": {
                "type": "object",
                "required": [
                    "ID",
                    "MessageID",
                    "Read",
                    "From",
                    "To",
                    "Subject",
                    "Created",
                    "Size",
                    "Snippet",
                    "Attachments",
                    "Tags",
                ],
                "properties": {
                    "ID": {"type": "string"},
                    "MessageID": {"type": "string"},
                    "Read": {"type": "boolean"},
                    "From": _ADDRESS,
                    "To": _ADDRESSES,
                    "Cc": _ADDRESSES,
                    "Bcc": _ADDRESSES,
                    "ReplyTo": _ADDRESSES,
                    "Subject": {"type": "string"},
                    "Created": {"type": "string"},
                    "Size": {"type": "integer"},
                    "Snippet": {"type": "string"},
                    "Attachments": {"type": "integer"},
                    "Date": {"type": "string"},
                    "Tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            "MessagesSummary": {
                "type": "object",
                "required": ["total", "unread", "count", "messages_count", "messages_unread", "start", "messages"],
                "properties": {
                    "total": {"type": "integer"},
                    "unread": {"type": "integer"},
                    "count": {"type": "integer"},
                    "messages_unread": {"type": "integer"},
                    "messages_count": {"type": "integer"},
                    "start": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "messages": {"type": "array", "items": {"$ref": "#/components/schemas/MessageSummary"}},
                },
            },
            "Message": {
                "type": "object",
                "required": ["ID", "MessageID", "From", "To", "Subject", "Text", "HTML", "Attachments"],
                "properties": {
                    "ID": {"type": "string"},
                    "MessageID": {"type": "string"},
                    "From": _ADDRESS,
                    "To": _ADDRESSES,
                    "Subject": {"type": "string"},
                    "Date": {"type": "string"},
                    "Text": {"type": "string"},
                    "HTML": {"type": "string"},
                    "Size": {"type": "integer"},
                    "Attachments": {"type": "array"},
                },
            },
            "Chaos": {
                "type": "object",
                "properties": {name: _CHAOS_TRIGGER for name in ("Sender", "Recipient", "Authentication")},
            },
        }
    },
}
