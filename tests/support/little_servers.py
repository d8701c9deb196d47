"""Small local servers for the access tests: a page that records what reached it (behind basic
auth, or TLS that demands a client certificate), and a forwarding HTTP proxy."""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from werkzeug.wrappers import Request, Response

from reference_app.serving import start_http

PAGE = "<!doctype html><html lang='sv'><head><title>Staging</title></head><body><h1>Mina sidor</h1></body></html>"


def recording_app(seen: list[dict], credentials: str | None = None):
    """A WSGI page that records each request's headers; behind basic auth when given "user:pass"."""

    @Request.application
    def app(request: Request) -> Response:
        seen.append(dict(request.headers))
        sent = request.authorization
        if credentials and (not sent or f"{sent.username}:{sent.password}" != credentials):
            return Response("nej", 401, {"WWW-Authenticate": 'Basic realm="staging"'})
        return Response(PAGE, mimetype="text/html")

    return app


@contextmanager
def serving(app, ssl_context: ssl.SSLContext | None = None) -> Iterator[str]:
    """`app` on a free port, as the reference stack serves its parts."""
    with ExitStack() as closing, ExitStack() as running:  # stopped first, then its socket closed
        server = start_http(running, "little", "127.0.0.1", 0, app, ssl_context)
        closing.callback(server.server_close)
        yield f"{'https' if ssl_context else 'http'}://127.0.0.1:{server.server_port}"


def demanding_client_certificates(cert: str, key: str, trusted_client: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(trusted_client)
    return context


@contextmanager
def forwarding_proxy(upstream: str, forwarded: list[str]) -> Iterator[str]:
    """An HTTP proxy that sends every request it gets (absolute URL, any host) to `upstream`,
    recording the URL asked for."""

    @Request.application
    def proxy(request: Request) -> Response:
        forwarded.append(f"{request.scheme}://{request.host}{request.full_path.rstrip('?')}")
        with urllib.request.urlopen(upstream + request.full_path.rstrip("?"), timeout=10) as answer:
            return Response(answer.read(), answer.status, content_type=answer.headers.get("Content-Type", "text/html"))

    with serving(proxy) as url:
        yield url
