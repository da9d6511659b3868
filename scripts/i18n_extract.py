"""Extraction (scripts/i18n.py): every way the code asks for a translation, found in the
syntax tree of each module, error messages included."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from i18n_source import (
    _TRANSLATE,
    ERROR_MARKER,
    ERRORS_CONTEXT,
    MESSAGE_ATTRIBUTES,
    MESSAGE_PARAMETERS,
    NOOP_WITH_CONTEXT,
    ROOT,
    TRANSLATE_OWNERS,
    TRANSLATOR_COMMENT,
    Key,
    Message,
    Problem,
    _Alias,
    _called_name,
    _formatted,
    _Helper,
    _imported_constants,
    _is_docstring,
    _is_marker,
    _is_minus_one,
    _is_none,
    _package_error_classes,
    _string_constants,
    _translate_args,
    error_classes,
    python_files,
)


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


@dataclass(slots=True)
class Extraction:
    messages: dict[Key, Message]
    problems: list[Problem]
    conflicts: list[str]  # one source used with and without a count


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
