"""Reading the app's Python source for translatable text (scripts/i18n.py): the messages and
problems found, and the small readers of the syntax tree the extractor uses."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
# Error messages (facilitator_desktop/errors.py): services have no Qt, so they mark a template
# with N_("…") and ui/error_text.py translates it under this context. The literal message of a
# raise (`NotFound("…")`, `ValidationError("name", "…")`) and a class's `default_message`
# count as marked too.
ERRORS_CONTEXT = "Errors"
ERROR_MARKER = "N_"
ERROR_BASE = "FacilitatorError"
MESSAGE_PARAMETERS = ("message", "reason", "template")
MESSAGE_ATTRIBUTES = ("default_message", "disk_full_message")
NOOP_WITH_CONTEXT = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
TRANSLATOR_COMMENT = "# Translators:"
PACKAGE = ROOT / "facilitator_desktop"


@dataclass(frozen=True, slots=True)
class Key:
    """What identifies a message to Qt: context, source text and disambiguation."""

    context: str
    source: str
    comment: str = ""


@dataclass(slots=True)
class Message:
    key: Key
    numerus: bool
    locations: list[tuple[str, int]] = field(default_factory=list)
    note: str = ""  # for translators: the "# Translators:" comment above the call


@dataclass(frozen=True, slots=True)
class Problem:
    """A translation call whose text cannot be read from the source (a variable, say)."""

    path: str
    line: int
    what: str


@dataclass(frozen=True, slots=True)
class _Helper:
    """A function that forwards to QCoreApplication.translate with a fixed context.

    `text`, `comment` and `n` say where each translate argument comes from: the index of
    the helper's own parameter, or a fixed value (a str for text/comment, True for a count
    that is passed through)."""

    context: str
    text: int
    comment: int | str
    n: int | None


@dataclass(frozen=True, slots=True)
class _Alias:
    """A name bound to QCoreApplication.translate itself (`tr = QCoreApplication.translate`)."""


_TRANSLATE = _Alias()


def _translate_args(
    call: ast.Call,
) -> tuple[ast.expr, ast.expr, ast.expr | None, ast.expr | None] | None:
    """(context, text, disambiguation, n) of a QCoreApplication.translate call."""
    args: list[ast.expr | None] = [*call.args, None, None, None, None][:4]
    names = ("context", "sourceText", "disambiguation", "n")
    for keyword in call.keywords:
        if keyword.arg in names:
            args[names.index(keyword.arg)] = keyword.value
        elif keyword.arg == "key":
            args[1] = keyword.value
    context, text = args[0], args[1]
    if context is None or text is None:
        return None
    return context, text, args[2], args[3]


def _string_constants(body: Iterable[ast.stmt]) -> dict[str, str]:
    found: dict[str, str] = {}
    for statement in body:
        value: ast.expr | None = None
        name: str | None = None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                name, value = target.id, statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            name, value = statement.target.id, statement.value
        if name and isinstance(value, ast.Call) and _is_marker(value):
            value = value.args[0] if len(value.args) == 1 else None  # N_("…") is its text
        if name and isinstance(value, ast.Constant) and isinstance(value.value, str):
            found[name] = value.value
    return found


@functools.cache
def _module_constants(module: Path) -> dict[str, str]:
    return _string_constants(ast.parse(module.read_text(encoding="utf-8")).body)


def _imported_constants(body: Iterable[ast.stmt]) -> dict[str, str]:
    """String constants imported from the package's own modules (a shared CONTEXT)."""
    found: dict[str, str] = {}
    for statement in body:
        if not isinstance(statement, ast.ImportFrom) or statement.level or not statement.module:
            continue
        if not statement.module.startswith(PACKAGE.name + "."):
            continue
        path = ROOT / Path(*statement.module.split("."))
        module = (
            path.with_suffix(".py") if path.with_suffix(".py").exists() else path / "__init__.py"
        )
        if not module.exists():
            continue
        constants = _module_constants(module)
        for alias in statement.names:
            if alias.name in constants:
                found[alias.asname or alias.name] = constants[alias.name]
    return found


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr  # errors.NotFound(...), cls(...) is not looked through
    return None


def _formatted(node: ast.expr) -> bool:
    """An f-string, a str.format() or % call, or text joined with + to something else."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    )


def _is_marker(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _called_name(node.func) == ERROR_MARKER


def error_classes(files: Iterable[Path]) -> dict[str, int | None]:
    """Every subclass of FacilitatorError defined in `files`, with the position of the
    message among its constructor's arguments (None when it takes none, as a class whose
    constructor builds its own message from data)."""
    defined: dict[str, tuple[list[str], int | None | bool]] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [n for n in (_called_name(b) for b in node.bases) if n]
                defined[node.name] = (bases, _message_position(node))
    found: dict[str, int | None] = {}

    def position(name: str, seen: frozenset[str]) -> int | None | bool:
        """The message position, or False when `name` is not an error class."""
        if name == ERROR_BASE:
            own = defined.get(name, ([], 0))[1]
            return 0 if own is True else own
        if name not in defined or name in seen:
            return False
        bases, own = defined[name]
        for base in bases:
            inherited = position(base, seen | {name})
            if inherited is not False:
                return inherited if own is True else own
        return False

    for name in defined:
        result = position(name, frozenset())
        if result is not False and result is not True:
            found[name] = result
    return found


def _message_position(node: ast.ClassDef) -> int | None | bool:
    """Where this class's own __init__ takes the message; True: inherited (no __init__)."""
    for statement in node.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "__init__":
            params = [a.arg for a in [*statement.args.posonlyargs, *statement.args.args][1:]]
            for index, param in enumerate(params):
                if param in MESSAGE_PARAMETERS:
                    return index
            return None
    return True


@functools.cache
def _package_error_classes() -> dict[str, int | None]:
    return error_classes(python_files())


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _is_minus_one(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and node.operand.value == 1
    )


def python_files(package: Path = PACKAGE) -> Iterator[Path]:
    yield from sorted(p for p in package.rglob("*.py") if "migrations" not in p.parts)
