"""`spec --parallel N`: the features in N shards side by side (`--shard K/N`, each its own pytest,
and on the embedded stack each its own reference stack), then one run, report, junit.xml and
history from their records (merge-report). The console shows the first shard's pre-flight table,
every shard's progress lines as one numbered list, and the merged verdict.

Not for a run a person takes part in (assisted BankID at this terminal: one QR code at a time), a
run that names its own tests or shard, or one that stops at the first failure: those run alone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

from minasidor_spec.common.settings import ExitCode
from minasidor_spec.judging import run_record as records
from minasidor_spec.reporting.merge_report import merge

# A progress line (run/progress.py): "  ✔ 12. Feature: Scenario"; its continuation lines are
# indented further.
PROGRESS = re.compile(r"^  (\S) (\d+)\. (.*)$")
CONTINUED = "      "
ALONE = ("-x", "--exitfirst", "--pdb", "--headed", "--shard", "--maxfail", "--lf", "--last-failed")
PREFLIGHT_END = "Testkunder som de valda scenarierna förbrukar:"


def runs_alone(arguments: list[str]) -> str | None:
    """Why this run cannot be split (None: it can)."""
    for argument in arguments:
        if argument.split("=", 1)[0] in ALONE:
            return f"{argument.split('=', 1)[0]} kör i en process"
    profile = _option(arguments, "--target")
    if profile is not None:
        try:
            mode = tomllib.loads(Path(profile).read_text(encoding="utf-8")).get("bankid", {}).get("mode")
        except (OSError, tomllib.TOMLDecodeError, AttributeError):
            return None  # the run itself says what is wrong with the profile
        if mode == "assisterad":
            return "BankID med en person: en QR-kod i taget"
    return None


def _option(arguments: list[str], name: str) -> str | None:
    for index, argument in enumerate(arguments):
        if argument == name and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None


class Console:
    """One numbered list of the shards' progress lines; the first shard's pre-flight table."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done = 0

    def relay(self, shard: int, process: subprocess.Popen, kept: list[str]) -> None:
        block: list[str] = []
        preflight = shard == 1
        for line in process.stdout:
            kept.append(line)
            line = line.rstrip("\n")
            if block and line.startswith(CONTINUED):
                block.append(line)
                continue
            self._flush(block)
            block = []
            match = PROGRESS.match(line)
            if match:
                preflight = False
                block = [line]
            elif preflight and line.startswith(PREFLIGHT_END):
                preflight = False
            elif preflight and not line.startswith(("==>", "[pytest-split]")) and "[100%]" not in line:
                with self.lock:
                    print(line, flush=True)
        self._flush(block)

    def _flush(self, block: list[str]) -> None:
        if not block:
            return
        mark, _number, name = PROGRESS.match(block[0]).groups()
        with self.lock:
            if mark != "↻":  # a scenario run again gets its number with its last attempt
                self.done += 1
            print(f"  {mark} {self.done + (1 if mark == '↻' else 0)}. {name}", flush=True)
            for line in block[1:]:
                print(line, flush=True)


def run_parallel(arguments: list[str], report_dir: Path, history_path: Path | None, workers: int) -> int:
    parts_root = report_dir.with_name(f"{report_dir.name}.delar")
    shutil.rmtree(parts_root, ignore_errors=True)
    parts = [parts_root / f"del-{shard}" for shard in range(1, workers + 1)]
    console, outputs, threads, processes = Console(), [], [], []
    print(f"==> {workers} delkörningar sida vid sida (--parallel {workers})", flush=True)
    for shard, part in enumerate(parts, start=1):
        command = [sys.executable, "-m", "minasidor_spec", "spec", "--report", str(part), *arguments]
        command += ["--shard", f"{shard}/{workers}"]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8", bufsize=1
        )
        kept: list[str] = []
        thread = threading.Thread(target=console.relay, args=(shard, process, kept), daemon=True)
        thread.start()
        processes.append(process)
        outputs.append(kept)
        threads.append(thread)
    codes = [process.wait() for process in processes]
    for thread in threads:
        thread.join()
    for index, code in enumerate(codes):
        # The target did not answer, the profile or the test data cannot be used, or the shard
        # left no record: say it once, as that shard said it.
        if code in (ExitCode.UNREACHABLE, ExitCode.SETUP) or not records.in_folder(parts[index]).exists():
            print("".join(outputs[index]), end="")
            return code if code in (ExitCode.UNREACHABLE, ExitCode.SETUP) else ExitCode.SETUP
    return merge(parts, report_dir, history_path)
