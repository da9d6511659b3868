"""The recovery key, shown once: in groups of four, large and monospaced, to print or copy.

The key is a second lock on the workspace key. It is never stored by the app in readable
form, so this window is the only time it can be seen; it forgets the key when it closes
(or when the workspace locks), and clears the clipboard if the key is still there.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import APP_NAME
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

GROUPS_PER_LINE = 4


def key_groups(key: str) -> list[str]:
    """The key's characters in groups of four ("ABCD", "EFGH", …)."""
    cleaned = "".join(ch for ch in key.upper() if ch.isalnum())
    return [cleaned[i : i + 4] for i in range(0, len(cleaned), 4)]


def key_lines(key: str) -> list[str]:
    """Groups of four, four groups to a line: easy to read aloud and to type back."""
    groups = key_groups(key)
    return [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def monospace_font(point_scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    if point_scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * point_scale)
    return font


def printable_document(key: str, made_on: date) -> QTextDocument:
    """What Print… sends to the printer: the key, when it was made and what it is for."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("RecoveryKeyDialog", text)

    # Non-breaking spaces: HTML would fold the gap between groups into one space.
    lines = "<br>".join(html.escape(line).replace(" ", "&nbsp;") for line in key_lines(key))
    heading_text = tr("{app} — recovery key").format(app=APP_NAME)
    made = tr("Made on {date}.").format(date=made_on.isoformat())
    how = tr(
        "This key opens your workspace if the passphrase is forgotten. On the unlock "
        "screen choose “Use recovery key”, type the key (spaces and dashes do not "
        "matter), then choose a new passphrase."
    )
    keep = tr(
        "Anyone who has this paper can open your notes. Keep it locked away, not with the laptop."
    )
    body = (
        f"<h1>{html.escape(heading_text)}</h1>"
        f"<p>{html.escape(made)}</p>"
        '<p style="font-family: monospace; font-size: 22pt; font-weight: bold;">'
        f"{lines}</p>"
        f"<p>{html.escape(how)}</p>"
        f"<p><b>{html.escape(keep)}</b></p>"
    )
    document = QTextDocument()
    document.setHtml(body)
    return document


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, made_on: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = key
        self._made_on = made_on
        self.setWindowTitle(self.tr("Recovery key"))
        self.setObjectName("recoveryKeyDialog")

        title = heading(self.tr("Your recovery key"), 2, self)
        intro = ToneLabel(
            self.tr(
                "If you ever forget your passphrase, this key opens the workspace and lets "
                "you choose a new one."
            ),
            Tone.NORMAL,
            self,
        )
        self.key_label = QLabel("\n".join(key_lines(key)), self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setFont(monospace_font(1.9))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        key_frame = QFrame(self)
        key_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(key_frame)
        frame_layout.setContentsMargins(16, 18, 16, 18)
        frame_layout.addWidget(self.key_label)

        self.warning = ToneLabel(
            self.tr(
                "<b>This is the only time the key is shown.</b> Print it or write it down "
                "now, and keep it somewhere safe away from this laptop. Anyone who has it "
                "can open your notes."
            ),
            Tone.WARNING,
            self,
        )
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.copied = ToneLabel("", Tone.MUTED, self)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(
            self.tr("Copy to paste into a password manager; cleared when this window closes")
        )
        self.done_button = QPushButton(self.tr("I have &stored it safely"), self)
        self.done_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        self.print_button.clicked.connect(self.print_key)
        self.copy_button.clicked.connect(self.copy_key)
        self.done_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(key_frame)
        layout.addWidget(self.warning)
        layout.addWidget(self.copied)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def printable_document(self) -> QTextDocument:
        return printable_document(self._key, self._made_on)

    @Slot()
    def print_key(self) -> None:
        # Printing support is loaded only when someone prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery key"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.printable_document().print_(printer)

    @Slot()
    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.copied.setText(self.tr("Copied. The clipboard is cleared when this window closes."))

    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    def forget(self) -> None:
        """Drop the key from the window, and from the clipboard if it is still there."""
        clipboard = QGuiApplication.clipboard()
        if self._key and clipboard.text() == self._key:
            clipboard.clear()
        self._key = ""
        self.key_label.setText("")
