"""Trusting a staging site's own CA (`ca_file` in an [access] table) in the browser too. httpx
takes the CA itself (Access.ssl_context); Chromium takes no CA file, so the suite checks each
HTTPS site the browser opens against the CA first (a TLS handshake that verifies the chain and
the host name) and then tells Chromium to accept exactly the public keys it saw there
(--ignore-certificate-errors-spki-list): nothing else is trusted that the CA did not sign."""

from __future__ import annotations

import base64
import hashlib
import socket
import ssl
import urllib.parse

from minasidor_spec.target.access import Access

HANDSHAKE_SECONDS = 10
SPKI_FLAG = "--ignore-certificate-errors-spki-list"


class UntrustedSite(Exception):
    """A site with `ca_file` whose certificate that CA did not sign (or that did not answer)."""


def public_key_pin(url: str, access: Access) -> str | None:
    """base64(sha256(SubjectPublicKeyInfo)) of the certificate `url`'s server shows, once it is
    verified against the access's CA file; None where there is nothing to pin (http, no CA file)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "https" or not access.ca_file:
        return None
    from cryptography import x509  # only where a profile names a CA file: not on every start
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    host, port = parts.hostname or "", parts.port or 443
    try:
        with (
            socket.create_connection((host, port), timeout=HANDSHAKE_SECONDS) as raw,
            access.ssl_context().wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except ssl.SSLCertVerificationError as error:
        raise UntrustedSite(
            f"{parts.scheme}://{parts.netloc}: certifikatet är inte utfärdat av CA-filen {access.ca_file} "
            f"({error.verify_message})"
        ) from None
    except OSError as error:
        raise UntrustedSite(f"{parts.scheme}://{parts.netloc} svarade inte på TLS ({error})") from None
    spki = (
        x509.load_der_x509_certificate(der).public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def launch_args(sites: list[tuple[str | None, Access]]) -> list[str]:
    """Chromium's flag for the sites (url, access) whose CA file vouches for them, or []."""
    pins = sorted({pin for url, access in sites if url and (pin := public_key_pin(url, access))})
    return [f"{SPKI_FLAG}={','.join(pins)}"] if pins else []
