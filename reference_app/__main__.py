"""Command line: `python -m reference_app serve [all|portal]`."""

from __future__ import annotations

import argparse
import os
import sys

COMPONENTS = ("all", "portal")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reference_app", description="Referensmiljön för Mina sidor.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="starta referensmiljön")
    serve.add_argument("component", nargs="?", default="all", choices=COMPONENTS, help="vad som ska startas (standard: all)")
    serve.add_argument("--host", default="127.0.0.1", help="adress att lyssna på (standard: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=5000, help="portalens port; 0 väljer en ledig (standard: 5000)")
    serve.add_argument("--data-dir", default=".minasidor", help="katalog för SQLite-filer (standard: .minasidor)")
    serve.add_argument("--test-mode", action="store_true", help="slå på testlägets styrgränssnitt (klockan)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.test_mode:
        os.environ["MINASIDOR_TEST_MODE"] = "1"
    from .serving import serve_portal

    return serve_portal(args.host, args.port, args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
