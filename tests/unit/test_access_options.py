"""[access] reaches a staging site through Playwright's own context options and httpx's:
basic auth, an extra header (to the origins it is meant for only), a client certificate (a TLS
server that demands one), a proxy."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser
from playwright.sync_api import Error as PlaywrightError
from werkzeug.wrappers import Request, Response

from minasidor_spec.target.access import read_access
from tests.support.little_servers import demanding_client_certificates, forwarding_proxy, recording_app, serving
from tests.support.tls import self_signed


def access(table: dict, tmp_path: Path):
    return read_access(table, "access", tmp_path / "profil.toml")


def test_basic_auth_and_an_extra_header_reach_the_portal(browser: Browser, tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_GRIND", "grind-8812")
    seen: list[dict] = []
    gate = access(
        {
            "basic_auth": {"username": "qa", "password": {"env": "TEST_GRIND"}},
            "headers": {"X-Staging-Bypass": "bypass-4711"},
        },
        tmp_path,
    )
    with serving(recording_app(seen, "qa:grind-8812")) as url:
        options = gate.context_options(url)
        assert set(options) == {"http_credentials"}
        context = browser.new_context(**options)
        context.route(*gate.header_route(url))
        answer = context.new_page().goto(url + "/mina-sidor")
        context.close()
        assert answer.status == 200 and seen[-1].get("X-Staging-Bypass") == "bypass-4711"
        closed = browser.new_context()
        assert closed.new_page().goto(url).status == 401  # without [access]: the gate stays shut
        closed.close()
        with httpx.Client(**gate.httpx_options()) as client:  # the mail API's and provisioning's way in
            assert client.get(url).status_code == 200


def test_a_client_certificate_opens_a_server_that_demands_one(browser: Browser, tmp_path):
    server_cert, server_key = self_signed(tmp_path, "server")
    client_cert, client_key = self_signed(tmp_path, "klient")
    tls = demanding_client_certificates(server_cert, server_key, client_cert)
    gate = access({"client_certificate": {"cert": client_cert, "key": client_key}, "ignore_tls_errors": True}, tmp_path)
    with serving(recording_app([]), tls) as url:
        options = gate.context_options(url)
        assert options["client_certificates"] == [{"origin": url, "certPath": client_cert, "keyPath": client_key}]
        context = browser.new_context(**options)
        assert context.new_page().goto(url).status == 200
        context.close()
        without = browser.new_context(ignore_https_errors=True)
        with pytest.raises(PlaywrightError):
            without.new_page().goto(url)
        without.close()
        with httpx.Client(**gate.httpx_options()) as client:
            assert client.get(url).status_code == 200
        with httpx.Client(verify=False) as client, pytest.raises(httpx.HTTPError):
            client.get(url)


def test_tls_errors_are_not_ignored_unless_the_profile_says_so(browser: Browser, tmp_path):
    cert, key = self_signed(tmp_path, "server")
    import ssl

    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    with serving(recording_app([]), tls) as url:
        strict = browser.new_context(**access({}, tmp_path).context_options(url))
        with pytest.raises(PlaywrightError):
            strict.new_page().goto(url)
        strict.close()
        lenient = browser.new_context(**access({"ignore_tls_errors": True}, tmp_path).context_options(url))
        assert lenient.new_page().goto(url).status == 200
        lenient.close()


def test_a_proxy_carries_the_browser_and_the_apis(browser: Browser, tmp_path):
    forwarded: list[str] = []
    with serving(recording_app([])) as upstream, forwarding_proxy(upstream, forwarded) as proxy:
        gate = access({"proxy": {"server": proxy}}, tmp_path)
        # A name only the proxy knows: the page can only come through it.
        context = browser.new_context(**gate.context_options("http://staging.kraftbolaget.example"))
        page = context.new_page()
        assert page.goto("http://staging.kraftbolaget.example/mina-sidor").status == 200
        assert page.get_by_role("heading", name="Mina sidor").is_visible()
        context.close()
        with httpx.Client(**gate.httpx_options()) as client:
            assert client.get("http://mail.kraftbolaget.example/api/v1/messages").status_code == 200
    assert "http://staging.kraftbolaget.example/mina-sidor" in forwarded
    assert "http://mail.kraftbolaget.example/api/v1/messages" in forwarded


def test_a_proxy_may_be_given_as_its_address_alone(tmp_path):
    gate = access({"proxy": "http://proxy.kraftbolaget.example:3128"}, tmp_path)
    assert gate.context_options("https://staging.example")["proxy"] == {
        "server": "http://proxy.kraftbolaget.example:3128"
    }
    assert gate.httpx_options()["proxy"] == "http://proxy.kraftbolaget.example:3128"


def test_bad_access_tables_are_named(tmp_path):
    from minasidor_spec.target.access import AccessError

    for table, said in [
        ({"basic_auth": {"password": "x"}}, "access.basic_auth.username"),
        ({"proxy": {"server": "proxy:3128"}}, "access.proxy.server"),
        ({"client_certificate": {"cert": str(tmp_path / "saknas.pem")}}, "access.client_certificate.cert"),
        ({"ignore_tls_errors": "ja"}, "access.ignore_tls_errors"),
        ({"cookies": {}}, "access.cookies"),
    ]:
        with pytest.raises(AccessError, match=said.replace(".", r"\.")):
            access(table, tmp_path)


def _page_loading(others: list[str]):
    """A portal page that loads an image from each of `others` (a third party, an identity broker)."""

    @Request.application
    def app(request: Request) -> Response:
        images = "".join(f'<img alt="" src="{other}/bild.png">' for other in others)
        return Response(f"<!doctype html><title>Mina sidor</title><h1>Mina sidor</h1>{images}", mimetype="text/html")

    return app


@pytest.mark.parametrize("listed", [False, True])
def test_headers_go_to_the_origins_they_are_meant_for_only(browser: Browser, tmp_path, listed):
    third_party, broker = [], []
    with (
        serving(recording_app(third_party)) as tracker,
        serving(recording_app(broker)) as login,
        serving(_page_loading([tracker, login])) as url,
    ):
        table = {"headers": {"X-Staging-Bypass": "bypass-4711"}}
        if listed:
            table["header_origins"] = [url, login + "/"]
        gate = access(table, tmp_path)
        context = browser.new_context(**gate.context_options(url))
        context.route(*gate.header_route(url))
        page = context.new_page()
        page.goto(url)  # its load event waits for the images
        context.close()
    assert third_party and "X-Staging-Bypass" not in third_party[-1]
    assert bool(broker) and ("X-Staging-Bypass" in broker[-1]) is listed


def test_header_origins_must_be_addresses(tmp_path):
    from minasidor_spec.target.access import AccessError

    assert access({"header_origins": "https://staging.example/start"}, tmp_path).header_origins == (
        "https://staging.example",
    )
    for wrong in (["staging.example"], [], "ftp://x.example", [42]):
        with pytest.raises(AccessError, match="access.header_origins"):
            access({"header_origins": wrong}, tmp_path)
