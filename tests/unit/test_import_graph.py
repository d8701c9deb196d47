"""The project's import graph, read with `ast`: no cycle among its modules (imports inside
functions count: they are dependencies too, and so do modules named in strings to
`import_plugin`, `import_module`, `__import__` and `pytest_plugins`), the layers one-way, and the
product never imports its tests."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Folder -> the package it is installed as (pyproject's [tool.setuptools.package-dir]).
PACKAGES = {
    "reference_app": "reference_app",
    "minasidor_spec": "minasidor_spec",
    "pages": "minasidor_spec.pages",
    "steps": "minasidor_spec.steps",
    "tests": "tests",
}
# Lowest first; a module may import its own layer and those below, never one above. The longest
# prefix its name starts with places a module.
LAYERS = (
    ("the reference stack", ("reference_app",)),
    ("what every room uses", ("minasidor_spec", "minasidor_spec.common")),
    ("clients", ("minasidor_spec.clients",)),
    ("page objects", ("minasidor_spec.pages",)),
    ("the target", ("minasidor_spec.target",)),
    ("judging", ("minasidor_spec.judging",)),
    ("reporting", ("minasidor_spec.reporting",)),
    ("the run", ("minasidor_spec.run",)),
    ("steps", ("minasidor_spec.steps",)),
    ("the plugin and the bound features", ("minasidor_spec.plugin", "minasidor_spec.feature_suite")),
    (
        "the command line and development tools",
        ("minasidor_spec.commands", "minasidor_spec.devtools", "minasidor_spec.__main__", "minasidor_spec.cli"),
    ),
    ("tests", ("tests",)),
)
STRING_IMPORTERS = {"import_plugin", "import_module", "__import__"}


def _module_name(path: Path) -> str:
    folder, *rest = path.relative_to(ROOT).with_suffix("").parts
    parts = [PACKAGES[folder], *rest]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for folder in PACKAGES for path in (ROOT / folder).rglob("*.py")}


def _called(call: ast.Call) -> str:
    return getattr(call.func, "attr", None) or getattr(call.func, "id", "")


def _text(arguments: list[ast.expr]) -> str:
    return (
        arguments[0].value
        if arguments and isinstance(arguments[0], ast.Constant) and isinstance(arguments[0].value, str)
        else ""
    )


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `name` imports, the most specific one each import names."""
    return _imports_of_tree(name, path, ast.parse(path.read_text(encoding="utf-8")), known)


def _imports_of_tree(name: str, path: Path, tree: ast.AST, known: set[str]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.Call) and _called(node) in STRING_IMPORTERS and _text(node.args[:1]):
            targets = [_text(node.args[:1])]
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "pytest_plugins" for t in node.targets):
            targets = [
                element.value
                for element in ast.walk(node.value)
                if isinstance(element, ast.Constant) and isinstance(element.value, str)
            ]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            # `from package import module` names the module; `from module import name`, the module.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_among_the_projects_modules():
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_relative_imports_resolve_to_the_module_they_name():
    graph = _graph()
    assert "reference_app.portal.db" in graph["reference_app.portal.sessions"]
    assert "minasidor_spec.clients.mailboxes.base" in graph["minasidor_spec.clients.mailboxes.mailpit"]


def _layer(module: str) -> int:
    matching = [
        (len(prefix), rank)
        for rank, (_, prefixes) in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    return max(matching)[1]


def _upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{name} ({LAYERS[_layer(name)][0]}) -> {target} ({LAYERS[_layer(target)][0]})"
        for name, targets in graph.items()
        for target in targets
        if _layer(target) > _layer(name)
    )


def test_the_layers_are_one_way():
    assert _upward_imports(_graph()) == []


def test_string_imports_count():
    """A plugin loaded by name is a dependency like any import (the check sees through it)."""
    tree = ast.parse(
        'config.pluginmanager.import_plugin("minasidor_spec.steps.login_steps")\n'
        'importlib.import_module("minasidor_spec.plugin")\npytest_plugins = ["minasidor_spec.devtools.bench"]'
    )
    path = ROOT / "pages" / "_example.py"
    known = {"minasidor_spec.steps.login_steps", "minasidor_spec.plugin", "minasidor_spec.devtools.bench"}
    found = _imports_of_tree("minasidor_spec.pages._example", path, tree, known)
    assert found == known
    assert len(_upward_imports({"minasidor_spec.pages._example": found, **{name: set() for name in known}})) == 3


def test_the_plugin_does_not_import_the_development_tools():
    graph, seen, todo = _graph(), set(), ["minasidor_spec.plugin", "minasidor_spec.feature_suite"]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph[module])
    assert sorted(module for module in seen if module.startswith("minasidor_spec.devtools")) == []


def test_nothing_outside_tests_imports_from_tests():
    leaks = {
        name: sorted(t for t in targets if t.split(".")[0] == "tests")
        for name, targets in _graph().items()
        if not name.startswith("tests")
    }
    assert {name: targets for name, targets in leaks.items() if targets} == {}


def test_no_product_code_names_a_path_under_tests():
    """The engine runs its features by module name (minasidor_spec.feature_suite), never by a path
    of this repository's tests."""
    product = [path for folder in PACKAGES if folder != "tests" for path in (ROOT / folder).rglob("*.py")]
    assert [
        str(path.relative_to(ROOT)) for path in product if re.search(r"\btests/", path.read_text(encoding="utf-8"))
    ] == []


def test_makefile_and_pyproject_do_not_reach_into_tests():
    for name in ("Makefile", "pyproject.toml"):
        assert not re.search(r"tests\.", (ROOT / name).read_text(encoding="utf-8")), name
