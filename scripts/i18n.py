"""The app's translation catalogues: extract, merge, build and report.

    python scripts/i18n.py update    extract every user string, merge it into
                                     resources/i18n/facilitator_<lang>.ts (translations kept)
                                     and report what each language still lacks
    python scripts/i18n.py release   build the .qm files with pyside6-lrelease
    python scripts/i18n.py status    the report alone (nothing written)
    python scripts/i18n.py missing pl    the strings Polish still lacks, with where they are

Why our own extractor rather than pyside6-lupdate: lupdate sees `self.tr("...")` and
`QCoreApplication.translate("Ctx", "...")` but not the module helpers the UI uses everywhere
(`def _tr(text): return QCoreApplication.translate("Ctx", text)` called as `_tr("...")`), nor
a context held in a module constant. Reading the AST finds all three, and the .ts files it
writes are ordinary Qt Linguist files (numerus forms included) that lrelease builds.

Merging keeps every translation. When a string moves to another context (a class split in
two, a helper renamed) and its new place has no translation yet, the translation of the same
source text is taken from the old place (a translation memory); strings no longer in the code
stay in the file as "vanished" so a later move back finds them too. lrelease skips those.

English is the source language. Its catalogue holds only the strings with a count (numerus
forms, "%n backups"): the English singular comes from there.

The rule card library has a file per language too (resources/rules/library.<lang>.json, by
card key); `update` keeps each listing every English card, with empty texts to fill in, and
the report counts the cards each language still lacks.
"""

from __future__ import annotations

import argparse
import ast
import functools
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from facilitator_desktop.i18n import SHIPPED_LANGUAGES, SOURCE_LANGUAGE  # noqa: E402
from facilitator_desktop.services.rule_library import (  # noqa: E402
    default_library_path,
    missing_cards,
    translation_path,
)

PACKAGE = ROOT / "facilitator_desktop"
CATALOGUES = ROOT / "resources" / "i18n"
PREFIX = "facilitator_"
# The languages the app ships, as Qt names them (the .ts `language` attribute picks the
# plural rules lrelease applies). English is the source and needs only its plural forms.
LANGUAGES: tuple[str, ...] = tuple(c for c in SHIPPED_LANGUAGES if c != SOURCE_LANGUAGE)
ALL_CATALOGUES: tuple[str, ...] = (SOURCE_LANGUAGE, *LANGUAGES)
# How many plural forms each language has (Qt's rules; lrelease refuses other counts).
PLURAL_FORMS = {"en": 2, "es": 2, "fr": 2, "de": 2, "pl": 3, "pt_BR": 2}

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


def catalogue_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{PREFIX}{language}.ts"


# --- extraction ----------------------------------------------------------------------------


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


