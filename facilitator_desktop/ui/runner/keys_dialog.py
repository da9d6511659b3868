"""The "?" list: every in-room key and what it does (the same table the shortcuts use)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator_desktop.ui.runner.keys import BINDINGS, CONTEXT, DIGIT_TEXT, OTHER_KEYS
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def key_rows() -> list[tuple[str, str]]:
    """(key, what it does), translated, in the order the list shows them."""
    rows = [
        (b.shown, QCoreApplication.translate(CONTEXT, b.text))
        for b in BINDINGS
        if b.action not in ("focus_attendance", "focus_note", "show_keys")
    ]
    rows.insert(8, ("1–9", QCoreApplication.translate(CONTEXT, DIGIT_TEXT)))
    rows += [
        (b.shown, QCoreApplication.translate(CONTEXT, b.text))
        for b in BINDINGS
        if b.action in ("focus_attendance", "focus_note", "show_keys")
    ]
    rows += [(key, QCoreApplication.translate(CONTEXT, text)) for key, text in OTHER_KEYS]
    return rows


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.setObjectName("runnerKeys")
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.rows = key_rows()
        for row, (key, text) in enumerate(self.rows):
            key_label = QLabel(key, self)
            font = key_label.font()
            font.setBold(True)
            key_label.setFont(font)
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(ToneLabel(text, Tone.NORMAL, self), row, 1)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Keys in the room"), 2, self))
        layout.addWidget(
            ToneLabel(
                self.tr(
                    "One key per action; every key also has a button. Keys do nothing while "
                    "you type a note."
                ),
                Tone.MUTED,
                self,
            )
        )
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
