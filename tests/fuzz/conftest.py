"""Property tests over every form and JSON endpoint of the stack (portal, fake BankID, mail
catcher, control APIs), in process through Flask's test clients. The promise checked on every
answer: no status >= 500, no Python exception text in the body, no answer slower than 5 s.

Budget: a few examples per test in `make test`; `make fuzz` (FUZZ_EXAMPLES, default 300 per
test, over 2,000 inputs in all) runs the same tests with the "fuzz" profile."""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

settings.register_profile(
    "test",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 12)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 300)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("FUZZ_PROFILE", "test"))

SLOW_SECONDS = 5.0
EXCEPTION_TEXT = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|\b(?:TypeError|KeyError|AttributeError|"
    r"IndexError|RecursionError|OverflowError|UnicodeDecodeError|UnicodeEncodeError|OperationalError|"
    r"IntegrityError|BadRequestKeyError)\b"
)

# Text as people and programs send it (no lone surrogates: no client can encode those).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
EDGY_TEXT = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "1e400",
            "NaN",
            "null",
            "[]",
            "{}",
            "16556677-8899",
            "19121212-1212",
            "100001",
            "a@b.se",
            "<script>",
            "'; DROP TABLE x;--",
            "../../etc/passwd",
            "%00",
            "\u202e",
            "Å" * 5000,
            "9" * 5000,
        ]
    ),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT, inner, max_size=5),
    max_leaves=20,
)


@dataclass
class Tally:
    answers: int = 0
    slowest: float = 0.0
    openapi_cases: int = 0
    by_test: dict[str, int] = field(default_factory=dict)


TALLY = Tally()


def check(response, started: float, what: str) -> None:
    """The promise every answer keeps, whatever was sent."""
    elapsed = time.perf_counter() - started
    TALLY.answers += 1
    TALLY.by_test[what] = TALLY.by_test.get(what, 0) + 1
    TALLY.slowest = max(TALLY.slowest, elapsed)
    body = response.get_data(as_text=True)
    assert response.status_code < 500, f"{what}: {response.status_code}\n{body[:500]}"
    assert not EXCEPTION_TEXT.search(body), f"{what}: exception text in the answer\n{body[:500]}"
    assert elapsed < SLOW_SECONDS, f"{what}: {elapsed:.1f} s"


class Caller:
    """A test client whose every call is checked."""

    def __init__(self, client, what: str):
        self.client, self.what = client, what

    def __call__(self, method: str, path: str, **kwargs):
        started = time.perf_counter()
        response = self.client.open(path, method=method, **kwargs)
        check(response, started, f"{self.what} {method} {path.split('?')[0][:60]}")
        return response


def pytest_terminal_summary(terminalreporter):
    if TALLY.answers:
        terminalreporter.write_line(
            f"Fuzz (hypothesis): {TALLY.answers} svar på slumpade indata, långsammast {TALLY.slowest:.2f} s"
        )
    if TALLY.openapi_cases:
        terminalreporter.write_line(f"Fuzz (schemathesis): {TALLY.openapi_cases} fall mot OpenAPI-dokumenten")


@pytest.fixture(scope="module")
def module_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")