class _ModuleExtractor(ast.NodeVisitor):
    def __init__(
        self,
        tree: ast.Module,
        lines: Sequence[str],
        relpath: str,
        errors: Mapping[str, int | None] | None = None,
    ) -> None:
        self.errors = errors or {}  # error class -> position of its message argument
        self.lines = lines
        self.relpath = relpath
        self.messages: list[tuple[Message, int]] = []
        self.problems: list[Problem] = []
        self.constants = {**_imported_constants(tree.body), **_string_constants(tree.body)}
        self.scopes: list[dict[str, _Helper | _Alias]] = []
        self.classes: list[str] = []
        self.tree = tree

    def run(self) -> None:
        self.scopes.append(self._bindings(self.tree.body))
        for statement in self.tree.body:
            self.visit(statement)

    # Scopes: helpers and aliases are found before the body that uses them is read.

    def _bindings(self, body: Iterable[ast.stmt]) -> dict[str, _Helper | _Alias]:
        found: dict[str, _Helper | _Alias] = {}
        for statement in body:
            if isinstance(statement, ast.FunctionDef):
                helper = self._helper(statement)
                if helper is not None:
                    found[statement.name] = helper
            elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                if isinstance(target, ast.Name) and self._is_translate(statement.value):
                    found[target.id] = _TRANSLATE
                elif isinstance(target, ast.Name) and isinstance(statement.value, ast.Name):
                    # `_tr = translate` inside a function whose default is the module helper
                    # (handout labels): calls keep the helper's context.
                    known = self._lookup(statement.value.id)
                    if known is not None:
                        found[target.id] = known
        return found

    def _lookup(self, name: str) -> _Helper | _Alias | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def _helper(self, node: ast.FunctionDef) -> _Helper | None:
        body = [s for s in node.body if not _is_docstring(s)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            return None
        call = body[0].value
        if not isinstance(call, ast.Call) or not self._is_translate(call.func):
            return None
        args = _translate_args(call)
        if args is None:
            return None
        context = self._text(args[0])
        params = [a.arg for a in node.args.args]
        text = args[1]
        if context is None or not isinstance(text, ast.Name) or text.id not in params:
            return None
        comment: int | str = ""
        if args[2] is not None:
            if isinstance(args[2], ast.Name) and args[2].id in params:
                comment = params.index(args[2].id)
            else:
                comment = self._text(args[2]) or ""
        n: int | None = None
        if isinstance(args[3], ast.Name) and args[3].id in params:
            n = params.index(args[3].id)
        return _Helper(context, params.index(text.id), comment, n)

    def _is_translate(self, func: ast.expr) -> bool:
        if isinstance(func, ast.Attribute) and func.attr == "translate":
            return isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS
        return isinstance(func, ast.Name) and isinstance(self._lookup(func.id), _Alias)

    # Walking.

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if node.name in self.errors:
            self._default_messages(node)
        self.classes.append(node.name)
        self.scopes.append(self._bindings(node.body))
        self.generic_visit(node)
        self.scopes.pop()
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if isinstance(node, ast.FunctionDef) and isinstance(self._lookup(node.name), _Helper):
            if self._helper(node) is not None:
                return  # the helper's own translate call has no text of its own
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        self.scopes.append(self._bindings(node.body))
        for statement in node.body:
            self.visit(statement)
        self.scopes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        self.generic_visit(node)

    def _default_messages(self, node: ast.ClassDef) -> None:
        for statement in node.body:
            if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
                continue
            target = statement.targets[0]
            if isinstance(target, ast.Name) and target.id in MESSAGE_ATTRIBUTES:
                if not _is_marker(statement.value):  # a marked one is found as a call
                    self._add_error(statement.value, statement.value)

    def _error_message(self, node: ast.Call) -> None:
        """The message a raise of an error class passes (none: its default message)."""
        name = _called_name(node.func)
        position = self.errors.get(name) if name else None
        if position is None:
            return
        message: ast.expr | None = node.args[position] if position < len(node.args) else None
        for keyword in node.keywords:
            if keyword.arg in MESSAGE_PARAMETERS:
                message = keyword.value
        if message is None or _is_none(message) or _is_marker(message):
            return
        if isinstance(message, ast.IfExp):
            for branch in (message.body, message.orelse):
                if not _is_marker(branch) and not _is_none(branch):
                    self._add_error(node, branch)
            return
        self._add_error(node, message)

    def _add_error(self, node: ast.expr, text_node: ast.expr) -> None:
        text = self._text(text_node)
        if text is None and _formatted(text_node):
            # Text formatted before the raise cannot be looked up in a catalogue. (A name or
            # a call is taken to carry a template marked where it was written.)
            self.problems.append(
                Problem(
                    self.relpath,
                    getattr(node, "lineno", 0),
                    "an error message that is not a marked template (N_ with values apart)",
                )
            )
            return
        if text:
            self._add_text(node, ERRORS_CONTEXT, text)

    def _add_text(self, node: ast.expr, context: str, text: str) -> None:
        message = Message(Key(context, text), False, note=self._note(node.lineno))
        message.locations.append((self.relpath, node.lineno))
        self.messages.append((message, node.lineno))

    def _call(self, node: ast.Call) -> None:
        func = node.func
        if _is_marker(node):
            text = self._text(node.args[0]) if len(node.args) == 1 else None
            if text is None:
                self._problem(node, f"{ERROR_MARKER}() whose text is not a constant string")
            elif text:
                self._add_text(node, ERRORS_CONTEXT, text)
            return
        self._error_message(node)
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
                if self.classes:
                    self._add_tr(node, self.classes[-1])
            return
        if self._is_translate(func):
            args = _translate_args(node)
            if args is None:
                self._problem(node, "a translate call without context and text")
                return
            context = self._text(args[0])
            if context is None:
                self._problem(node, "a translate call whose context is not a constant")
                return
            self._add(node, context, args[1], args[2], args[3])
            return
        if isinstance(func, ast.Name):
            if func.id in NOOP_WITH_CONTEXT and len(node.args) >= 2:
                context = self._text(node.args[0])
                if context is not None:
                    comment = node.args[2] if len(node.args) > 2 else None
                    self._add(node, context, node.args[1], comment, None)
                return
            if func.id == "QT_TR_NOOP" and node.args and self.classes:
                self._add(node, self.classes[-1], node.args[0], None, None)
                return
            known = self._lookup(func.id)
            if isinstance(known, _Helper):
                self._add_helper(node, known)

    def _add_tr(self, node: ast.Call, context: str) -> None:
        args: list[ast.expr | None] = [*node.args, None, None, None][:3]
        for keyword in node.keywords:
            if keyword.arg in ("disambiguation", "comment"):
                args[1] = keyword.value
            elif keyword.arg == "n":
                args[2] = keyword.value
        if args[0] is None:
            self._problem(node, "self.tr() without text")
            return
        self._add(node, context, args[0], args[1], args[2])

    def _add_helper(self, node: ast.Call, helper: _Helper) -> None:
        def arg(index: int | None) -> ast.expr | None:
            if index is None or index >= len(node.args):
                return None
            return node.args[index]

        text = arg(helper.text)
        if text is None:
            self._problem(node, "a translation helper called without text")
            return
        comment = arg(helper.comment) if isinstance(helper.comment, int) else None
        fixed_comment = helper.comment if isinstance(helper.comment, str) else ""
        self._add(node, helper.context, text, comment, arg(helper.n), fixed_comment)

    def _add(
        self,
        node: ast.Call,
        context: str,
        text_node: ast.expr,
        comment_node: ast.expr | None,
        n_node: ast.expr | None,
        fixed_comment: str = "",
    ) -> None:
        text = self._text(text_node)
        if text is None:
            self._problem(node, f"text that is not a constant string in context {context!r}")
            return
        comment = fixed_comment
        if comment_node is not None:
            read = self._text(comment_node)
            if read is None and not _is_none(comment_node):
                self._problem(node, f"a disambiguation that is not a constant: {text!r}")
                return
            comment = read or ""
        numerus = n_node is not None and not _is_minus_one(n_node)
        message = Message(Key(context, text, comment), numerus, note=self._note(node.lineno))
        message.locations.append((self.relpath, node.lineno))
        self.messages.append((message, node.lineno))

    def _text(self, node: ast.expr | None) -> str | None:
        """A constant string: a literal, literals joined with +, or a module constant."""
        if node is None:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._text(node.left), self._text(node.right)
            return None if left is None or right is None else left + right
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def _note(self, line: int) -> str:
        """The "# Translators:" comment on the lines right above `line`, if any."""
        collected: list[str] = []
        index = line - 2
        while index >= 0:
            stripped = self.lines[index].strip()
            if not stripped.startswith("#"):
                break
            collected.append(stripped)
            index -= 1
        collected.reverse()
        for number, text in enumerate(collected):
            if text.startswith(TRANSLATOR_COMMENT):
                parts = [text[len(TRANSLATOR_COMMENT) :].strip()]
                parts += [t.lstrip("#").strip() for t in collected[number + 1 :]]
                return " ".join(p for p in parts if p)
        return ""

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(self.relpath, getattr(node, "lineno", 0), what))


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


