"""python -m tests.other_portal --port N --smtp HOST:PORT --bankid-api URL --customers FILE"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from werkzeug.serving import make_server

from reference_app.processes import free_port

from .app import create_app
from .staging import guard
from .store import Store

READY = "Annan portal: "


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.other_portal")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--smtp", required=True, metavar="HOST:PORT")
    parser.add_argument("--bankid-api", required=True)
    parser.add_argument("--customers", required=True, type=Path)
    parser.add_argument("--poll-ms", type=int, default=300)
    args = parser.parse_args()
    host, _, port = args.smtp.rpartition(":")
    store = Store(json.loads(args.customers.read_text(encoding="utf-8")))
    settings = {"smtp_host": host, "smtp_port": int(port), "bankid_api": args.bankid_api, "poll_ms": args.poll_ms}
    port = args.port or free_port()
    settings["base_url"] = f"http://127.0.0.1:{port}"
    app = create_app(store, settings)
    guard(app)  # basic auth and a cookie banner, where the environment asks for them
    server = make_server("127.0.0.1", port, app, threaded=True)
    print(f"{READY}{settings['base_url']}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
