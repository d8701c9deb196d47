"""--shard's argument and what a Playwright server is asked to launch."""

from __future__ import annotations

import pytest

from minasidor_spec.run.browser import remote_launch_options
from minasidor_spec.run.shards import parse_shard


@pytest.mark.parametrize("text, expected", [("1/3", (1, 3)), (" 3 / 3 ", (3, 3)), ("1/1", (1, 1))])
def test_a_shard_is_k_of_n(text, expected):
    assert parse_shard(text) == expected


@pytest.mark.parametrize("text", ["0/3", "4/3", "3", "a/b", "", "1/0"])
def test_a_bad_shard_is_a_swedish_usage_error(text):
    with pytest.raises(pytest.UsageError, match="--shard ska vara K/N"):
        parse_shard(text)


def test_a_server_on_this_machine_gets_the_local_browser_and_flags(monkeypatch):
    monkeypatch.setenv("CHROMIUM_PATH", "/opt/chromium/chrome")
    options = remote_launch_options("ws://127.0.0.1:3000/", "chromium", None)
    assert options["executablePath"] == "/opt/chromium/chrome" and options["headless"] is True
    assert "--disable-back-forward-cache" in options["ignoreDefaultArgs"]


def test_a_server_elsewhere_uses_its_own_browsers(monkeypatch):
    monkeypatch.setenv("CHROMIUM_PATH", "/opt/chromium/chrome")
    assert remote_launch_options("ws://grid.example:3000/", "chromium", None) == {"headless": True}
