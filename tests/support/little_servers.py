"""Small local servers for the access tests: a page that records what reached it (behind basic
auth, or TLS that demands a client certificate), and a forwarding HTTP proxy."""

from __future__ import annotations

import http.server
import ssl
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

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
    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=ssl_context)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if ssl_context else 'http'}://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


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

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            forwarded.append(self.path)
            path = "/" + self.path.split("://", 1)[-1].split("/", 1)[-1] if "://" in self.path else self.path
            with urllib.request.urlopen(upstream + path, timeout=10) as answer:
                body = answer.read()
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.headers.get("Content-Type", "text/html"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
