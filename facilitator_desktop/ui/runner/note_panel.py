"""The quick note: type, Enter saves an encrypted note tied to the session, the segment and —
unless unlinked — the member who was speaking when the note was begun.

- The box grows with what is typed, up to MAX_LINES and never past the room its column has
  left (the airtime list keeps every row), then scrolls. Shift+Enter starts a new line.
- The line under the box says who the note is about; Alt+S unlinks it (and links it again).
  The link is taken when typing starts, so a new speaker does not take over a half-written
  note, and the line always shows what Enter will save.
- After a save that line says so in words ("Saved, encrypted · about Emil") for a while, or
  until typing starts again; nothing moves.

While the box has the focus every plain key is text: the in-room keys (Space, N, P, 1–9…)
do not fire. Esc gives the focus back to the page.

Locking never loses the box's text: just before the lock (`hold`, while the data key is
still here) it is sealed in memory with that key and the box is emptied; after the next
unlock (`take_back`) it returns with its link, and a note whose save had failed is sent
again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from facilitator_desktop.ui.notes.held import (
    HeldText,
    Sealer,
    quick_note_kept,
    quick_note_still_not_saved,
)
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

SAVED_MS = 5000
NOTE_MAX = 2000
MAX_LINES = 6
UNLINK_KEY = QKeySequence("Alt+S")
#: The member id sent when the note is about nobody.
NOBODY = -1
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True, slots=True)
class _HeldQuickNote:
    """The box while the workspace is locked: text and the alias it is about, sealed."""

    text: HeldText
    member_id: int | None
    alias: HeldText | None
    unlinked: bool
    sent: bool  # Enter had been pressed and the save had failed


class NoteBox(QPlainTextEdit):
    """A text box as tall as its text (between one line and `max_lines`) that keeps every
    key without Ctrl/Alt/Meta for itself. Enter asks to save; Shift+Enter is a new line."""

    leaveRequested = Signal()
    submitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._max_lines = MAX_LINES
        self.textChanged.connect(self._fit)
        self._fit()

    # --- the QLineEdit words the page and its tests use ------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        """Replace the text and forget the undo history (nothing typed can come back)."""
        self.setPlainText(text)
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.End)  # as a line edit leaves it

    def isUndoAvailable(self) -> bool:  # noqa: N802 - QLineEdit's name
        return self.document().isUndoAvailable()

    # --- height ------------------------------------------------------------------------------

    def lines(self) -> int:
        """Lines the text takes at the box's width (wrapped lines count)."""
        return max(1, self.document().lineCount())

    def lines_shown(self) -> int:
        return min(self.lines(), self._max_lines)

    def set_max_lines(self, lines: int) -> None:
        lines = max(1, min(MAX_LINES, lines))
        if lines != self._max_lines:
            self._max_lines = lines
            self._fit()

    def line_height(self) -> int:
        """The height of one line as the text layout draws it (whole pixels)."""
        layout = self.document().firstBlock().layout()
        if layout is not None and layout.lineCount():
            return math.ceil(layout.lineAt(0).height())
        return math.ceil(QFontMetricsF(self.font()).height())

    def height_for(self, lines: int) -> int:
        margin = 2 * (math.ceil(self.document().documentMargin()) + self.frameWidth())
        # + 1: QPlainTextEdit keeps its scroll bar until the viewport has a pixel to spare.
        return lines * self.line_height() + margin + 1

    @Slot()
    def _fit(self) -> None:
        height = self.height_for(self.lines_shown())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # the text wraps differently

    # --- keys ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if not event.modifiers() & _COMMAND:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        if event.key() == Qt.Key.Key_Escape and not modifiers & _COMMAND:
            emit(self.leaveRequested)
            return
        if event.key() in _RETURN and not modifiers & _COMMAND:
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                emit(self.submitRequested)
            return
        super().keyPressEvent(event)


