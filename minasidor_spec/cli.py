"""The command line: `minasidor-spec` (installed with the package) or `python -m minasidor_spec`.
Each subcommand answers --help (exit 0, touching nothing). `spec` and `plan` pass what they do not
know to pytest (--target, -k, -m, --device, --reruns ...). A subcommand's module is imported only
when it runs.

Exit codes (spec, merge-report): 0 every rule held, 1 a rule failed or is unproven, 3 the target
did not answer (an outage: no rule judged), 4 the profile, a secret, the test data or the browser
could not be used."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from minasidor_spec.common.settings import ExitCode

EXIT_CODES = (
    "Avslutskoder: 0 varje regel håller, 1 en regel håller inte eller är inte bevisad, 3 målmiljön "
    "svarade inte (inga regler bedömdes), 4 målprofilen, en hemlighet, testdata eller webbläsaren "
    "gick inte att använda."
)


def _spec_arguments(spec: argparse.ArgumentParser) -> None:
    spec.add_argument("--report", type=Path, default=Path("report"), metavar="MAPP", help="rapportmapp (report)")
    spec.add_argument(
        "--history", type=Path, metavar="FIL", help="historikfil (standard: MAPP.historik.jsonl bredvid rapporten)"
    )
    spec.add_argument(
        "--parallel",
        type=_workers,
        default=1,
        metavar="N",
        help="kör scenarierna i N delkörningar sida vid sida och slå ihop dem till en rapport "
        "(standard: 1; make spec: 2; inte med BankID med en person, -x eller --shard)",
    )


def _workers(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 16:
        raise argparse.ArgumentTypeError(f"ska vara ett tal från 1 till 16 (fick {text!r})")
    return int(text)


def _report_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument("record", type=Path, metavar="KORNING.json")
    report.add_argument("index", type=Path, metavar="INDEX.html")
    report.add_argument("--history", type=Path, metavar="FIL", help="lägg till körningen i den här historikfilen")


def _merge_arguments(merge: argparse.ArgumentParser) -> None:
    merge.add_argument("shards", nargs="+", type=Path, metavar="MAPP")
    merge.add_argument("--out", type=Path, default=Path("report"), metavar="MAPP", help="rapportmapp (report)")
    merge.add_argument("--history", type=Path, metavar="FIL", help="historikfil (standard: MAPP.historik.jsonl)")


def _compare_arguments(compare: argparse.ArgumentParser) -> None:
    compare.add_argument("reports", nargs="+", type=Path, metavar="MAPP")
    compare.add_argument("--out", type=Path, default=Path("jamforelse.html"), metavar="FIL")


def _soak_arguments(soak: argparse.ArgumentParser) -> None:
    soak.add_argument("runs", nargs="?", default="20", metavar="ANTAL")
    soak.add_argument("tests", nargs="*", metavar="TEST")


def _mutants_arguments(mutants: argparse.ArgumentParser) -> None:
    mutants.add_argument("names", nargs="*", metavar="NAMN")


def _spec(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.commands.spec_run import run

    return run(rest, options.report, options.history, options.parallel)


def _plan(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.commands.plan import main as plan_main

    return plan_main(rest)


def _report(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.commands.reports import rewrite_report

    return rewrite_report(options.record, options.index, options.history)


def _merge(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.commands.reports import merge

    return merge(options.shards, options.out, options.history)


def _compare(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.commands.reports import compare

    return compare(options.reports, options.out)


def _bench(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.devtools.bench import main as bench_main

    return bench_main()


def _soak(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.devtools.soak import main as soak_main

    return soak_main([options.runs, *options.tests])


def _mutants(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.devtools.mutants import main as mutants_main

    return mutants_main(options.names)


def _browser(options: argparse.Namespace, rest: list[str]) -> int:
    from minasidor_spec.run.browser import ensure_browser

    return ensure_browser()


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    description: str
    run: Callable[[argparse.Namespace, list[str]], int]
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    epilog: str | None = None
    passes_on: bool = False  # what it does not know goes to pytest


COMMANDS = (
    Command(
        "spec",
        "kör featurefilerna och skriv rapporten, junit.xml och historiken",
        "Kör featurefilerna (mot den inbyggda referensmiljön, eller --target PROFIL.toml) och skriv "
        "rapporten (RAPPORT/index.html), körningen (RAPPORT/korning.json), junit.xml och historiken.",
        _spec,
        _spec_arguments,
        "Övriga flaggor går till pytest, till exempel --target PROFIL.toml, -k UTTRYCK, -m H5, "
        "--device 'Pixel 7', --reruns N, --fail-on-flaky, --shard 2/3, -v (fullständiga felspår). " + EXIT_CODES,
        passes_on=True,
    ),
    Command(
        "report",
        "skriv rapporten igen från en körning (korning.json)",
        "Skriv rapporten och junit.xml från en körning (korning.json).",
        _report,
        _report_arguments,
    ),
    Command(
        "merge-report",
        "slå ihop delkörningar (--shard K/N) till en rapport",
        "Slå ihop delkörningarnas korning.json till en körning, rapport och junit.xml.",
        _merge,
        _merge_arguments,
        EXIT_CODES,
    ),
    Command(
        "compare",
        "målmiljöernas utslag sida vid sida",
        "Hjälpsidans regler som rader, en kolumn per målmiljö (rapportmapp).",
        _compare,
        _compare_arguments,
    ),
    Command(
        "plan",
        "vad en körning skulle välja och vilka testkunder den förbrukar",
        "Före en körning: scenarierna den väljer och testkunderna de förbrukar per roll, mot vad "
        "målmiljön har. Samma flaggor som spec: --target PROFIL.toml, -m UTTRYCK, -k UTTRYCK, "
        "--test-data-state FIL.",
        _plan,
        passes_on=True,
    ),
    Command("bench", "tider mot den inbyggda referensmiljön", "Tider (make bench).", _bench),
    Command("soak", "sviten många gånger i slumpvis ordning under last", "make soak.", _soak, _soak_arguments),
    Command("mutants", "sviten mot mutanter av referensmiljön", "make mutants.", _mutants, _mutants_arguments),
    Command("browser", "se till att en Chromium finns", "Installera en Chromium vid behov.", _browser),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minasidor-spec",
        description="Den körbara specifikationen av hjälpsidan ”Så här loggar du in på nya Mina sidor”.",
        epilog=EXIT_CODES,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for command in COMMANDS:
        sub = subparsers.add_parser(
            command.name,
            help=command.help,
            description=command.description,
            epilog=command.epilog,
            allow_abbrev=not command.passes_on,
        )
        if command.arguments is not None:
            command.arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser()
    by_name = {command.name: command for command in COMMANDS}
    passes_on = bool(argv) and argv[0] in by_name and by_name[argv[0]].passes_on
    options, rest = parser.parse_known_args(argv) if passes_on else (parser.parse_args(argv), [])
    if options.command is None:
        parser.print_help()
        return ExitCode.USAGE
    if options.command == "plan":
        rest = argv[1:]  # plan hands its whole command line to pytest, which knows its options
    return by_name[options.command].run(options, rest)
