"""Run the reference stack's servers and tell people (and the test launcher) where they are."""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import ExitStack, suppress
from pathlib import Path

from werkzeug.serving import make_server

PORTAL_READY = "Mina sidor (portal): "
MAIL_API_READY = "E-post (inkorg och API): "
SMTP_READY = "E-post (SMTP): "
BANKID_READY = "BankID (RP API v6.0 och simulerad app): "


# How often a server's loop looks for a request to stop. Stopping waits for that look, one
# server after another: at the default half second, every run would wait for it at its end.
STOP_POLL_SECONDS = 0.05


def start_http(running: ExitStack, name: str, host: str, port: int, app, ssl_context=None):
    """A threaded HTTP server for `app`, shut down when `running` closes."""
    server = make_server(host, port, app, threaded=True, ssl_context=ssl_context)
    threading.Thread(target=server.serve_forever, args=(STOP_POLL_SECONDS,), name=name, daemon=True).start()
    running.callback(server.shutdown)
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


def _serve_mail(running: ExitStack, host: str, ports: dict, data_dir: str, test_mode: bool) -> tuple[str, int]:
    """The mail catcher; returns its SMTP address for the portal."""
    from .mailcatcher import MailCatcher

    catcher = MailCatcher(Path(data_dir), host, ports["smtp"], test_mode).start()
    running.callback(catcher.stop)
    mail_http = start_http(running, "mail-http", host, ports["mail"], catcher.app)
    print(f"{SMTP_READY}{host}:{catcher.smtp.port}", flush=True)
    print(f"{MAIL_API_READY}http://{host}:{mail_http.port}/", flush=True)
    return host, catcher.smtp.port


def _serve_bankid(
    running: ExitStack, host: str, port: int, data_dir: str, test_mode: bool, tls: tuple[str, str] | None
) -> str:
    """The fake BankID; returns its RP API URL for the portal."""
    from .fake_bankid import create_app

    server = start_http(running, "bankid-http", host, port, create_app(Path(data_dir), test_mode), tls)
    scheme = "https" if tls else "http"
    print(f"{BANKID_READY}{scheme}://{host}:{server.port}/", flush=True)
    return f"{scheme}://{host}:{server.port}/rp/v6.0"


def _serve_portal(running: ExitStack, host: str, port: int, data_dir: str, overrides: dict, workers: int) -> None:
    """The portal: in this process (Werkzeug), or under gunicorn with `workers` processes."""
    test_mode = "  (testläge)" if overrides["TEST_MODE"] else ""
    if workers:
        from .gunicorn_portal import GunicornPortal

        gunicorn = GunicornPortal(host, port, workers, data_dir, overrides).start()
        running.callback(gunicorn.stop)
        print(f"Portalen kör under gunicorn med {workers} arbetsprocesser{test_mode}", flush=True)
        _print_demo_customers()
        print(f"{PORTAL_READY}{gunicorn.url}/", flush=True)
        return
    from .portal import create_app

    app = create_app(overrides, data_dir=data_dir)
    server = start_http(running, "portal-http", host, port, app)
    app.config["PUBLIC_BASE_URL"] = app.config["PUBLIC_BASE_URL"] or f"http://{host}:{server.port}"
    print(f"Data: {app.config['DATA_DIR']}{test_mode}", flush=True)
    print(f"Portalen skickar e-post via {app.config['SMTP_HOST']}:{app.config['SMTP_PORT']}", flush=True)
    print(f"Portalen frågar BankID på {app.config['BANKID_API_URL']}", flush=True)
    _print_demo_customers()
    print(f"{PORTAL_READY}http://{host}:{server.port}/", flush=True)


def serve(
    component: str,
    host: str,
    ports: dict,
    data_dir: str,
    test_mode: bool,
    smtp: tuple[str, int] | None,
    bankid_tls: tuple[str, str] | None = None,
    bankid_api: str | None = None,
    workers: int = 0,
) -> int:
    """Start what `component` names (all, portal, mail, bankid) and serve until interrupted."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with ExitStack() as running:
        try:
            if component in ("all", "mail"):
                smtp = _serve_mail(running, host, ports, data_dir, test_mode)
            if component in ("all", "bankid"):
                bankid_api = _serve_bankid(running, host, ports["bankid"], data_dir, test_mode, bankid_tls)
            if component in ("all", "portal"):
                overrides = {"TEST_MODE": test_mode}
                if smtp:
                    overrides.update(SMTP_HOST=smtp[0], SMTP_PORT=smtp[1])
                if bankid_api:
                    overrides.update(BANKID_API_URL=bankid_api)
                _serve_portal(running, host, ports["portal"], data_dir, overrides, workers)
        except RuntimeError as exc:
            print(f"FEL: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            print(
                f"FEL: kunde inte starta ({exc.strerror or exc}). Är porten upptagen? Välj en annan med --port.",
                file=sys.stderr,
            )
            return 1
        with suppress(KeyboardInterrupt):
            stop.wait()
    return 0
