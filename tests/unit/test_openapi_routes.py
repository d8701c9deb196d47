"""The OpenAPI documents the mail catcher and the fake BankID publish describe the routes they
have: every route of an API is documented with its methods, and every documented path is
routed. (tests/fuzz/test_openapi.py checks that the answers match the documents.)"""

from __future__ import annotations

import re

import pytest

from reference_app.fake_bankid import create_app as create_bankid
from reference_app.fake_bankid import openapi as bankid_openapi
from reference_app.mailcatcher import create_app as create_mail_app
from reference_app.mailcatcher import openapi as mail_openapi
from reference_app.mailcatcher.api import LEFT_OUT
from reference_app.mailcatcher.store import MessageStore

METHODS = {"get", "post", "put", "delete", "patch"}
# Routes of an API that are no part of its document: the catch-all that answers unknown paths
# with a JSON 404, and Mailpit's features the catcher leaves out on purpose (a JSON 404 too).
UNDOCUMENTED = {"/api/v1/<path:unknown>", *(f"/api/v1/{rule}" for rule in LEFT_OUT)}


def _routed(app, prefix: str) -> set[tuple[str, str]]:
    return {
        (re.sub(r"<(?:\w+:)?(\w+)>", "{}", rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(prefix) and rule.rule not in UNDOCUMENTED
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }


def _documented(document: dict) -> set[tuple[str, str]]:
    return {
        (re.sub(r"\{\w+\}", "{}", path), method)
        for path, item in document["paths"].items()
        for method in item
        if method in METHODS
    }


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    folder = tmp_path_factory.mktemp("routes")
    return {
        "mail": (create_mail_app(MessageStore(str(folder / "mail.db")), True), mail_openapi.DOCUMENT, "/api/v1/"),
        "bankid": (create_bankid(folder / "bankid", test_mode=True), bankid_openapi.DOCUMENT, "/rp/v6.0/"),
    }


@pytest.mark.parametrize("component", ["mail", "bankid"])
def test_the_document_and_the_routes_name_the_same_paths_and_methods(apps, component):
    app, document, prefix = apps[component]
    routed, documented = _routed(app, prefix), _documented(document)
    assert routed - documented == set(), "routed but not documented"
    assert documented - routed == set(), "documented but not routed"
    assert len(routed) >= 6


def test_an_undocumented_route_is_found(apps):
    app, document, prefix = apps["mail"]
    documented = _documented(document) - {("/api/v1/webui", "get")}
    assert _routed(app, prefix) - documented == {("/api/v1/webui", "get")}