class NotePanel(Panel):
    # (text, the member it is about or NOBODY)
    saveRequested = Signal(str, int)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quick note"), parent)
        self.title_label.setText(self.tr("&Quick note (only you see it)").upper())
        self.box = NoteBox(self)
        self.box.setPlaceholderText(self.tr("Type, then Enter saves it (encrypted)"))
        self.box.setAccessibleName(self.tr("Quick note"))
        self.box.setToolTip(
            self.tr("Enter saves · Shift+Enter starts a new line · Esc goes back to the room")
        )
        self.title_label.setBuddy(self.box)
        # A click anywhere in the panel (its tick included) keeps typing in the box, rather
        # than handing the keys to the page, where letters are in-room actions.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self.box)
        self.box.submitRequested.connect(self._on_submit)
        self.box.leaveRequested.connect(self.leaveRequested)
        self.box.textChanged.connect(self._on_text_changed)

        # --- who it is about (or, for a while after a save, that it was saved) ---------------
        self.about_box = QCheckBox(self)
        self._about_text = ""
        room_tab_stop(self.about_box)
        # A long alias is shortened here, never widening the column.
        self.about_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.about_box.toggled.connect(self._on_about_toggled)
        key = UNLINK_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.key_label = ToneLabel("", Tone.MUTED, self)
        self.key_label.setWordWrap(False)
        self._key_text = key
        link_row = QWidget(self)
        row = QHBoxLayout(link_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.about_box, 1)
        row.addWidget(self.key_label)
        self.saved_label = ToneLabel("", Tone.SUCCESS, self)
        self.saved_label.setWordWrap(False)
        self.saved_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.line = QStackedWidget(self)
        self.line.addWidget(link_row)
        self.line.addWidget(self.saved_label)
        self.line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.body.addWidget(self.box)
        self.body.addWidget(self.line)

        self.unlink_shortcut = QShortcut(UNLINK_KEY, self)
        self.unlink_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.unlink_shortcut.activated.connect(self.toggle_link)

        self.saved_timer = QTimer(self)
        self.saved_timer.setSingleShot(True)
        self.saved_timer.setInterval(SAVED_MS)
        self.saved_timer.timeout.connect(self._on_clear_saved)
        self._speaker: tuple[int, str] | None = None
        # Who the text in the box is about, taken when typing starts; None: nobody.
        self._link: tuple[int, str] | None = None
        self._unlinked = False
        self._submitted: tuple[int, str] | None = None
        # Enter was pressed and the page has not said "saved" yet (a failed save keeps it).
        self._sent = False
        self._held: _HeldQuickNote | None = None
        self._watched: QWidget | None = None
        self._show_link()

    # --- what the page tells --------------------------------------------------------------

    def set_speaker(self, member_id: int | None, name: str = "") -> None:
        """The member speaking now (None when nobody speaks). An empty box follows them; a
        half-written note keeps the member it was begun about."""
        speaker = (member_id, name) if member_id is not None else None
        if speaker == self._speaker:
            return
        self._speaker = speaker
        if not self.box.text():
            self._follow_speaker()

    def saved(self) -> None:
        """The page stored the note: empty the box and say so, calmly, in words."""
        about = self._submitted
        self._sent = False
        self.box.setText("")  # also forgets the undo history
        self._submitted = None
        self._follow_speaker()
        self._say(
            self.tr("Saved, encrypted · about {name}").format(name=about[1])
            if about is not None
            else self.tr("Saved, encrypted · not linked to anyone"),
            Tone.SUCCESS,
        )

    def clear(self) -> bool:
        """Drop any typed text (on lock). True when there was some."""
        had_text = bool(self.box.text())
        self._sent = False
        self.box.setText("")
        self._speaker = None
        self._submitted = None
        self._follow_speaker()
        self._on_clear_saved()
        return had_text

    # --- across a lock ------------------------------------------------------------------------

    def hold(self, sealer: Sealer) -> None:
        """Before the lock: seal the box's text with the data key and empty the box (and
        its undo history), so that nothing readable is left and nothing is lost."""
        text = self.box.text()
        if not text:
            return
        held = HeldText.seal(sealer, text)
        if held is None:
            return  # no key to seal with: the lock's clear() drops it, and says so
        link = self._link
        self._held = _HeldQuickNote(
            held,
            link[0] if link is not None else None,
            HeldText.seal(sealer, link[1]) if link is not None else None,
            self._unlinked,
            self._sent,
        )
        self._sent = False
        self.box.setText("")

    @property
    def holds_text(self) -> bool:
        return self._held is not None

    def held_notice(self) -> str | None:
        """For the lock screen: what is kept (None: nothing is)."""
        return quick_note_kept(sent=self._held.sent) if self._held is not None else None

    def take_back(self, sealer: Sealer) -> None:
        """After the unlock: the text returns as it was, about whom it was; a note whose
        save had failed is sent again, and the line says if it is still not saved."""
        if self._held is None:
            return
        held, self._held = self._held, None
        text = held.text.open(sealer)
        if text is None:
            return
        alias = held.alias.open(sealer) if held.alias is not None else None
        self.box.setText(text)
        if held.member_id is not None and alias is not None:
            self._link, self._unlinked = (held.member_id, alias), held.unlinked
            self._show_link()
        if held.sent:
            self._on_submit()
            if self._sent:  # the page did not say "saved"
                self._say(quick_note_still_not_saved(), Tone.ERROR)
                self.saved_timer.stop()  # stays until typing starts again

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the link ---------------------------------------------------------------------------

    def linked_member(self) -> int | None:
        """The member Enter would link the note to (None: nobody)."""
        return None if self._link is None or self._unlinked else self._link[0]

    @Slot()
    def toggle_link(self) -> None:
        if self._link is None:
            return
        self._unlinked = not self._unlinked
        self._show_link()

    def _follow_speaker(self) -> None:
        self._link = self._speaker
        self._unlinked = False
        self._show_link()

    @Slot(bool)
    def _on_about_toggled(self, checked: bool) -> None:
        if self._link is not None and checked == self._unlinked:
            self._unlinked = not checked
            self._show_link()

    def _show_link(self) -> None:
        link = self._link
        self.about_box.blockSignals(True)
        self.about_box.setEnabled(link is not None)
        self.about_box.setChecked(link is not None and not self._unlinked)
        self.about_box.blockSignals(False)
        if link is None:
            self._about_text = self.tr("About nobody: no one is speaking")
            self.about_box.setToolTip("")
            self.key_label.setText("")
            self._fit_link_row()
            return
        metrics = self.about_box.fontMetrics()
        name = metrics.elidedText(link[1], Qt.TextElideMode.ElideRight, 140)
        self._about_text = self.tr("About {name}").format(name=name)
        self.about_box.setToolTip(
            self.tr("Link the note to {name}, who was speaking ({key})").format(
                name=link[1], key=self._key_text
            )
        )
        self.key_label.setText(
            self.tr("{key} links").format(key=self._key_text)
            if self._unlinked
            else self.tr("{key} unlinks").format(key=self._key_text)
        )
        self._fit_link_row()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_link_row()

    def _fit_link_row(self) -> None:
        """Large type may leave the row too narrow for the words and the key's hint: the
        hint goes first (the tooltip names the key too), then the words are shortened with
        "…", whole in the box's tooltip and accessible name."""
        box, full = self.about_box, self._about_text
        metrics = box.fontMetrics()
        padding = box.sizeHint().width() - metrics.horizontalAdvance(box.text())
        room = self.line.width() - padding
        key = self.key_label.sizeHint().width() + 8 if self.key_label.text() else 0
        words = metrics.horizontalAdvance(full)
        self.key_label.setVisible(bool(key) and words + key <= room)
        if self.key_label.isVisibleTo(self):
            room -= key
        shown = (
            full if words <= room else metrics.elidedText(full, Qt.TextElideMode.ElideRight, room)
        )
        box.setText(shown)
        box.setAccessibleName(full)
        if shown != full and full not in box.toolTip():
            box.setToolTip("\n".join(part for part in (full, box.toolTip()) if part))

    # --- saving -----------------------------------------------------------------------------

    @Slot()
    def _on_submit(self) -> None:
        text = self.box.text().strip()
        if not text:
            return
        if len(text) > NOTE_MAX:
            self._say(
                self.tr(
                    "Too long for a quick note ({n} of %Ln characters). Shorten it, or "
                    "write it on the Notes page.",
                    "",
                    NOTE_MAX,
                ).format(n=len(text)),
                Tone.ERROR,
            )
            return
        member = self.linked_member()
        self._submitted = self._link if member is not None else None
        self._sent = True
        emit(self.saveRequested, text, member if member is not None else NOBODY)

    @Slot()
    def _on_text_changed(self) -> None:
        if self.box.text():
            if self.line.currentIndex() != 0:
                self._on_clear_saved()  # typing again: show who the new note is about
        else:
            self._sent = False
            if not self._submitted:
                self._follow_speaker()  # emptied by hand: the next note starts afresh

    def _say(self, text: str, tone: Tone) -> None:
        self.saved_label.set_tone(tone)
        self.saved_label.setText(text)
        self.saved_label.setToolTip(text)
        self.line.setCurrentIndex(1)
        self.saved_timer.start()

    @Slot()
    def _on_clear_saved(self) -> None:
        self.saved_timer.stop()
        self.saved_label.setText("")
        self.line.setCurrentIndex(0)

    # --- room to grow -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_parent()
        self._fit_room()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._fit_room()
        return super().eventFilter(watched, event)

    def _watch_parent(self) -> None:
        parent = self.parentWidget()
        if parent is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = parent
        if parent is not None:
            parent.installEventFilter(self)

    def _fit_room(self) -> None:
        """Let the box grow only into height its column has to spare: what the parent's
        layout needs at least (every panel at its minimum, this box as it is now) against
        what the parent has. Other panels keep their minimum, so nothing is clipped."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if parent is None or layout is None or parent.height() <= 0:
            self.box.set_max_lines(MAX_LINES)
            return
        spare = parent.height() - layout.minimumSize().height()
        step = self.box.line_height()
        before = self.box.height()
        # Floor division: a line that would not fit whole is not given.
        self.box.set_max_lines(self.box.lines_shown() + spare // step)
        if self.box.height() != before:
            # Now, not an event later: the parent is about to lay out with this panel's
            # size, and a stale one would push the window larger.
            self.updateGeometry()
