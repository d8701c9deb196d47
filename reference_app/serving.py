"""Run the reference stack's servers and tell people (and the test launcher) where they are."""

from __future__ import annotations

import sys

from werkzeug.serving import make_server

from .portal import create_app
from .portal.demo import DEMO_CUSTOMERS
from .portal.identity import format_orgnr16

READY_PREFIX = "Mina sidor (portal): "


def serve_portal(host: str, port: int, data_dir: str) -> int:
    try:
        app = create_app(data_dir=data_dir)
        server = make_server(host, port, app, threaded=True)
    except OSError as exc:
        print(f"FEL: kunde inte starta portalen på {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    url = f"http://{host}:{server.port}/"
    print(f"{READY_PREFIX}{url}", flush=True)
    print(f"Data: {app.config['DATA_DIR']}" + ("  (testläge)" if app.config["TEST_MODE"] else ""), flush=True)
    print("Demokunder (kundnummer / lösenord):", flush=True)
    for person in DEMO_CUSTOMERS:
        username = person["kundnummer"]
        if person.get("orgnr"):
            username += f" eller {format_orgnr16(person['orgnr'])}"
        print(f"  {person['name']}: {username} / {person['password']}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
