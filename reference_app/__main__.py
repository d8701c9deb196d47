"""Command line: `python -m reference_app serve [all|portal|mail]`."""

from __future__ import annotations

import argparse
import os
import sys

from reference_app.stack_defaults import BANKID_PORT, HOST, MAIL_API_PORT, PORTAL_PORT, SMTP_PORT

COMPONENTS = ("all", "portal", "mail", "bankid")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reference_app", description="Referensmiljön för Mina sidor.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="starta referensmiljön")
    serve.add_argument(
        "component",
        nargs="?",
        default="all",
        choices=COMPONENTS,
        help="vad som ska startas: all (standard), portal, mail eller bankid",
    )
    serve.add_argument("--host", default=HOST, help=f"adress att lyssna på (standard: {HOST})")
    serve.add_argument(
        "--port", type=int, default=PORTAL_PORT, help=f"portalens port; 0 väljer en ledig (standard: {PORTAL_PORT})"
    )
    serve.add_argument(
        "--smtp-port", type=int, default=SMTP_PORT, help=f"e-postfångarens SMTP-port (standard: {SMTP_PORT})"
    )
    serve.add_argument(
        "--mail-port", type=int, default=MAIL_API_PORT, help=f"e-postfångarens webb och API (standard: {MAIL_API_PORT})"
    )
    serve.add_argument(
        "--bankid-port", type=int, default=BANKID_PORT, help=f"falska BankID:s port (standard: {BANKID_PORT})"
    )
    serve.add_argument("--bankid-cert", metavar="PEM", help="certifikat: falska BankID svarar över HTTPS")
    serve.add_argument("--bankid-key", metavar="PEM", help="privat nyckel till --bankid-cert")
    serve.add_argument(
        "--bankid-api",
        metavar="URL",
        help="BankID:s RP API för portalen när falska BankID inte startas här, t.ex. https://appapi2.test.bankid.com/rp/v6.0",
    )
    serve.add_argument(
        "--smtp",
        metavar="VÄRD:PORT",
        help=f"SMTP-server för portalen när e-postfångaren inte startas här (standard: {HOST}:{SMTP_PORT})",
    )
    serve.add_argument("--data-dir", default=".minasidor", help="katalog för SQLite-filer (standard: .minasidor)")
    serve.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="kör portalen under gunicorn med N arbetsprocesser (standard: 0, Werkzeug i samma process)",
    )
    serve.add_argument(
        "--test-mode", action="store_true", help="slå på testlägets styrgränssnitt (klocka, testkunder, kaos)"
    )
    serve.add_argument(
        "--ignore-duplicate-ids",
        action="store_true",
        help="e-postfångaren sparar inte ett meddelande vars Message-ID redan finns (som Mailpits flagga)",
    )
    return parser


def _smtp_address(text: str | None, parser: argparse.ArgumentParser) -> tuple[str, int] | None:
    if text is None:
        return None
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit():
        parser.error(f"--smtp ska vara VÄRD:PORT, till exempel {HOST}:{SMTP_PORT} (fick {text!r})")
    return host, int(port)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.test_mode:
        os.environ["MINASIDOR_TEST_MODE"] = "1"
    if args.ignore_duplicate_ids:
        os.environ["MINASIDOR_MAIL_IGNORE_DUPLICATE_IDS"] = "1"
    from .serving import serve

    if args.workers < 0:
        parser.error("--workers ska vara 0 eller fler")
    if bool(args.bankid_cert) != bool(args.bankid_key):
        parser.error("--bankid-cert och --bankid-key anges tillsammans")
    ports = {"portal": args.port, "smtp": args.smtp_port, "mail": args.mail_port, "bankid": args.bankid_port}
    tls = (args.bankid_cert, args.bankid_key) if args.bankid_cert else None
    return serve(
        args.component,
        args.host,
        ports,
        args.data_dir,
        args.test_mode,
        _smtp_address(args.smtp, parser),
        tls,
        args.bankid_api,
        args.workers,
    )


if __name__ == "__main__":
    sys.exit(main())
