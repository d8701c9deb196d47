"""python -m tests.spa_portal --smtp HOST:PORT --bankid-api URL --customers FILE [--port N]"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from werkzeug.serving import make_server

from reference_app.processes import free_port
from tests.other_portal.staging import guard
from tests.other_portal.store import Store

from .server import create_app

READY = "Ensidesportal: "


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.spa_portal")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--smtp", required=True, metavar="HOST:PORT")
    parser.add_argument("--bankid-api", required=True)
    parser.add_argument("--customers", required=True, type=Path)
    args = parser.parse_args()
    host, _, port = args.smtp.rpartition(":")
    port_number = args.port or free_port()
    base_url = f"http://127.0.0.1:{port_number}"
    store = Store(json.loads(args.customers.read_text(encoding="utf-8")))
    app = create_app(store, {"smtp": (host, int(port)), "bankid_api": args.bankid_api, "base_url": base_url})
    guard(app)  # basic auth and a cookie banner, where the environment asks for them
    server = make_server("127.0.0.1", port_number, app, threaded=True)
    print(f"{READY}{base_url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
