"""The portal's forms, JSON endpoints and test-mode control API, with and without CSRF token."""

from __future__ import annotations

import re
from contextlib import ExitStack

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference_app.fake_bankid import create_app as create_bankid
from reference_app.mailcatcher import MailCatcher
from reference_app.portal import create_app
from reference_app.serving import start_http

from .conftest import EDGY_TEXT, JSON_VALUES, TEXT, Caller

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
FORMS = {
    "/logga-in": ["kundnummer", "losenord"],
    "/registrera-e-post": ["kundnummer", "personnummer", "epost", "epost_igen"],
    "/skapa-losenord": ["kundnummer"],
    "/valj-losenord/x": ["losenord", "losenord_igen"],
    "/logga-ut": [],
}


@pytest.fixture(scope="module")
def portal(module_dir):
    """The portal with its mail catcher and fake BankID running, as in a stack (a 503 for a
    service that is down would be right, but is not what this checks)."""
    catcher = MailCatcher(module_dir / "mail", "127.0.0.1", 0, test_mode=True).start()
    with ExitStack() as running:
        bankid = start_http(running, "fake-bankid", "127.0.0.1", 0, create_bankid(module_dir / "bankid"))
        yield create_app(
            {
                "DATA_DIR": str(module_dir / "portal"),
                "TEST_MODE": True,
                "OUTBOX_WORKER": False,
                "SMTP_HOST": catcher.smtp.host,
                "SMTP_PORT": catcher.smtp.port,
                "PUBLIC_BASE_URL": "http://portal.test",
                "BANKID_API_URL": f"http://127.0.0.1:{bankid.server_port}/rp/v6.0",
            }
        )
    catcher.stop()


@pytest.fixture(scope="module")
def call(portal):
    return Caller(portal.test_client(), "portal")


def _token(call) -> str:
    return CSRF.search(call("GET", "/logga-in?flik=kundnummer").get_data(as_text=True)).group(1)


def _fields(names):
    known = st.fixed_dictionaries({}, optional={name: EDGY_TEXT for name in names})
    return st.tuples(known, st.dictionaries(TEXT, EDGY_TEXT, max_size=3)).map(lambda pair: {**pair[1], **pair[0]})


@given(path=st.sampled_from(sorted(FORMS)), data=st.data(), with_token=st.booleans())
def test_forms_never_fail_on_any_input(call, path, data, with_token):
    fields = data.draw(_fields(FORMS[path]))
    if with_token:
        fields["csrf_token"] = _token(call)
    call("POST", path, data=fields)


@given(path=st.sampled_from(["/logga-in", "/skapa-losenord", "/registrera-e-post"]), value=EDGY_TEXT)
def test_a_file_where_text_belongs(call, path, value):
    import io

    call(
        "POST",
        path,
        data={"csrf_token": _token(call), "kundnummer": (io.BytesIO(value.encode()), "x.txt")},
        content_type="multipart/form-data",
    )


@given(
    path=st.sampled_from(
        [
            "/logga-in",
            "/mina-sidor",
            "/",
            "/hjalp/kundservice",
            "/valj-losenord/abc",
            "/bankid/qr",
            "/registrera-e-post",
            "/skapa-losenord",
        ]
    ),
    query=st.dictionaries(st.sampled_from(["next", "flik", "x", "autostart"]) | TEXT, EDGY_TEXT, max_size=3),
)
def test_pages_with_any_query(call, path, query):
    call("GET", path, query_string=query)


@given(
    path=st.sampled_from(["/bankid/start", "/bankid/status", "/bankid/cancel"]),
    body=JSON_VALUES | st.binary(max_size=200),
    with_token=st.booleans(),
)
def test_bankid_endpoints_with_any_body(call, path, body, with_token):
    headers = {"X-CSRFToken": _token(call)} if with_token else {}
    if isinstance(body, bytes):
        call("POST", path, data=body, content_type="application/json", headers=headers)
    else:
        call("POST", path, json=body, headers=headers)


@given(path=st.sampled_from(["/_test/clock", "/_test/customers"]), body=JSON_VALUES | st.binary(max_size=100))
def test_control_api_with_any_body(call, path, body):
    if isinstance(body, bytes):
        call("POST", path, data=body, content_type="application/json")
    else:
        call("POST", path, json=body)
