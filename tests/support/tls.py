"""Throw-away certificates for the tests that run the fake BankID over HTTPS, made with the
machine's openssl: a self-signed server certificate for 127.0.0.1 (which the clients are told
to trust as their CA) and client certificates, also as PKCS#12 for Node.js clients."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PASSPHRASE = "qwerty123"  # BankID's own test certificates use this one


def need_openssl() -> None:
    if shutil.which("openssl") is None:
        pytest.skip("Hoppas över: openssl saknas, så inga testcertifikat kan skapas.")


def self_signed(directory: Path, name: str) -> tuple[str, str]:
    """(certificate, key) as PEM files, valid for a day for 127.0.0.1."""
    need_openssl()
    cert, key = directory / f"{name}.pem", directory / f"{name}-key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)


def pkcs12(cert: str, key: str, path: Path) -> str:
    """The certificate and key as one PKCS#12 file protected by PASSPHRASE."""
    subprocess.run(
        [
            "openssl",
            "pkcs12",
            "-export",
            "-in",
            cert,
            "-inkey",
            key,
            "-out",
            str(path),
            "-passout",
            f"pass:{PASSPHRASE}",
        ],
        check=True,
        capture_output=True,
    )
    return str(path)
