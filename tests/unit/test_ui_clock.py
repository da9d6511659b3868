"""The UI reads "today" and "now" from the injected clock (UiContext), never from the
system directly, so tests and screenshots are deterministic."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "facilitator_desktop" / "ui"
FORBIDDEN = {("date", "today"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today")}


def test_no_system_clock_reads_in_the_ui() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in FORBIDDEN
            ):
                found.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert found == []
