"""What a rehearsal looks like (rehearsal_mode.py runs it): the dialog that asks for the
clock's speed and says what a rehearsal keeps (nothing), the "Rehearsal" band across the top
of the room display, and its summary's words, which say nothing was kept.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.services.rehearsal import SPEEDS
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

#: The speed the dialog offers first: a 90-minute session in 9 minutes.
DEFAULT_SPEED: Final = 10
#: The room display's band: a share of the display's height, and its colours (violet: not
#: one of the timer's amber or red, so it never reads as "time is short").
BAND_SHARE: Final = 0.075
BAND_BACKGROUND: Final = "#3d2f73"
BAND_TEXT: Final = "#efeaff"
#: The summary dialog's line for a real session (its source text, as translated there).
SAVED_LINE: Final = "The session is saved in the group's history."


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rehearsal", text)


def speed_text(speed: int) -> str:
    if speed == 1:
        return _tr("real-time clock")
    return _tr("clock {n}× faster").format(n=speed)


def mark_as_rehearsal(dialog: SummaryDialog) -> None:
    """A real session's summary says it is saved in the history; a rehearsal's says the
    opposite, and says whose it is."""
    dialog.setWindowTitle(_tr("Rehearsal summary"))
    dialog.subtitle.setText(_tr("Rehearsal") + " · " + dialog.subtitle.text())
    saved = QCoreApplication.translate("SummaryDialog", SAVED_LINE)
    for label in dialog.findChildren(QLabel):
        if label.text() == saved:
            label.setText(_tr("Nothing of this rehearsal was kept: when this closes, it is gone."))


class SpeedDialog(QDialog):
    """Asks how fast the rehearsal's clock runs; says what a rehearsal keeps (nothing)."""

    def __init__(self, group_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rehearse a session"))
        self.setObjectName("rehearsalDialog")
        title = heading(self.tr("Rehearse a session"), 2, self)
        what = (
            self.tr(
                "Practise with the agenda and rule cards of {group}, on invented members, "
                "with the same keys and screens as a real session."
            ).format(group=group_name)
            if group_name
            else self.tr(
                "Practise on a sample group of invented members, with the same keys and "
                "screens as a real session."
            )
        )
        self.what_label = ToneLabel(what, Tone.NORMAL, self)
        labels = {
            1: self.tr("&Real time"),
            10: self.tr("&10× faster: 90 minutes take 9"),
            60: self.tr("&60× faster: a minute every second"),
        }
        self.buttons = QButtonGroup(self)
        self.speed_buttons: dict[int, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.what_label)
        for speed in SPEEDS:
            button = QRadioButton(labels[speed], self)
            self.buttons.addButton(button, speed)
            self.speed_buttons[speed] = button
            layout.addWidget(button)
        self.speed_buttons[DEFAULT_SPEED].setChecked(True)
        self.kept_label = ToneLabel(
            self.tr(
                "Nothing of a rehearsal is kept: not in History, attendance, follow-ups, notes "
                "or backups. End it as you would end a session; you see its summary once."
            ),
            Tone.MUTED,
            self,
        )
        layout.addSpacing(6)
        layout.addWidget(self.kept_label)
        box = QDialogButtonBox(self)
        self.start_button = box.addButton(
            self.tr("&Start rehearsal"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        for label in (self.what_label, self.kept_label):
            label.setMaximumWidth(460)
        self.speed_buttons[DEFAULT_SPEED].setFocus()

    def speed(self) -> int:
        chosen = self.buttons.checkedId()
        return chosen if chosen in SPEEDS else DEFAULT_SPEED


class RoomBand(QLabel):
    """ "Rehearsal" across the top of the room display. It takes its own strip (the display's
    content moves down by it), so it never covers the segment, the time or a card."""

    def __init__(self, display: QWidget) -> None:
        super().__init__(display)
        self.setObjectName("rehearsalBand")
        self.setText(self.tr("Rehearsal · practice only"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Window, QColor(BAND_BACKGROUND))
            palette.setColor(group, QPalette.ColorRole.WindowText, QColor(BAND_TEXT))
        self.setPalette(palette)
        font = self.font()
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        self.setFont(font)
        self._display = display
        self._margins = display.contentsMargins()
        display.installEventFilter(self)
        self.place()
        self.show()

    def band_height(self) -> int:
        display = self._display
        unit = min(display.height(), display.width() * 9 / 16)
        return max(18, round(unit * BAND_SHARE))

    def place(self) -> None:
        band = self.band_height()
        # The window's own margin, not its layout's (a stacked layout ignores those).
        self._display.setContentsMargins(self._margins + QMargins(0, band, 0, 0))
        font = self.font()
        font.setPixelSize(max(10, round(band * 0.55)))
        self.setFont(font)
        self.setGeometry(0, 0, self._display.width(), band)
        self.raise_()

    def remove(self) -> None:
        self._display.removeEventFilter(self)
        self._display.setContentsMargins(self._margins)
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._display and event.type() == QEvent.Type.Resize:
            self.place()
        return False
