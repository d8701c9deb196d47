"""How the suite gets into a staging site: HTTP basic auth, extra headers (a bypass token, sent
to the site's own origin or to the `header_origins` the profile lists, never to third parties), a
client certificate (mTLS), a proxy, the staging site's own CA (`ca_file`, PEM) and, as a last
resort, whether TLS errors are ignored. A profile's [access]
(the portal), [mail.access] (the mail catcher's API) and [provisioning.access] (the test-data
service) each give these; the browser gets them as Playwright's own context options, the
APIs as httpx's."""

from __future__ import annotations

import base64
import ssl
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from minasidor_spec.common.secret_values import remember
from minasidor_spec.target.secrets import SecretError, resolve

KEYS = {"basic_auth", "headers", "header_origins", "client_certificate", "proxy", "ca_file", "ignore_tls_errors"}
BASIC_AUTH_KEYS = {"username", "password"}
CERTIFICATE_KEYS = {"cert", "key", "pfx", "passphrase"}
PROXY_KEYS = {"server", "username", "password", "bypass"}


@dataclass(frozen=True)
class ClientCertificate:
    cert: str | None = None  # PEM files ...
    key: str | None = None
    pfx: str | None = None  # ... or a PKCS#12 file (the browser only)
    passphrase: str | None = None


@dataclass(frozen=True)
class Proxy:
    server: str
    username: str | None = None
    password: str | None = None
    bypass: str | None = None  # comma-separated hosts that go direct


@dataclass(frozen=True)
class Access:
    username: str | None = None  # HTTP basic auth
    password: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    header_origins: tuple[str, ...] = ()  # where the browser sends `headers`; () = the site's own origin
    certificate: ClientCertificate | None = None
    proxy: Proxy | None = None
    ca_file: str | None = None  # PEM: the CA (or the certificate) the site's TLS is trusted by
    ignore_tls_errors: bool = False

    def __bool__(self) -> bool:
        return self != Access()

    def context_options(self, url: str) -> dict:
        """Options for Playwright's browser.new_context() reaching `url`: http_credentials (sent
        to that origin only), client_certificates, proxy, ignore_https_errors. The headers are
        not among them (Playwright would send them everywhere): `header_route` adds them."""
        options: dict = {}
        origin = _origin(url)
        if self.username is not None:
            options["http_credentials"] = {"username": self.username, "password": self.password or "", "origin": origin}
        if self.certificate is not None:
            certificate = {"origin": origin}
            for key, name in (
                ("cert", "certPath"),
                ("key", "keyPath"),
                ("pfx", "pfxPath"),
                ("passphrase", "passphrase"),
            ):
                if getattr(self.certificate, key):
                    certificate[name] = getattr(self.certificate, key)
            options["client_certificates"] = [certificate]
        if self.proxy is not None:
            options["proxy"] = {key: value for key, value in vars(self.proxy).items() if value is not None}
        if self.ignore_tls_errors:
            options["ignore_https_errors"] = True
        return options

    def request_options(self, url: str) -> dict:
        """Options for playwright.request.new_context() with `url` as its base: one site's API,
        so the headers go with every request (extra_http_headers)."""
        options = self.context_options(url)
        if self.headers:
            options["extra_http_headers"] = dict(self.headers)
        return options

    def header_origins_for(self, url: str) -> frozenset[str]:
        return frozenset(self.header_origins or (_origin(url),))

    def header_route(self, url: str):
        """(matcher, handler) for BrowserContext.route: the headers added to every request to
        the origins they are meant for (`url`'s, or `header_origins`); None without headers.
        Playwright's own extra_http_headers would also hand a bypass token to every third party
        a page loads from, and to an identity broker."""
        if not self.headers:
            return None
        origins, headers = self.header_origins_for(url), dict(self.headers)

        def meant_for(address: str) -> bool:
            return _origin(address) in origins

        def add_headers(route) -> None:
            route.fallback(headers={**route.request.headers, **headers})

        return meant_for, add_headers

    def httpx_options(self) -> dict:
        """Options for httpx.Client (the mail catcher's API, the provisioning service)."""
        options: dict = {}
        if self.username is not None:
            options["auth"] = (self.username, self.password or "")
        if self.headers:
            options["headers"] = dict(self.headers)
        if self.certificate is not None or self.ca_file or self.ignore_tls_errors:
            options["verify"] = self.ssl_context()
        if self.proxy is not None:
            options["proxy"] = self._proxy_url()
        return options

    def handshake_headers(self) -> dict[str, str]:
        """Headers for a WebSocket or Socket.IO connection (basic auth as a header)."""
        headers = dict(self.headers)
        if self.username is not None:
            pair = f"{self.username}:{self.password or ''}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
        return headers

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.ca_file:
            context.load_verify_locations(cafile=self.ca_file)
        if self.ignore_tls_errors:
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        if self.certificate is not None and self.certificate.cert:
            context.load_cert_chain(self.certificate.cert, self.certificate.key, self.certificate.passphrase)
        return context

    def _proxy_url(self) -> str:
        proxy = self.proxy
        if not proxy.username:
            return proxy.server
        parts = urllib.parse.urlsplit(proxy.server)
        user = urllib.parse.quote(proxy.username, safe="") + ":" + urllib.parse.quote(proxy.password or "", safe="")
        return parts._replace(netloc=f"{user}@{parts.netloc}").geturl()


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class AccessError(ValueError):
    def __init__(self, swedish: str, english: str):
        super().__init__(swedish)
        self.swedish, self.english = swedish, english


