"""The commands that read runs already made: the report written again from a run record, shards
merged into one report, and targets compared side by side."""

from __future__ import annotations

import sys
from pathlib import Path

from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging.run_record import NotARecord
from minasidor_spec.reporting import report
from minasidor_spec.reporting.compare import compare
from minasidor_spec.reporting.merge_report import merge

__all__ = ["compare", "merge", "rewrite_report"]


def rewrite_report(record: Path, index: Path, history: Path | None) -> int:
    try:
        report.write(record, index, history)
    except NotARecord as error:
        print(f"FEL: {error}", file=sys.stderr)
        return ExitCode.SETUP
    return ExitCode.HELD
