"""The command line: `minasidor-spec` (installed with the package) or `python -m minasidor_spec`.
Each subcommand answers --help (exit 0, touching nothing). `spec` passes what it does not know to
pytest (--target, -k, -m, --device, --reruns ...).

Exit codes (spec, merge-report): 0 every rule held, 1 a rule failed or is unproven, 3 the target
did not answer (an outage: no rule judged), 4 the profile, a secret, the test data or the browser
could not be used."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minasidor_spec.common.settings import ExitCode

EXIT_CODES = (
    "Avslutskoder: 0 varje regel håller, 1 en regel håller inte eller är inte bevisad, 3 målmiljön "
    "svarade inte (inga regler bedömdes), 4 målprofilen, en hemlighet, testdata eller webbläsaren "
    "gick inte att använda."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minasidor-spec",
        description="Den körbara specifikationen av hjälpsidan ”Så här loggar du in på nya Mina sidor”.",
        epilog=EXIT_CODES,
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    spec = commands.add_parser(
        "spec",
        allow_abbrev=False,
        help="kör featurefilerna och skriv rapporten, junit.xml och historiken",
        description="Kör featurefilerna (mot den inbyggda referensmiljön, eller --target PROFIL.toml) och skriv "
        "rapporten (RAPPORT/index.html), körningen (RAPPORT/korning.json), junit.xml och historiken.",
        epilog="Övriga flaggor går till pytest, till exempel --target PROFIL.toml, -k UTTRYCK, -m H5, "
        "--device 'Pixel 7', --reruns N, --fail-on-flaky, --shard 2/3, -v (fullständiga felspår). " + EXIT_CODES,
    )
    spec.add_argument("--report", type=Path, default=Path("report"), metavar="MAPP", help="rapportmapp (report)")
    spec.add_argument(
        "--history", type=Path, metavar="FIL", help="historikfil (standard: MAPP.historik.jsonl bredvid rapporten)"
    )

    report = commands.add_parser(
        "report",
        help="skriv rapporten igen från en körning (korning.json)",
        description="Skriv rapporten och junit.xml från en körning (korning.json).",
    )
    report.add_argument("record", type=Path, metavar="KORNING.json")
    report.add_argument("index", type=Path, metavar="INDEX.html")
    report.add_argument("--history", type=Path, metavar="FIL", help="lägg till körningen i den här historikfilen")

    merge = commands.add_parser(
        "merge-report",
        help="slå ihop delkörningar (--shard K/N) till en rapport",
        description="Slå ihop delkörningarnas korning.json till en körning, rapport och junit.xml.",
        epilog=EXIT_CODES,
    )
    merge.add_argument("shards", nargs="+", type=Path, metavar="MAPP")
    merge.add_argument("--out", type=Path, default=Path("report"), metavar="MAPP", help="rapportmapp (report)")
    merge.add_argument("--history", type=Path, metavar="FIL", help="historikfil (standard: MAPP.historik.jsonl)")

    compare = commands.add_parser(
        "compare",
        help="målmiljöernas utslag sida vid sida",
        description="Hjälpsidans regler som rader, en kolumn per målmiljö (rapportmapp).",
    )
    compare.add_argument("reports", nargs="+", type=Path, metavar="MAPP")
    compare.add_argument("--out", type=Path, default=Path("jamforelse.html"), metavar="FIL")

    commands.add_parser(
        "plan",
        allow_abbrev=False,
        help="vad en körning skulle välja och vilka testkunder den förbrukar",
        description="Före en körning: scenarierna den väljer och testkunderna de förbrukar per roll, mot vad "
        "målmiljön har. Samma flaggor som spec: --target PROFIL.toml, -m UTTRYCK, -k UTTRYCK, "
        "--test-data-state FIL.",
    )
    commands.add_parser("bench", help="tider mot den inbyggda referensmiljön", description="Tider (make bench).")
    soak = commands.add_parser(
        "soak", help="sviten många gånger i slumpvis ordning under last", description="make soak."
    )
    soak.add_argument("runs", nargs="?", default="20", metavar="ANTAL")
    soak.add_argument("tests", nargs="*", metavar="TEST")
    mutants = commands.add_parser("mutants", help="sviten mot mutanter av referensmiljön", description="make mutants.")
    mutants.add_argument("names", nargs="*", metavar="NAMN")
    commands.add_parser(
        "browser", help="se till att en Chromium finns", description="Installera en Chromium vid behov."
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser()
    if argv[:1] == ["plan"]:
        parser.parse_known_args(argv)  # --help
        from minasidor_spec.commands.plan import main as plan_main

        return plan_main(argv[1:])
    if argv[:1] == ["spec"]:
        options, rest = parser.parse_known_args(argv)
    else:
        options, rest = parser.parse_args(argv), []
    command = options.command
    if command is None:
        parser.print_help()
        return ExitCode.USAGE
    if command == "spec":
        from minasidor_spec.commands.spec_run import run

        return run(rest, options.report, options.history)
    if command == "report":
        from minasidor_spec.judging.run_record import NotARecord
        from minasidor_spec.reporting import report

        try:
            report.write(options.record, options.index, options.history)
        except NotARecord as error:
            print(f"FEL: {error}", file=sys.stderr)
            return ExitCode.SETUP
        return ExitCode.HELD
    if command == "merge-report":
        from minasidor_spec.reporting.merge_report import merge

        return merge(options.shards, options.out, options.history)
    if command == "compare":
        from minasidor_spec.reporting.compare import compare

        return compare(options.reports, options.out)
    if command == "bench":
        from minasidor_spec.devtools.bench import main as bench_main

        return bench_main()
    if command == "soak":
        from minasidor_spec.devtools.soak import main as soak_main

        return soak_main([options.runs, *options.tests])
    if command == "mutants":
        from minasidor_spec.devtools.mutants import main as mutants_main

        return mutants_main(options.names)
    from minasidor_spec.run.browser import ensure_browser

    return ensure_browser()


if __name__ == "__main__":
    sys.exit(main())
