"""schemathesis (its command line, as QA would run it) against the OpenAPI documents the fake
BankID and the mail catcher publish: every answer matches its document, none is a 5xx.
The catcher's /wait is left to the property tests: it waits by design."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest

from reference_app.fake_bankid import create_app as create_bankid
from reference_app.mailcatcher import MailCatcher
from reference_app.serving import start_http

from .conftest import TALLY

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
EXAMPLES = int(os.environ.get("OPENAPI_EXAMPLES", 10))
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("openapi")
    catcher = MailCatcher(folder / "mail", "127.0.0.1", 0, test_mode=True).start()
    with ExitStack() as running:
        bankid = start_http(running, "bankid", "127.0.0.1", 0, create_bankid(folder / "bankid", test_mode=True))
        mail = start_http(running, "mail", "127.0.0.1", 0, catcher.app)
        yield {"bankid": f"http://127.0.0.1:{bankid.server_port}", "mail": f"http://127.0.0.1:{mail.server_port}"}
    catcher.stop()


@pytest.mark.parametrize("component, extra", [("bankid", []), ("mail", ["--exclude-path", "/api/v1/wait"])])
def test_answers_match_the_published_document(servers, component, extra):
    run = subprocess.run(
        [
            str(SCHEMATHESIS),
            "run",
            f"{servers[component]}/openapi.json",
            "--checks",
            CHECKS,
            "--max-examples",
            str(EXAMPLES),
            "--suppress-health-check",
            "all",
            "--no-color",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    generated = re.search(r"(\d+) generated", run.stdout)
    TALLY.openapi_cases += int(generated.group(1)) if generated else 0
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
