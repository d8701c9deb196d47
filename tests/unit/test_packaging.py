"""The wheel ships every package of the engine and the reference stack: pyproject.toml lists
them by hand (pages/, steps/ and features/ are mapped into the engine), so a new package that is
not listed would be missing from `pip install .` while the repository's own runs pass."""

from __future__ import annotations

import tomllib

from tests.support.installed_layout import INSTALLED, ROOT


def test_every_package_is_in_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = set()
    for folder, place in INSTALLED.items():
        if folder == "tests":
            continue
        for init in (ROOT / folder).rglob("__init__.py"):
            inside = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join([*place.split("/"), *inside]))
    assert found - listed == set()
