"""Fixtures for the portal's unit and integration tests (Flask test client, CSRF on)."""

from __future__ import annotations

import re
import shutil

import pytest

from reference_app.portal import create_app

CSRF_FIELD = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory):
    """A data directory with the demo customers, hashed once for the whole session."""
    path = tmp_path_factory.mktemp("seeded")
    create_app({"DATA_DIR": str(path)})
    return path


@pytest.fixture
def app(seeded_dir, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(seeded_dir, data_dir)
    return create_app({"DATA_DIR": str(data_dir), "TEST_MODE": True})


@pytest.fixture
def client(app):
    return app.test_client()


def csrf_token(html: str) -> str:
    match = CSRF_FIELD.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1) or match.group(2)


class AuthActions:
    def __init__(self, client):
        self.client = client

    def login(self, username="100001", password="Vinterljus-Kaffe-42", next_url=None):
        page = self.client.get("/logga-in?flik=kundnummer")
        url = "/logga-in" + (f"?next={next_url}" if next_url else "")
        return self.client.post(url, data={
            "csrf_token": csrf_token(page.get_data(as_text=True)),
            "kundnummer": username, "losenord": password,
        })

    def logout(self):
        page = self.client.get("/mina-sidor")
        return self.client.post("/logga-ut", data={"csrf_token": csrf_token(page.get_data(as_text=True))})

    def advance_clock(self, seconds):
        return self.client.post("/_test/clock", json={"advance_seconds": seconds})


@pytest.fixture
def auth(client):
    return AuthActions(client)
