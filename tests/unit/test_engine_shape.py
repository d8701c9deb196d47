"""The engine stays readable: small modules and functions, no module that depends on many
others, and each default (timeouts, ports, exit codes) defined in one place."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.support.installed_layout import ROOT, installed_layout, runtime_imports

MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50
MAX_FAN_OUT = 8
ENGINE = ROOT / "minasidor_spec"
# The rooms held to the fan-out: page objects and steps drive many page objects by nature (a step
# module is held to four fixtures per step instead), and the development tools time them.
NOT_HELD_TO_FAN_OUT = ("minasidor_spec.pages", "minasidor_spec.steps", "minasidor_spec.devtools")
CODE = [
    path for folder in ("reference_app", "minasidor_spec", "pages", "steps") for path in (ROOT / folder).rglob("*.py")
]


def _functions(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _too_long_functions(paths) -> list[str]:
    return [
        f"{path.name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} rader)"
        for path in paths
        for node in _functions(path)
        if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


def test_no_engine_module_is_over_300_lines():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in ENGINE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_engine_function_is_over_50_lines():
    assert _too_long_functions(ENGINE.rglob("*.py")) == []


def test_a_long_function_is_found(tmp_path):
    body = "\n".join(f"    x{n} = {n}" for n in range(MAX_FUNCTION_LINES))
    (tmp_path / "long.py").write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert len(_too_long_functions([tmp_path / "long.py"])) == 1


@pytest.fixture(scope="module")
def imports(tmp_path_factory) -> dict[str, list[str]]:
    return runtime_imports(installed_layout(tmp_path_factory.mktemp("layout")))


def test_no_engine_module_imports_more_than_eight_of_the_projects_modules(imports):
    wide = {
        name: len(targets)
        for name, targets in imports.items()
        if len(targets) > MAX_FAN_OUT and not name.startswith(NOT_HELD_TO_FAN_OUT)
    }
    assert wide == {}
    assert len(imports["minasidor_spec.plugin"]) > 3  # the graph was read, imports and all


def _lines_matching(pattern: str, paths, allowed: set[str]) -> list[str]:
    found = []
    for path in paths:
        if str(path.relative_to(ROOT)) in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line.split("#")[0]):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_the_reference_stacks_ports_are_defined_once():
    assert _lines_matching(r"\b(1025|5000|5002|8025)\b", CODE, {"reference_app/stack_defaults.py"}) == []


def test_seconds_become_playwrights_milliseconds_in_one_place():
    """Timeouts are passed whole, in seconds (common/settings.py: Timeouts, ms)."""
    conversions = r"[*/]\s*1_?000\b(?!\s*:)"  # not a printed figure ({x * 1000:.0f} ms)
    assert _lines_matching(conversions, CODE, {"minasidor_spec/common/settings.py"}) == []
    assert _lines_matching(r"\bLOOK_MS\b|\bWAIT_SECONDS\s*=\s*\d|30_000", CODE, set()) == []


def test_the_exit_codes_are_named():
    """return 0/1/2/3/4 or pytest.exit(returncode=3) only as ExitCode (common/settings.py)."""
    engine = list(ENGINE.rglob("*.py"))
    bare = r"\breturn [0-4]\b(?!\.)|returncode=[0-4]\b|sys\.exit\([0-4]\)|\b(SETUP|UNREACHABLE)_CODE\b"
    assert _lines_matching(bare, engine, {"minasidor_spec/common/settings.py"}) == []


def test_a_target_is_built_in_one_place():
    """profile.build_target makes every Target: from a profile, --base-url or the embedded stack."""
    engine = [path for path in CODE if path.is_relative_to(ENGINE) or path.parts[-2] in ("pages", "steps")]
    assert _lines_matching(r"(?<![\w.])Target\(", engine, {"minasidor_spec/target/profile.py"}) == []


def test_a_step_takes_at_most_four_arguments():
    """A step takes `me` (steps/me.py: the site, the pages, the inbox, the wording, the customer)
    and what its own words add, not each fixture apart."""
    wide = []
    for path in (ROOT / "steps").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            decorators = [ast.unparse(decorator) for decorator in getattr(node, "decorator_list", [])]
            is_step = any(re.match(r"(given|when|then)\(", decorator) for decorator in decorators)
            if is_step and len(node.args.args) > 4:
                wide.append(f"{path.name}: {node.name}({', '.join(a.arg for a in node.args.args)})")
    assert wide == []
