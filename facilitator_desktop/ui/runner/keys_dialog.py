"""The "?" list: every in-room key and what it does (the same table the shortcuts use)."""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator_desktop.ui.runner.keys import BINDINGS, CONTEXT, OTHER_KEYS, SECTIONS
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


NATIVE: Final = QKeySequence.SequenceFormat.NativeText
# Arrows are written as arrows in every language; Qt names them for the key sequence.
_ARROWS: Final = {"→": "Right", "←": "Left", "↑": "Up", "↓": "Down"}
# The table's short names that are not Qt's portable ones.
_PORTABLE: Final = {"PgDn": "PgDown"}
_TOKEN: Final = re.compile(r"\S+")


def native_key(token: str) -> str:
    """One key of the table as the platform and the app's language write it (Qt's own
    catalogue names them: "Space", "PgDown", "Ctrl+L" become "Leertaste", "Bild ab",
    "Strg+L" in German; a Mac writes ⌘). Digits, ranges ("1–9") and signs stay as written."""
    modifiers, plus, key = token.rpartition("+")
    if not key or not any(c.isalpha() for c in token):
        return token  # "+", "?", "0", "1–9", "→"
    arrow = _ARROWS.get(key)
    portable = modifiers + plus + (arrow or _PORTABLE.get(key, key))
    sequence = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)
    text = sequence.toString(NATIVE)
    if sequence.count() != 1 or not text:
        return token  # not a key Qt knows: as the table writes it
    if arrow is not None:
        name = QKeySequence(arrow, QKeySequence.SequenceFormat.PortableText).toString(NATIVE)
        if text.endswith(name):
            text = text[: -len(name)] + key
    return text


def native_keys(shown: str) -> str:
    """A table's "shown" ("N  PgDn", "Alt+↑", "R 1–9") with each key written natively."""
    return _TOKEN.sub(lambda match: native_key(match.group()), shown)


def key_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(key, what it does)]), translated, in the order the list shows them."""
    sections = []
    for section, title in SECTIONS:
        rows = [(native_keys(b.shown), _tr(b.text)) for b in BINDINGS if b.section == section]
        rows += [
            (native_keys(key), _tr(text)) for where, key, text in OTHER_KEYS if where == section
        ]
        sections.append((_tr(title), rows))
    return sections


def key_rows() -> list[tuple[str, str]]:
    """Every (key, what it does), translated, in the order the list shows them."""
    return [row for _title, rows in key_sections() for row in rows]


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.setObjectName("runnerKeys")
        self.rows = key_rows()
        bold = self.font()
        bold.setBold(True)
        # One width for every key, in every section: the texts line up down each column.
        key_width = max(QFontMetrics(bold).horizontalAdvance(key) for key, _ in self.rows) + 8
        # Two columns of sections side by side keep the whole list on a laptop screen.
        columns = (QVBoxLayout(), QVBoxLayout())
        for index, (title, rows) in enumerate(key_sections()):
            column = columns[0] if index < 2 else columns[1]
            column.addWidget(heading(title, 3, self))
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(5)
            for row, (key, text) in enumerate(rows):
                key_label = QLabel(key, self)
                key_label.setFont(bold)
                key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                key_label.setFixedWidth(key_width)
                grid.addWidget(key_label, row, 0)
                label = ToneLabel(text, Tone.NORMAL, self)
                label.setWordWrap(False)  # one line per key: the list reads at a glance
                grid.addWidget(label, row, 1)
            grid.setColumnStretch(1, 1)
            column.addLayout(grid)
            column.addSpacing(8)
        body = QGridLayout()
        body.setHorizontalSpacing(28)
        for index, column in enumerate(columns):
            column.addStretch(1)
            body.addLayout(column, 0, index)
            body.setColumnStretch(index, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Keys in the room"), 2, self))
        layout.addWidget(
            ToneLabel(
                self.tr(
                    "One key per action, wherever the focus is; every key also has a button "
                    "or a click. Keys do nothing while you type a note. A member's number "
                    "stays the same for the whole session."
                ),
                Tone.MUTED,
                self,
            )
        )
        layout.addSpacing(6)
        layout.addLayout(body)
        layout.addWidget(buttons)