def _check_keys(table: dict, allowed: set[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise AccessError(
                f"okänd nyckel '{where}.{key}' (tillåtna: {known})", f"unknown key '{where}.{key}' (allowed: {known})"
            )


def _text(table: dict, key: str, where: str, profile: Path, secret: bool) -> str | None:
    if key not in table:
        return None
    try:
        value = resolve(table[key], f"{where}.{key}", profile, secret)
    except SecretError as error:
        raise AccessError(error.swedish, error.english) from None
    if not isinstance(value, str) or not value:
        raise AccessError(
            f"'{where}.{key}' ska vara en text (eller {{ env = \"NAMN\" }})",
            f"'{where}.{key}' must be a string (or {{ env = \"NAME\" }})",
        )
    return value


def _table(table: dict, key: str, where: str, allowed: set[str]) -> dict | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise AccessError(f"'{where}.{key}' ska vara en tabell", f"'{where}.{key}' must be a table")
    _check_keys(value, allowed, f"{where}.{key}")
    return value


def _file(path: str | None, key: str, profile: Path) -> str | None:
    if path is None:
        return None
    found = Path(path).expanduser()
    found = found if found.is_absolute() else profile.parent / found
    if not found.is_file():
        raise AccessError(f"filen för '{key}' finns inte: {found}", f"the file for '{key}' does not exist: {found}")
    return str(found)


def _origins(value: object, where: str) -> tuple[str, ...]:
    """["https://staging.example", "https://login.staging.example/"]: each address's origin."""
    addresses = [value] if isinstance(value, str) else value
    if not isinstance(addresses, list) or not addresses:
        raise AccessError(
            f"'{where}' ska vara en lista med adresser, t.ex. [\"https://staging.example\"]",
            f"'{where}' must be a list of addresses, e.g. [\"https://staging.example\"]",
        )
    origins = []
    for address in addresses:
        parts = urllib.parse.urlsplit(address) if isinstance(address, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise AccessError(
                f"'{where}' ska bara innehålla adresser som https://staging.example (fick {address!r})",
                f"'{where}' must hold addresses like https://staging.example only (got {address!r})",
            )
        origins.append(_origin(address))
    return tuple(origins)


def read_access(table: object, where: str, profile: Path) -> Access:
    """An [access] table (at `where`, e.g. "mail.access"), checked, its secrets read."""
    if table is None:
        return Access()
    if not isinstance(table, dict):
        raise AccessError(f"'{where}' ska vara en tabell ([{where}])", f"'{where}' must be a table ([{where}])")
    _check_keys(table, KEYS, where)
    options: dict = {}
    if (auth := _table(table, "basic_auth", where, BASIC_AUTH_KEYS)) is not None:
        options["username"] = _text(auth, "username", f"{where}.basic_auth", profile, secret=False)
        options["password"] = _text(auth, "password", f"{where}.basic_auth", profile, secret=True)
        if options["username"] is None:
            raise AccessError(f"'{where}.basic_auth.username' saknas", f"'{where}.basic_auth.username' is missing")
        remember(f"{options['username']}:{options['password'] or ''}")
    if (headers := _table(table, "headers", where, set(table.get("headers") or {}))) is not None:
        options["headers"] = {name: _text(headers, name, f"{where}.headers", profile, secret=True) for name in headers}
    if "header_origins" in table:
        options["header_origins"] = _origins(table["header_origins"], f"{where}.header_origins")
    if (cert := _table(table, "client_certificate", where, CERTIFICATE_KEYS)) is not None:
        options["certificate"] = _certificate(cert, f"{where}.client_certificate", profile)
    if isinstance(table.get("proxy"), str):  # proxy = "http://proxy:3128": the server alone
        table = {**table, "proxy": {"server": table["proxy"]}}
    if (proxy := _table(table, "proxy", where, PROXY_KEYS)) is not None:
        options["proxy"] = _proxy(proxy, f"{where}.proxy", profile)
    if "ca_file" in table:
        options["ca_file"] = _file(_text(table, "ca_file", where, profile, False), f"{where}.ca_file", profile)
    ignore = table.get("ignore_tls_errors", False)
    if not isinstance(ignore, bool):
        raise AccessError(
            f"'{where}.ignore_tls_errors' ska vara true eller false",
            f"'{where}.ignore_tls_errors' must be true or false",
        )
    return Access(**options, ignore_tls_errors=ignore)


def _certificate(cert: dict, key: str, profile: Path) -> ClientCertificate:
    found = {
        name: _file(_text(cert, name, key, profile, secret=False), f"{key}.{name}", profile)
        for name in ("cert", "key", "pfx")
    }
    if not (found["pfx"] or (found["cert"] and found["key"])):
        raise AccessError(
            f"'{key}' ska ange cert och key (PEM) eller pfx", f"'{key}' must give cert and key (PEM) or pfx"
        )
    return ClientCertificate(**found, passphrase=_text(cert, "passphrase", key, profile, True))


def _proxy(proxy: dict, where: str, profile: Path) -> Proxy:
    server = _text(proxy, "server", where, profile, secret=False)
    if server is None or urllib.parse.urlsplit(server).scheme not in ("http", "https", "socks5"):
        raise AccessError(
            f"'{where}.server' ska vara en adress som http://proxy:3128 (fick {server!r})",
            f"'{where}.server' must be an address like http://proxy:3128 (got {server!r})",
        )
    return Proxy(
        server,
        _text(proxy, "username", where, profile, False),
        _text(proxy, "password", where, profile, True),
        _text(proxy, "bypass", where, profile, False),
    )
