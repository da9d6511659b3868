"""The "?" list: every in-room key and what it does (the same table the shortcuts use)."""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.ui.runner.keys import BINDINGS, CONTEXT, OTHER_KEYS, SECTIONS
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.scrolled import open_to_content, scrolled
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


#: The narrowest screen the list is laid out for (a 1280×800 laptop), and what a window's
#: frame takes of its width.
NARROWEST_SCREEN: Final = 1280
WINDOW_FRAME: Final = 16


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
        # Two columns of sections side by side keep the whole list on a laptop screen; with
        # large type the descriptions wrap (see _wraps) and the list scrolls.
        wrap = self._wraps(key_width)
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
                label.setWordWrap(wrap)  # one line per key if it can: it reads at a glance
                if wrap:  # as wide as half a laptop screen leaves, not a word a line
                    label.setMinimumWidth(self._wrapped_width(key_width))
                    # ToneLabel's own policy drops it: the rows grow with the lines.
                    policy = label.sizePolicy()
                    policy.setHeightForWidth(True)
                    label.setSizePolicy(policy)
                grid.addWidget(label, row, 1)
            grid.setColumnStretch(1, 1)
            column.addLayout(grid)
            column.addSpacing(8)
        content = QWidget(self)
        body = QGridLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
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
        self.scroll_area = scrolled(content, self, by_minimum=False)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)

    def _wraps(self, key_width: int) -> bool:
        """Whether the descriptions must wrap: two columns of them on one line each would be
        wider than a 1280-pixel laptop screen (large type)."""
        widest = max(self.fontMetrics().horizontalAdvance(text) for _, text in self.rows)
        natural = 2 * (key_width + 14 + widest) + 28 + self._margins()
        return natural > NARROWEST_SCREEN - WINDOW_FRAME

    def _wrapped_width(self, key_width: int) -> int:
        """The descriptions' width when two columns fill a 1280-pixel screen: less the
        window's frame, the gap between the columns (28), the dialog's margins, a scroll
        bar (large type scrolls), and in each column the keys and their gap (14)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = NARROWEST_SCREEN - WINDOW_FRAME - 28 - self._margins() - bar
        return room // 2 - key_width - 14

    def _margins(self) -> int:
        return 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # As tall as the list needs, up to the screen's height.
        open_to_content(self, self.scroll_area)
