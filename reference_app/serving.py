"""Run the reference stack's servers and tell people (and the test launcher) where they are."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from werkzeug.serving import make_server

PORTAL_READY = "Mina sidor (portal): "
MAIL_API_READY = "E-post (inkorg och API): "
SMTP_READY = "E-post (SMTP): "
BANKID_READY = "BankID (RP API v6.0 och simulerad app): "


def _start_http(name: str, host: str, port: int, app, ssl_context=None):
    server = make_server(host, port, app, threaded=True, ssl_context=ssl_context)
    threading.Thread(target=server.serve_forever, name=name, daemon=True).start()
    return server


def _print_demo_customers() -> None:
    from .portal.demo import DEMO_CUSTOMERS
    from .portal.identity import format_orgnr16

    print("Demokunder (kundnummer / lösenord):", flush=True)
    for person in DEMO_CUSTOMERS:
        username = person["kundnummer"]
        if person.get("orgnr"):
            username += f" eller {format_orgnr16(person['orgnr'])}"
        print(f"  {person['name']}: {username} / {person['password']}", flush=True)


def serve(component: str, host: str, ports: dict, data_dir: str, test_mode: bool, smtp: tuple[str, int] | None,
          bankid_tls: tuple[str, str] | None = None, bankid_api: str | None = None, workers: int = 0) -> int:
    """Start what `component` names (all, portal, mail, bankid) and serve until interrupted."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    http_servers, catcher, gunicorn = [], None, None
    try:
        if component in ("all", "mail"):
            from .mailcatcher import MailCatcher

            catcher = MailCatcher(Path(data_dir), host, ports["smtp"], test_mode).start()
            mail_http = _start_http("mail-http", host, ports["mail"], catcher.app)
            http_servers.append(mail_http)
            smtp = (host, catcher.smtp.port)
            print(f"{SMTP_READY}{host}:{catcher.smtp.port}", flush=True)
            print(f"{MAIL_API_READY}http://{host}:{mail_http.port}/", flush=True)
        if component in ("all", "bankid"):
            from .fake_bankid import create_app as create_bankid

            bankid_http = _start_http("bankid-http", host, ports["bankid"], create_bankid(Path(data_dir), test_mode), bankid_tls)
            http_servers.append(bankid_http)
            scheme = "https" if bankid_tls else "http"
            bankid_api = f"{scheme}://{host}:{bankid_http.port}/rp/v6.0"
            print(f"{BANKID_READY}{scheme}://{host}:{bankid_http.port}/", flush=True)
        overrides = {"TEST_MODE": test_mode}
        if smtp:
            overrides.update(SMTP_HOST=smtp[0], SMTP_PORT=smtp[1])
        if bankid_api:
            overrides.update(BANKID_API_URL=bankid_api)
        if component in ("all", "portal") and workers:
            from .gunicorn_portal import GunicornPortal

            gunicorn = GunicornPortal(host, ports["portal"], workers, data_dir, overrides).start()
            print(f"Portalen kör under gunicorn med {workers} arbetsprocesser" + ("  (testläge)" if test_mode else ""), flush=True)
            _print_demo_customers()
            print(f"{PORTAL_READY}{gunicorn.url}/", flush=True)
        elif component in ("all", "portal"):
            from .portal import create_app

            app = create_app(overrides, data_dir=data_dir)
            portal = make_server(host, ports["portal"], app, threaded=True)
            app.config.setdefault("PUBLIC_BASE_URL", None)
            app.config["PUBLIC_BASE_URL"] = app.config["PUBLIC_BASE_URL"] or f"http://{host}:{portal.port}"
            threading.Thread(target=portal.serve_forever, name="portal-http", daemon=True).start()
            http_servers.append(portal)
            print(f"Data: {app.config['DATA_DIR']}" + ("  (testläge)" if test_mode else ""), flush=True)
            print(f"Portalen skickar e-post via {app.config['SMTP_HOST']}:{app.config['SMTP_PORT']}", flush=True)
            print(f"Portalen frågar BankID på {app.config['BANKID_API_URL']}", flush=True)
            _print_demo_customers()
            print(f"{PORTAL_READY}http://{host}:{portal.port}/", flush=True)
    except RuntimeError as exc:
        print(f"FEL: {exc}", file=sys.stderr)
        stop.set()
        rc = 1
    except OSError as exc:
        print(f"FEL: kunde inte starta ({exc.strerror or exc}). Är porten upptagen? Välj en annan med --port.", file=sys.stderr)
        stop.set()
        rc = 1
    else:
        rc = 0
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    if gunicorn:
        gunicorn.stop()
    for server in http_servers:
        server.shutdown()
    if catcher:
        catcher.stop()
    return rc
