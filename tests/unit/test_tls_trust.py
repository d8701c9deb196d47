"""A staging site's own CA (`ca_file`): httpx verifies with it, and the browser opens exactly the
sites it signed (their public keys pinned for Chromium); a site it did not sign is refused with
a Swedish reason. The fake BankID served over HTTPS with its own certificate is the site here, as
`[bankid.access] ca_file` trusts it in a run; a bearer token reaches the mail API as its own key."""

from __future__ import annotations

import threading

import httpx
import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from minasidor_spec.target.access import Access, read_access
from minasidor_spec.target.profile import load_profile
from minasidor_spec.target.tls_trust import UntrustedSite, launch_args, public_key_pin
from reference_app.fake_bankid import create_app
from tests.support.tls import self_signed


@pytest.fixture
def https_app(tmp_path):
    cert, key = self_signed(tmp_path, "staging")
    server = make_server(
        "127.0.0.1", 0, create_app(tmp_path / "bankid", test_mode=True), threaded=True, ssl_context=(cert, key)
    )
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.port}", cert
    server.shutdown()
    thread.join()


def test_the_ca_file_lets_httpx_and_the_browser_in_and_nothing_else(
    https_app, tmp_path, browser_type, browser_type_launch_args
):
    url, cert = https_app
    trusted = read_access({"ca_file": cert}, "bankid.access", tmp_path / "profil.toml")
    with httpx.Client(**trusted.httpx_options()) as client:
        assert client.get(f"{url}/app").status_code == 200
    with pytest.raises(httpx.ConnectError), httpx.Client() as client:
        client.get(f"{url}/app")
    args = launch_args([(url, trusted), ("http://127.0.0.1:1", trusted), (url, Access())])
    assert len(args) == 1 and args[0].startswith("--ignore-certificate-errors-spki-list=")
    options = {**browser_type_launch_args}
    for flags, opens in ((args, True), ([], False)):
        browser = browser_type.launch(**{**options, "args": [*options.get("args", []), *flags]})
        try:
            page = browser.new_page()
            if opens:
                page.goto(f"{url}/app")
                expect(page.get_by_label("QR-kodens innehåll")).to_be_visible()
            else:
                with pytest.raises(Exception, match="ERR_CERT"):
                    page.goto(f"{url}/app")
        finally:
            browser.close()


def test_a_site_the_ca_did_not_sign_is_refused_in_swedish(https_app, tmp_path):
    url, _ = https_app
    other_ca, _ = self_signed(tmp_path, "annan")
    with pytest.raises(UntrustedSite, match="certifikatet är inte utfärdat av CA-filen"):
        public_key_pin(url, Access(ca_file=other_ca))
    assert public_key_pin(url.replace("https", "http"), Access(ca_file=other_ca)) is None


def test_profile_keys_for_the_bankid_ca_and_the_mail_token(tmp_path, monkeypatch):
    cert, _ = self_signed(tmp_path, "ca")
    monkeypatch.setenv("MAILPIT_TOKEN", "hemligt-token")
    profile = tmp_path / "staging.toml"
    profile.write_text(
        'base_url = "https://staging.example"\n'
        '[mail]\nkind = "mailpit"\napi_url = "https://mail.staging.example"\ntoken = { env = "MAILPIT_TOKEN" }\n'
        f'[bankid]\napp_url = "https://bankid.staging.example"\n[bankid.access]\nca_file = "{cert}"\n',
        encoding="utf-8",
    )
    target = load_profile(profile)
    assert target.mail.access.headers == {"Authorization": "Bearer hemligt-token"}
    assert target.portal.access.headers == {}  # the portal does not get the mail API's token
    assert target.bankid.access.ca_file == cert
