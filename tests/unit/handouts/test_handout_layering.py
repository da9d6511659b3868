"""The handouts package uses ReportLab, the text libraries (uharfbuzz, python-bidi) and the
standard library only: no Qt, no SQLAlchemy, nothing from the layers that feed it except the
domain's input cleaning and its one way of writing lengths."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import facilitator_desktop.handouts

PACKAGE = Path(facilitator_desktop.handouts.__file__).parent
ALLOWED_OWN = (
    "facilitator_desktop.handouts",
    "facilitator_desktop.paths",
    "facilitator_desktop.domain.validation",
    "facilitator_desktop.domain.durations",
)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _allowed(name: str) -> bool:
    top = name.split(".")[0]
    if top in ("reportlab", "uharfbuzz", "bidi", "__future__") or top in sys.stdlib_module_names:
        return True
    return name == "facilitator_desktop" or name.startswith(ALLOWED_OWN)


def test_handouts_import_only_reportlab_and_the_standard_library() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert modules
    offenders = [
        f"{path.name} imports {name}"
        for path in modules
        for name in _imports(path)
        if not _allowed(name)
    ]
    assert offenders == []