@dataclass(slots=True)
class Extraction:
    messages: dict[Key, Message]
    problems: list[Problem]
    conflicts: list[str]  # one source used with and without a count


def python_files(package: Path = PACKAGE) -> Iterator[Path]:
    yield from sorted(p for p in package.rglob("*.py") if "migrations" not in p.parts)


def extract(files: Iterable[Path] | None = None, root: Path = ROOT) -> Extraction:
    """Every translatable message in `files` (the package by default)."""
    messages: dict[Key, Message] = {}
    problems: list[Problem] = []
    conflicts: list[str] = []
    paths = list(python_files() if files is None else files)
    # The package's error classes, and any the given files define (tests' samples).
    errors = {**_package_error_classes(), **error_classes(paths)}
    for path in paths:
        source = path.read_text(encoding="utf-8")
        relpath = path.resolve().relative_to(root).as_posix()
        extractor = _ModuleExtractor(
            ast.parse(source, str(path)), source.splitlines(), relpath, errors
        )
        extractor.run()
        problems.extend(extractor.problems)
        for message, _line in extractor.messages:
            existing = messages.get(message.key)
            if existing is None:
                messages[message.key] = message
                continue
            existing.locations.extend(message.locations)
            if existing.numerus != message.numerus:
                conflicts.append(
                    f"{message.locations[0][0]}:{message.locations[0][1]}: "
                    f"{message.key.source!r} is used both with and without a count"
                )
                existing.numerus = True
            if message.note and not existing.note:
                existing.note = message.note
    return Extraction(messages, problems, conflicts)


