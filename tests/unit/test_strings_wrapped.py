"""Every string shown to users goes through translation: in ui/, no literal with words is
handed to a widget (setText, setToolTip, QLabel(...), QMessageBox texts …); it must come
from a tr() call. Also: a count in a base class's self.tr() would be looked up under the
subclass's name first and stop there (PySide6), so counts there use a module helper."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import facilitator_desktop

UI = Path(facilitator_desktop.__file__).parent / "ui"

# method name -> which positional arguments are shown to users
SHOWN_ARGUMENT = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setTitle": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setLabelText": (0,),
    "setCancelButtonText": (0,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "showMessage": (0,),
    "set_subtitle": (0,),
    "set_empty_text": (0,),
    "show_message": (0,),
    "addItem": (0,),
    "insertItem": (1,),
    "addRow": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "addButton": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addSection": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
}
# widget classes -> which positional arguments are shown
SHOWN_BY_CONSTRUCTOR = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (0, 1),
    "QMessageBox": (1, 2),
    "ToneLabel": (0,),
    "OneLineLabel": (0,),
    "PageHeader": (0,),
    "Banner": (0,),
    "QCommandLinkButton": (0, 1),
    # the app's own helpers that put text on screen
    "heading": (0,),
    "caption": (0,),
    "action_button": (0, 1),
    "confirm": (1, 2, 3, 4),
    "Panel": (0,),
}
# A word: two letters in a row, once markup, placeholders and %n are taken out.
_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_WORDS = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}|%L?n|%\d")


def has_words(text: str) -> bool:
    # One letter repeated is a shape ("XXXX-XXXX", the recovery key's), not a word.
    return any(len(set(w.lower())) > 1 for w in _WORD.findall(_NOT_WORDS.sub(" ", text)))


def literal_words(node: ast.AST) -> list[str]:
    """The literal texts with words that `node` puts on screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return [parts] if has_words(parts) else []
    if isinstance(node, ast.BinOp):
        return literal_words(node.left) + literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return literal_words(node.body) + literal_words(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in literal_words(element)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "Some {thing}".format(...) and ", ".join([...]) keep their literal's words.
        if node.func.attr in ("format", "upper", "lower", "strip"):
            return literal_words(node.func.value)
    return []


def shown_arguments(call: ast.Call) -> list[ast.expr]:
    func = call.func
    positions: tuple[int, ...] = ()
    if isinstance(func, ast.Attribute):
        positions = SHOWN_ARGUMENT.get(func.attr, ())
        if func.attr in ("information", "warning", "critical", "question"):
            if not (isinstance(func.value, ast.Name) and func.value.id == "QMessageBox"):
                positions = ()
    elif isinstance(func, ast.Name):
        positions = SHOWN_BY_CONSTRUCTOR.get(func.id, ())
    return [call.args[i] for i in positions if i < len(call.args)]


def untranslated(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in shown_arguments(node):
            for text in literal_words(argument):
                yield f"{path.relative_to(UI.parent)}:{node.lineno}: {text!r}"


def test_no_string_is_shown_untranslated() -> None:
    found = [line for path in sorted(UI.rglob("*.py")) for line in untranslated(path)]
    assert found == [], "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(
        found
    )


def test_the_check_finds_what_it_should() -> None:
    source = """
label = QLabel("Hello there")
label.setText(f"{n} members")
box.setToolTip("Saved " + name)
QMessageBox.warning(self, "Oops", self.tr("Fine"))
combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
label.setText("· " if flag else "—")
label.setText("<b>{name}</b>".format(name=x))
label.setText(self.tr("Fine").format(n=1))
group.setTitle("Sign-in sheet".upper())
edit.setPlaceholderText("XXXX-XXXX-XXXX")
"""
    tree = ast.parse(source)
    found = [
        text
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for argument in shown_arguments(node)
        for text in literal_words(argument)
    ]
    assert found == ["Hello there", " members", "Saved ", "Oops", "Sign-in sheet"]


# --- counts in a base class ------------------------------------------------------------


def _classes() -> dict[str, tuple[Path, ast.ClassDef]]:
    found: dict[str, tuple[Path, ast.ClassDef]] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found[node.name] = (path, node)
    return found


def test_no_count_is_translated_in_a_class_that_has_subclasses() -> None:
    classes = _classes()
    bases = {
        base.id
        for _, node in classes.values()
        for base in node.bases
        if isinstance(base, ast.Name) and base.id in classes
    }
    wrong = []
    for name in sorted(bases):
        path, node = classes[name]
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            if call.func.attr != "tr" or not isinstance(call.func.value, ast.Name):
                continue
            counted = len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords)
            if counted:
                wrong.append(f"{path.relative_to(UI.parent)}:{call.lineno} ({name})")
    assert wrong == [], "use a module helper with a fixed context:\n" + "\n".join(wrong)
