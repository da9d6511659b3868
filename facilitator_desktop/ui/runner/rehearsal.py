"""Rehearsal on the Session page: practise a whole session on invented members, with a
clock in real time or 10× or 60× faster, and keep nothing of it.

The page, its panels, keys, room display and controller are the real ones. For the length of
a rehearsal the controller's workspace is a :class:`RehearsalWorkspace` (a database in
memory with its own key), so every action goes through the same services as in a real
session and lands where nothing is kept. A banner on the page and a band on the room display
say "Rehearsal" the whole time. Ending it shows its summary once; then it is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, Qt, Slot
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

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.rehearsal import RehearsalWorkspace
from facilitator_desktop.services.rehearsal import SPEEDS
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

if TYPE_CHECKING:
    from facilitator_desktop.ui.runner.page import RunnerPage

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


class RehearsalMode(QObject):
    """Starts, marks and ends a rehearsal on the Session page. Made before the page connects
    its own slots, so the page's controller is back on the real workspace before the page
    repaints its idle view."""

    def __init__(self, page: RunnerPage) -> None:
        super().__init__(page)
        self._page = page
        self.workspace: RehearsalWorkspace | None = None
        self.dialog: SpeedDialog | None = None
        self.band: RoomBand | None = None
        self.banner = Banner("", page)
        self.banner.setObjectName("rehearsalBanner")
        self.banner.hide()
        page.controller.sessionChanged.connect(self._on_session_changed)
        page.room_control.openChanged.connect(self._on_room_changed)
        page.room_control.blankChanged.connect(self._on_room_changed)

    @property
    def active(self) -> bool:
        """A rehearsal is open on the page."""
        controller = self._page.controller
        return (
            self.workspace is not None
            and controller.active
            and controller.workspace is self.workspace
        )

    # --- starting --------------------------------------------------------------------------

    @Slot()
    def ask(self) -> None:
        """The idle view's "Rehearse" button: ask for the speed, then start."""
        if self._page.controller.active:
            self._say(_tr("End the open session before rehearsing."))
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        group = self._page.ctx.current_group()
        self.dialog = SpeedDialog(group.name if group is not None else None, self._page)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None:
            self.start(self.dialog.speed())

    def start(self, speed: int) -> bool:
        """Open a rehearsal of the current group (a sample group when there is none)."""
        page = self._page
        controller = page.controller
        if controller.active:
            self._say(_tr("End the open session before rehearsing."))
            return False
        self._drop()
        try:
            rehearsal = RehearsalWorkspace.of_group(
                page.ctx.workspace,
                page.ctx.current_group(),
                speed,
                fallback_name=_tr("Sample group"),
            )
        except FacilitatorError as exc:
            self._say(exc.message)
            return False
        self.workspace = rehearsal
        controller.workspace = rehearsal
        if not controller.open(rehearsal.group_id, rehearsal.outline.name):
            self._drop()
            return False
        self._say(
            _tr(
                "Rehearsal open on invented members: mark who is here, then press Space. "
                "Nothing of it is kept."
            )
        )
        return True

    # --- ending ----------------------------------------------------------------------------

    def end(self) -> None:
        """The page's End (button, or → after the last segment) during a rehearsal."""
        page = self._page
        controller = page.controller
        rehearsal = self.workspace
        snapshot = controller.snapshot
        if rehearsal is None or snapshot is None:
            return
        if snapshot.agenda.phase == "not_started":
            if (
                confirm(
                    page,
                    _tr("Stop rehearsal"),
                    _tr("Stop the rehearsal?"),
                    _tr("Its clock never started. Nothing of it is kept."),
                    _tr("&Stop rehearsal"),
                )
                and controller.discard()
            ):
                self._drop()
                self._say(_tr("Rehearsal stopped. Nothing of it was kept."))
            return
        if not confirm(
            page,
            _tr("End rehearsal"),
            _tr("End the rehearsal now?"),
            _tr(
                "You see its summary once, then it is gone: nothing of a rehearsal is kept in "
                "History, attendance, follow-ups, notes or backups."
            ),
            _tr("&End rehearsal"),
        ):
            return
        session_id = controller.end()
        if session_id is None:
            return
        before = page.summary_dialog
        page._show_summary(session_id, rehearsal)  # the page's own summary, read from memory
        if page.summary_dialog is not before and page.summary_dialog is not None:
            mark_as_rehearsal(page.summary_dialog)
        self._drop()
        self._say(_tr("Rehearsal ended. Nothing of it was kept."))

    def may_quit(self, parent: QWidget) -> bool:
        """Quitting in a rehearsal asks too (a stray Ctrl+Q ends the practice), in words
        that are true of it: nothing is offered again at the next start."""
        return confirm(
            parent,
            _tr("Quit"),
            _tr("Quit in the middle of the rehearsal?"),
            _tr("Nothing of a rehearsal is kept: the next start will not offer it again."),
            _tr("&Quit"),
        )

    def _drop(self) -> None:
        """Back to the real workspace; the rehearsal's database and key are gone."""
        rehearsal, self.workspace = self.workspace, None
        controller = self._page.controller
        if controller.workspace is not self._page.ctx.workspace and not controller.active:
            controller.workspace = self._page.ctx.workspace
        if rehearsal is not None:
            rehearsal.close()
        self._show_marks()

    # --- what says "Rehearsal" -----------------------------------------------------------------

    @Slot()
    def _on_session_changed(self) -> None:
        controller = self._page.controller
        if self.workspace is not None and not controller.active:
            # Ended or discarded: the page reads the real workspace again from here on (the
            # rehearsal's database stays until its summary is read, see end()).
            controller.workspace = self._page.ctx.workspace
        self._show_marks()

    @Slot(bool)
    def _on_room_changed(self, _state: bool) -> None:
        self._show_marks()

    def _show_marks(self) -> None:
        active = self.active
        if active:
            assert self.workspace is not None
            self.banner.label.setText(
                _tr(
                    "Rehearsal · invented members · {speed}. Nothing of it is kept: not in "
                    "History, attendance, follow-ups, notes or backups."
                ).format(speed=speed_text(self.workspace.speed))
            )
        self.banner.setVisible(active)
        room = self._page.room_control
        display = room.display
        wanted = active and display is not None and room.is_open() and not room.blank
        if wanted and self.band is None and display is not None:
            self.band = RoomBand(display)
        elif not wanted and self.band is not None:
            self.band.remove()
            self.band = None

    def _say(self, text: str) -> None:
        emit(self._page.ctx.statusMessage, text)
