"""--shard K/N: a deterministic 1/N share of the scenarios, so that a CI matrix of N jobs covers
the suite once. pytest-split does the splitting ("least_duration": balanced by each scenario's
last known duration from the timing file, or by count when there is none)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

# Written by every report run (`make spec`), read by the shards; keep it in CI's cache.
# MINASIDOR_DURATIONS names another file (runs side by side, each with its own timings).
DEFAULT_DURATIONS = Path(".minasidor") / "scenario-durations.json"


def durations_path() -> Path:
    return Path(os.environ.get("MINASIDOR_DURATIONS") or DEFAULT_DURATIONS)


def parse_shard(text: str) -> tuple[int, int]:
    """ "2/3" -> (2, 3); a UsageError in Swedish otherwise."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise pytest.UsageError(f"--shard ska vara K/N med 1 ≤ K ≤ N, till exempel 2/3 (fick {text!r})")
    return int(match.group(1)), int(match.group(2))


def apply_shard(config: pytest.Config) -> None:
    """Hand --shard to pytest-split, with the durations file unless another is named."""
    shard = config.getoption("shard", None)
    if not shard:
        return
    group, splits = parse_shard(shard)
    config.option.splits, config.option.group = splits, group
    config.option.splitting_algorithm = "least_duration"
    if Path(config.option.durations_path).name == ".test_durations" and not Path(config.option.durations_path).exists():
        config.option.durations_path = str(durations_path())
