"""What every page carries: security headers, Swedish errors, IE notice, help submenu."""

import pytest

from reference_app.portal import create_app

IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"
IE10 = "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)"
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"
IE_NOTICE = "Mina sidor har tyvärr inte fullt stöd för Internet Explorer"


def test_security_headers(client):
    response = client.get("/logga-in")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires" not in cookie


def test_unknown_page_is_a_swedish_404(client):
    response = client.get("/finns-inte")
    assert response.status_code == 404 and "Sidan finns inte" in response.get_data(as_text=True)


def test_unexpected_error_is_a_swedish_500_without_trace(seeded_dir, tmp_path):
    import shutil

    shutil.copytree(seeded_dir, tmp_path / "d")
    app = create_app({"DATA_DIR": str(tmp_path / "d"), "OUTBOX_WORKER": False})

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom")
    html = response.get_data(as_text=True)
    assert response.status_code == 500 and "Tekniskt fel" in html
    assert "Traceback" not in html and "secret internals" not in html


@pytest.mark.parametrize(("agent", "shown"), [(IE11, True), (IE10, True), (CHROME, False)])
def test_internet_explorer_notice(client, agent, shown):
    html = client.get("/logga-in", headers={"User-Agent": agent}).get_data(as_text=True)
    assert (IE_NOTICE in html) is shown


def test_help_page_has_a_submenu_with_every_section(client):
    from reference_app.portal.help_pages import SECTIONS

    html = client.get("/hjalp/logga-in").get_data(as_text=True)
    assert 'aria-label="Hjälpavsnitt"' in html
    for slug, title in SECTIONS:
        assert f'href="/hjalp/{slug}"' in html and title in html
        assert client.get(f"/hjalp/{slug}").status_code == 200


def test_help_text_has_the_joined_sentences(client):
    html = client.get("/hjalp/logga-in").get_data(as_text=True)
    assert "behöver du registrera en e-postadress och skapa ett lösenord" in html
    assert "om du redan har en registrerad i vårt system. För att byta e-postadress ring kundservice." in html
    assert "16XXXXXX-XXXX" in html


def test_control_endpoints_exist_only_in_test_mode(seeded_dir, tmp_path):
    import shutil

    shutil.copytree(seeded_dir, tmp_path / "d")
    app = create_app({"DATA_DIR": str(tmp_path / "d"), "TEST_MODE": False, "OUTBOX_WORKER": False})
    assert app.test_client().post("/_test/clock", json={"advance_seconds": 60}).status_code == 404


def test_control_endpoint_refuses_bad_input(client):
    assert client.post("/_test/clock", json={"advance_seconds": -5}).status_code == 400
    assert client.post("/_test/clock", json={}).status_code == 400
