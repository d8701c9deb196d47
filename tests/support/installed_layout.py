"""The repository copied as the wheel installs it (pages/ and steps/ inside the engine, as
[tool.setuptools.package-dir] maps them), for tools that read packages from disk: import-linter
and grimp."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Folder in the repository -> where the wheel puts it.
INSTALLED = {
    "minasidor_spec": "minasidor_spec",
    "pages": "minasidor_spec/pages",
    "steps": "minasidor_spec/steps",
    "reference_app": "reference_app",
    "tests": "tests",
}


def installed_layout(into: Path) -> Path:
    for folder, place in INSTALLED.items():
        shutil.copytree(ROOT / folder, into / place, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", into)
    return into


def layout_environment(layout: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(layout), "NO_COLOR": "1"}


_DIRECT_IMPORTS = """
import grimp, json
graph = grimp.build_graph("minasidor_spec", cache_dir=None, exclude_type_checking_imports=True)
print(json.dumps({name: sorted(graph.find_modules_directly_imported_by(name)) for name in graph.modules}))
"""


def runtime_imports(layout: Path) -> dict[str, list[str]]:
    """Each engine module -> the project modules it imports when it runs (grimp; imports for type
    checking only are not dependencies at run time)."""
    run = subprocess.run(
        [sys.executable, "-c", _DIRECT_IMPORTS],
        cwd=layout,
        env=layout_environment(layout),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(run.stdout)
