"""Small local servers for the access tests: a page that records what reached it (behind basic
auth, or TLS that demands a client certificate), a forwarding HTTP proxy, and a slow back end."""

from __future__ import annotations

import ssl
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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


@contextmanager
def failing_once(upstream: str, path_prefix: str, instead: str, after: int = 1) -> Iterator[str]:
    """A reverse proxy in front of `upstream` that answers one GET of a page under `path_prefix`
    (the one after the first `after`: the pre-flight's look comes first) with `instead` (a page
    without what the customer looks for), and forwards every other request as it is: a target
    whose failure comes and goes."""
    asked: list[str] = []

    @Request.application
    def proxy(request: Request) -> Response:
        if request.method == "GET" and request.path.startswith(path_prefix):
            asked.append(request.path)
            if len(asked) == after + 1:
                return Response(instead, mimetype="text/html")
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        forwarded = urllib.request.Request(
            upstream + request.full_path.rstrip("?"), data=request.get_data() or None, headers=headers
        )
        forwarded.method = request.method
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            answer = opener.open(forwarded, timeout=10)
        except urllib.error.HTTPError as error:
            answer = error
        with answer:
            kept = [(k, v) for k, v in answer.headers.items() if k.lower() not in ("transfer-encoding", "connection")]
            return Response(answer.read(), answer.status, headers=kept)

    with serving(proxy) as url:
        yield url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """The browser follows redirects itself (and keeps their cookies)."""

    def redirect_request(self, *args, **kwargs):
        return None


@contextmanager
def held_answers(
    pages: dict[str, str], held: dict[str, str], held_whole: frozenset[str] = frozenset()
) -> Iterator[str]:
    """A slow back end, from the page's side: the `pages` (HTML) by path; a GET or POST to a path
    in `held` gets its headers and the first bytes of its JSON body at once, and the rest only
    once the page has asked for /slapp (which it does when it chooses: a fetch that resolves on
    the headers is not an answer read yet). A path in `held_whole` answers nothing, not even its
    headers, until then (a handshake that takes its time)."""
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            if self.path in held_whole:
                release.wait(10)
            if self.path == "/slapp":
                release.set()
                self._send(b"", "text/plain")
            elif self.path in held:  # (a held_whole path too, once released)
                self._held()
            else:
                self._send(pages[self.path].encode(), "text/html; charset=utf-8")

        def do_POST(self) -> None:
            self._held()

        def _held(self) -> None:
            body = held[self.path].encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:5])
            self.wfile.flush()
            release.wait(10)
            self.wfile.write(body[5:])

        def _send(self, body: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        release.set()
        server.shutdown()
        server.server_close()