# --- catalogues ----------------------------------------------------------------------------


@dataclass(slots=True)
class Entry:
    """One message as a catalogue holds it."""

    key: Key
    numerus: bool
    forms: list[str]  # one translation, or the plural forms
    state: str = "unfinished"  # "finished", "unfinished" or "vanished"
    locations: list[tuple[str, int]] = field(default_factory=list)
    note: str = ""

    @property
    def translated(self) -> bool:
        return self.state == "finished" and all(f.strip() for f in self.forms)


@dataclass(slots=True)
class Catalogue:
    language: str
    entries: dict[Key, Entry]

    def live(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.state != "vanished"]

    def untranslated(self) -> list[Entry]:
        return [e for e in self.live() if not e.translated]


def read_catalogue(path: Path, language: str) -> Catalogue:
    if not path.exists():
        return Catalogue(language, {})
    root = ET.parse(path).getroot()
    entries: dict[Key, Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            forms: list[str] = []
            state = "finished"
            if translation is not None:
                kind = translation.get("type")
                if kind in ("vanished", "obsolete"):
                    state = "vanished"
                elif kind == "unfinished":
                    state = "unfinished"
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            # Written relative to the .ts file ("../../"): kept relative to the project, so a
            # read and a write give back the same file.
            locations = [
                (loc.get("filename", "").removeprefix("../../"), int(loc.get("line", "0") or 0))
                for loc in message.iter("location")
            ]
            entries[key] = Entry(
                key, numerus, forms, state, locations, message.findtext("extracomment") or ""
            )
    return Catalogue(language, entries)


@dataclass(slots=True)
class MergeReport:
    language: str
    total: int = 0
    untranslated: int = 0
    added: int = 0
    reused: int = 0  # taken from the same text in another context
    vanished: int = 0
    cards_missing: int = 0  # rule library cards without a whole translation


def merge(
    extraction: Extraction, old: Catalogue, *, numerus_only: bool = False
) -> tuple[Catalogue, MergeReport]:
    """The catalogue for the current source, keeping `old`'s translations."""
    language = old.language
    forms_wanted = PLURAL_FORMS.get(language, 2)
    memory = _memory(old)
    report = MergeReport(language)
    entries: dict[Key, Entry] = {}
    for key, message in extraction.messages.items():
        if numerus_only and not message.numerus:
            continue
        wanted = forms_wanted if message.numerus else 1
        previous = old.entries.get(key)
        if previous is not None and previous.numerus == message.numerus:
            forms, state = _fit(previous.forms, wanted), previous.state
            if state == "vanished":
                state = "finished" if all(f.strip() for f in forms) else "unfinished"
        else:
            remembered = memory.get((key.source, key.comment, message.numerus))
            if remembered is not None:
                forms, state = _fit(remembered.forms, wanted), "finished"
                report.reused += 1
            else:
                forms, state = [""] * wanted, "unfinished"
                report.added += 1
        if state == "finished" and not all(f.strip() for f in forms):
            state = "unfinished"
        entry = Entry(key, message.numerus, forms, state, list(message.locations), message.note)
        entries[key] = entry
        report.total += 1
        report.untranslated += not entry.translated
    for key, previous in old.entries.items():
        keep = previous.numerus if numerus_only else True
        if key not in entries and keep and any(f.strip() for f in previous.forms):
            entries[key] = Entry(key, previous.numerus, previous.forms, "vanished", [], "")
            report.vanished += 1
    return Catalogue(language, entries), report


def _memory(old: Catalogue) -> dict[tuple[str, str, bool], Entry]:
    """Finished translations by source text (live ones win over vanished ones)."""
    memory: dict[tuple[str, str, bool], Entry] = {}
    ordered = sorted(old.entries.values(), key=lambda e: e.state != "vanished", reverse=True)
    for entry in ordered:
        if all(f.strip() for f in entry.forms) and entry.forms and entry.state != "unfinished":
            memory[(entry.key.source, entry.key.comment, entry.numerus)] = entry
    return memory


def _fit(forms: Sequence[str], wanted: int) -> list[str]:
    return [*forms, *[""] * wanted][:wanted]


def write_catalogue(catalogue: Catalogue, path: Path) -> None:
    """A Qt Linguist .ts file laid out as lupdate writes one (so Linguist and diffs read
    it as usual): contexts by name, messages in source order, vanished ones last."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{catalogue.language}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[Entry]] = {}
    for entry in catalogue.entries.values():
        by_context.setdefault(entry.key.context, []).append(entry)
    for name in sorted(by_context):
        lines += ["<context>", f"    <name>{_xml(name)}</name>"]
        for entry in sorted(by_context[name], key=_order):
            lines += _message_lines(entry)
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _xml(text: str) -> str:
    return xml_escape(text, {'"': "&quot;"})


def _order(entry: Entry) -> tuple[bool, str, int, str, str]:
    first = entry.locations[0] if entry.locations else ("", 0)
    return (entry.state == "vanished", first[0], first[1], entry.key.source, entry.key.comment)


def _message_lines(entry: Entry) -> list[str]:
    lines = ['    <message numerus="yes">' if entry.numerus else "    <message>"]
    for filename, line in entry.locations:
        lines.append(f'        <location filename="../../{_xml(filename)}" line="{line}"/>')
    lines.append(f"        <source>{_xml(entry.key.source)}</source>")
    if entry.key.comment:
        lines.append(f"        <comment>{_xml(entry.key.comment)}</comment>")
    if entry.note:
        lines.append(f"        <extracomment>{_xml(entry.note)}</extracomment>")
    kind = "" if entry.state == "finished" else f' type="{entry.state}"'
    if entry.numerus:
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{_xml(f)}</numerusform>" for f in entry.forms]
        lines.append("        </translation>")
    else:
        text = entry.forms[0] if entry.forms else ""
        lines.append(f"        <translation{kind}>{_xml(text)}</translation>")
    lines.append("    </message>")
    return lines


# --- commands ------------------------------------------------------------------------------


def update(folder: Path = CATALOGUES, extraction: Extraction | None = None) -> list[MergeReport]:
    extraction = extraction or extract()
    reports: list[MergeReport] = []
    for language in ALL_CATALOGUES:
        path = catalogue_path(language, folder)
        merged, report = merge(
            extraction, read_catalogue(path, language), numerus_only=language == SOURCE_LANGUAGE
        )
        write_catalogue(merged, path)
        if language != SOURCE_LANGUAGE:
            sync_library(language)
            report.cards_missing = len(missing_cards(language))
        reports.append(report)
    return reports


def sync_library(language: str, source: Path | None = None) -> Path:
    """Make `language`'s rule library file list every English card, in the English order,
    keeping what is translated; cards the English library no longer has are dropped."""
    english_path = source or default_library_path()
    english = json.loads(english_path.read_text(encoding="utf-8"))["cards"]
    path = translation_path(language, english_path)
    old: dict[str, dict[str, str]] = {}
    if path.exists():
        old = {c["key"]: c for c in json.loads(path.read_text(encoding="utf-8"))["cards"]}
    cards = [
        {field: old.get(card["key"], {}).get(field, "") for field in ("title", "statement", "why")}
        for card in english
    ]
    document = {
        "format": 1,
        "language": language,
        "cards": [{"key": c["key"], **t} for c, t in zip(english, cards, strict=True)],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def status(folder: Path = CATALOGUES, extraction: Extraction | None = None) -> list[MergeReport]:
    """What each catalogue would be after an update, without writing anything."""
    extraction = extraction or extract()
    reports = [
        merge(
            extraction,
            read_catalogue(catalogue_path(language, folder), language),
            numerus_only=language == SOURCE_LANGUAGE,
        )[1]
        for language in ALL_CATALOGUES
    ]
    for report in reports:
        if report.language != SOURCE_LANGUAGE:
            report.cards_missing = len(missing_cards(report.language))
    return reports


def missing(language: str, folder: Path = CATALOGUES) -> list[Entry]:
    """The messages `language` lacks for the current source (in source order)."""
    merged, _report = merge(
        extract(),
        read_catalogue(catalogue_path(language, folder), language),
        numerus_only=language == SOURCE_LANGUAGE,
    )
    return sorted(merged.untranslated(), key=_order)


def lrelease_command() -> list[str]:
    """pyside6-lrelease next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (make sets up .venv)")
    return [found]


def release(folder: Path = CATALOGUES, out: Path | None = None) -> list[Path]:
    """Build a .qm next to each .ts (or into `out`); only those whose .ts is newer."""
    built: list[Path] = []
    for language in ALL_CATALOGUES:
        source = catalogue_path(language, folder)
        if not source.exists():
            continue
        target = (out or folder) / source.with_suffix(".qm").name
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a test run starting meanwhile never reads half a file.
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            subprocess.run(
                [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
                check=True,
            )
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        built.append(target)
    return built


def print_report(reports: Sequence[MergeReport]) -> None:
    print(
        f"{'catalogue':<14}{'strings':>8}{'untranslated':>14}{'new':>6}{'reused':>8}"
        f"{'rule cards missing':>20}"
    )
    for r in reports:
        english = r.language == SOURCE_LANGUAGE
        name = f"{r.language} (plurals)" if english else r.language
        cards = "-" if english else str(r.cards_missing)
        print(f"{name:<14}{r.total:>8}{r.untranslated:>14}{r.added:>6}{r.reused:>8}{cards:>20}")
    print("new: not in the catalogue before; reused: translated from the same text elsewhere")
    print("List what a language lacks: python scripts/i18n.py missing <language>")
    print("Rule cards: resources/rules/library.<language>.json (English: library.json)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "extract and merge into the .ts files, then report"),
        ("status", "report what each language lacks"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument(
            "-v", "--verbose", action="store_true", help="also list calls with dynamic text"
        )
    commands.add_parser("release", help="build the .qm files")
    lacking = commands.add_parser("missing", help="list the strings a language lacks")
    lacking.add_argument("language", choices=ALL_CATALOGUES)
    args = parser.parse_args(argv)

    if args.command == "release":
        for path in release():
            print(f"built {path.relative_to(ROOT)}")
        return 0
    if args.command == "missing":
        entries = missing(args.language)
        for entry in entries:
            where = ", ".join(f"{f}:{n}" for f, n in entry.locations[:2])
            kind = " (plural forms)" if entry.numerus else ""
            print(f"[{entry.key.context}] {entry.key.source!r}{kind}  — {where}")
        print(f"{len(entries)} untranslated in {args.language}")
        return 0
    extraction = extract()
    for conflict in extraction.conflicts:
        print(f"warning: {conflict}", file=sys.stderr)
    if args.verbose:
        # Dynamic text is fine when the strings are marked elsewhere (QT_TRANSLATE_NOOP).
        for problem in extraction.problems:
            print(f"note: {problem.path}:{problem.line}: {problem.what}", file=sys.stderr)
    if args.command == "update":
        reports = update(extraction=extraction)
    else:
        reports = status(extraction=extraction)
    print_report(reports)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
