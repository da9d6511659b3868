"""Layering: nothing below ui/ imports Qt; domain/ imports neither Qt nor SQLAlchemy;
no module anywhere imports networking."""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator_desktop

PACKAGE = Path(facilitator_desktop.__file__).parent
NETWORK = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_in(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{p.relative_to(PACKAGE)} imports {name}"
        for p in paths
        for name in imported_modules(p)
        if name.split(".")[0] in forbidden or name in forbidden
    ]


def test_core_layers_do_not_import_qt() -> None:
    core = [
        p
        for layer in ("domain", "crypto", "models", "services", "handouts")
        for p in modules_in(layer)
    ]
    core += [PACKAGE / "workspace.py", PACKAGE / "demo.py", PACKAGE / "errors.py"]
    assert core, "no modules found"
    assert offenders(core, ("PySide6", "shiboken6")) == []


def test_domain_does_not_import_sqlalchemy() -> None:
    assert offenders(modules_in("domain"), ("sqlalchemy", "alembic")) == []


def test_no_network_code_anywhere() -> None:
    found = [
        f"{p.relative_to(PACKAGE)} imports {name}"
        for p in modules_in()
        for name in imported_modules(p)
        if name in NETWORK or name.split(".")[0] in NETWORK
    ]
    assert found == []


def test_starting_the_app_does_not_import_reportlab() -> None:
    """Handouts are built on demand; start-up must not pay for ReportLab."""
    import subprocess
    import sys

    probe = (
        "import sys; import facilitator_desktop.app, facilitator_desktop.handouts.data; "
        "print('reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
