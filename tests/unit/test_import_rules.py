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
    "psycopg",
}
# The one package that talks to a network: the agency's PostgreSQL server, for sharing.
SYNC_PACKAGE = PACKAGE / "sync"
SYNC_MAY_IMPORT = {"psycopg", "socket", "ssl", "ipaddress"}


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
        for layer in ("domain", "crypto", "models", "services", "handouts", "demo_data")
        for p in modules_in(layer)
    ]
    core += [PACKAGE / "workspace.py", PACKAGE / "demo.py", PACKAGE / "errors.py"]
    assert core, "no modules found"
    assert offenders(core, ("PySide6", "shiboken6")) == []


def test_domain_does_not_import_sqlalchemy() -> None:
    assert offenders(modules_in("domain"), ("sqlalchemy", "alembic")) == []


def test_ui_does_not_import_sqlalchemy() -> None:
    """Widgets reach storage through services only (see also ui/start_preload)."""
    assert offenders(modules_in("ui"), ("sqlalchemy", "alembic")) == []


def test_only_crypto_imports_cryptography() -> None:
    crypto = PACKAGE / "crypto"
    outside = [p for p in modules_in() if crypto not in p.parents]
    assert PACKAGE / "workspace.py" in outside and modules_in("crypto")
    assert offenders(outside, ("cryptography",)) == []


def test_no_network_code_outside_sync() -> None:
    found = [
        f"{p.relative_to(PACKAGE)} imports {name}"
        for p in modules_in()
        if SYNC_PACKAGE not in p.parents
        for name in imported_modules(p)
        if name in NETWORK or name.split(".")[0] in NETWORK
    ]
    assert found == []


def test_sync_talks_to_postgresql_only() -> None:
    """sync/ reaches the network through psycopg (and may name socket/ssl errors), never
    through HTTP or any other client; and it does exist, so the rule above means something."""
    paths = modules_in("sync")
    assert any("psycopg" in imported_modules(p) for p in paths)
    found = [
        f"{p.relative_to(PACKAGE)} imports {name}"
        for p in paths
        for name in imported_modules(p)
        if (name in NETWORK or name.split(".")[0] in NETWORK)
        and name.split(".")[0] not in SYNC_MAY_IMPORT
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


# --- no import circles in ui/ ----------------------------------------------------------------
# A circle works only in the order Python happens to meet it: importing another module of it
# first stops with "partially initialized module". Imports at the top and inside functions
# both count (a function's import runs too, later); `if TYPE_CHECKING:` blocks do not.


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(source: str, module: str, *, package: bool) -> set[str]:
    """The dotted names an import statement of `module` asks for when it runs: `a.b` for
    `import a.b` and `from a import b` alike (b may be a module or a name in a), absolute."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking_only(node):
            for other in node.orelse:
                visit(other)
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module.split(".") if package else module.split(".")[:-1]
                here = here[: len(here) - (node.level - 1)]
                base = ".".join([*here, base] if base else here)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return names


def _packages_above(name: str) -> set[str]:
    parts = name.split(".")
    return {".".join(parts[:end]) for end in range(1, len(parts))}


def loaded_by(importer: str, name: str, modules: set[str]) -> set[str]:
    """The modules of `modules` that importing `name` from `importer` may start loading: the
    module named (or, for a name defined in a package, that package) and every package
    above it that is not already loading around the importer itself."""
    target = name if name in modules else name.rpartition(".")[0]
    wanted = {target} | (_packages_above(target) - _packages_above(importer))
    return {m for m in wanted if m in modules and m != importer}


def import_graph(paths: list[Path]) -> dict[str, set[str]]:
    sources = {module_name(p): p for p in paths}
    modules = set(sources)
    return {
        name: {
            loaded
            for imported in runtime_imports(
                path.read_text(encoding="utf-8"), name, package=path.name == "__init__.py"
            )
            for loaded in loaded_by(name, imported, modules)
        }
        for name, path in sources.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per edge that closes one (depth first), each written from where it starts."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = "open"
        path.append(node)
        for following in sorted(graph.get(node, ())):
            if state.get(following) == "open":
                circle = path[path.index(following) :] + [following]
                if frozenset(circle) not in seen:
                    seen.add(frozenset(circle))
                    found.append(circle)
            elif following not in state:
                visit(following)
        path.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_the_import_graph_sees_what_python_runs() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "import pkg.a\n"
        "from pkg.sub import b, name_in_sub\n"
        "from . import sibling\n"
        "if TYPE_CHECKING:\n"
        "    from pkg import typing_only\n"
        "def later():\n"
        "    from pkg.c import thing\n"
    )
    imported = runtime_imports(source, "pkg.sub.mod", package=False)
    assert imported == {
        "typing.TYPE_CHECKING",
        "pkg.a",
        "pkg.sub.b",
        "pkg.sub.name_in_sub",
        "pkg.sub.sibling",
        "pkg.c.thing",
    }
    modules = {"pkg", "pkg.a", "pkg.c", "pkg.sub", "pkg.sub.b", "pkg.sub.mod", "other"}
    # A package's __init__ runs before its module; the importer's own packages already are.
    assert loaded_by("other", "pkg.sub.b", modules) == {"pkg", "pkg.sub", "pkg.sub.b"}
    assert loaded_by("pkg.sub.mod", "pkg.sub.b", modules) == {"pkg.sub.b"}
    assert loaded_by("pkg.sub.mod", "pkg.sub.name_in_sub", modules) == {"pkg.sub"}
    assert loaded_by("pkg.sub.mod", "pkg.c.thing", modules) == {"pkg.c"}
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_ui_modules_import_each_other_in_no_circle() -> None:
    graph = import_graph(modules_in("ui"))
    # The walk sees the real imports (a graph of nothing would have no circle either).
    assert "facilitator_desktop.ui.runner.presenter" in graph["facilitator_desktop.ui.runner.page"]
    found = [" → ".join(m.removeprefix("facilitator_desktop.") for m in c) for c in cycles(graph)]
    assert found == []
