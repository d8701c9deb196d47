"""Command line of the spec engine:

python -m minasidor_spec spec [--report DIR] [--history FIL] [PYTEST-ARGS...]
    run the features, write DIR/index.html, add the run to FIL (standard: DIR.historik.jsonl)
python -m minasidor_spec report [--history FIL] CUCUMBER.json INDEX.html [EXTRAS.json]
python -m minasidor_spec merge-report [--out DIR] [--history FIL] SHARD-DIR...
    one report from shard runs (--shard K/N)
python -m minasidor_spec compare [--out FIL] REPORT-DIR...
    the targets' verdicts side by side, one page (standard: jamforelse.html)
python -m minasidor_spec bench                timings against the embedded stack
python -m minasidor_spec soak [RUNS]          RUNS random-order runs under CPU load
python -m minasidor_spec mutants [NAME...]    the features against mutants of the reference stack
python -m minasidor_spec browser              make sure a Chromium exists
"""

from __future__ import annotations

import sys
from pathlib import Path


def own_options(arguments: list[str], names: tuple[str, ...]) -> tuple[dict[str, str], list[str]]:
    """Take `names` (each with its value) out of `arguments`, wherever they are; the rest is pytest's."""
    options, rest, at = {}, [], 0
    while at < len(arguments):
        if arguments[at] in names and at + 1 < len(arguments):
            options[arguments[at]] = arguments[at + 1]
            at += 2
        else:
            rest.append(arguments[at])
            at += 1
    return options, rest


def main(argv: list[str]) -> int:
    command, arguments = (argv[0], argv[1:]) if argv else ("", [])
    if command == "spec":
        from .spec_run import run

        options, arguments = own_options(arguments, ("--report", "--history"))
        report_dir = Path(options.get("--report", "report"))
        return run(arguments, report_dir, Path(options["--history"]) if "--history" in options else None)
    if command == "report":
        from .report import main as report_main

        return report_main(arguments)
    if command == "merge-report":
        from .merge_report import main as merge_main

        return merge_main(arguments)
    if command == "compare":
        from .compare import main as compare_main

        return compare_main(arguments)
    if command == "bench" and not arguments:
        from .devtools.bench import main as bench_main

        return bench_main()
    if command == "soak":
        from .devtools.soak import main as soak_main

        return soak_main(arguments)
    if command == "mutants":
        from .devtools.mutants import main as mutants_main

        return mutants_main(arguments)
    if command == "browser" and not arguments:
        from .browser import ensure_browser

        return ensure_browser()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
