"""The talking-order board: who speaks (with the soft-limit cue), who is next, the round or
the raise-hand queue, and the buttons for N, P, C, E, "back" (PgUp) and moving the queue.

Each waiting member shows their number for the session (the one that queues them), never
their place in the queue: the list's order is the order.

The speaker's elapsed time and its amber/red cue are for the facilitator only, as is the
check-in score strip under the speaker in rounds (score_strip.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.talk_reads import TalkSnapshot
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.accessibility.interfaces import expose
from facilitator_desktop.ui.qmodels.reorderable import ReorderableListModel
from facilitator_desktop.ui.runner.one_line import OneLineLabel
from facilitator_desktop.ui.runner.panel import Panel, action_button, caption, scaled
from facilitator_desktop.ui.runner.score_strip import ScoreStrip
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.live_text import LiveText
from facilitator_desktop.ui.widgets.reorder_list import ReorderListView
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

CUE_TONES = {"ok": Tone.NORMAL, "amber": Tone.WARNING, "red": Tone.ERROR}
#: The strip beside the speaker: green while within the limit, then amber, then red.
CUE_STRIP = {"ok": "#3f8f5f", "amber": "#e0a11b", "red": "#d64534"}
AnyIndex = QModelIndex | QPersistentModelIndex


class WaitingModel(ReorderableListModel[int]):
    """Member ids waiting to speak, in calling order; only the open queue can be dragged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}
        self._numbers: dict[int, int] = {}
        self.draggable = False

    def set_names(self, names: Mapping[int, str], numbers: Mapping[int, int]) -> bool:
        """True when they differ from what is shown (after a lock, an unlock, a session)."""
        new, new_numbers = dict(names), dict(numbers)
        if new == self._names and new_numbers == self._numbers:
            return False
        self._names, self._numbers = new, new_numbers
        return True

    def can_move(self, row: int) -> bool:
        return self.draggable and super().can_move(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        member_id = self.item(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            number = self._numbers.get(member_id)
            name = self._names.get(member_id, "—")
            return f"{number:>2}   {name}" if number is not None else name
        if role == Qt.ItemDataRole.UserRole:
            return member_id
        return None


class TalkPanel(Panel):
    nextRequested = Signal()
    passRequested = Signal()
    laterRequested = Signal()
    endTurnRequested = Signal()
    previousRequested = Signal()
    randomRoundRequested = Signal()
    fewerTurnsFirstToggled = Signal(bool)
    # (member id, new queue position) after a drag.
    moveRequested = Signal(int, int)
    removeRequested = Signal(int)
    # -1 / +1: move the selected member up / down (the buttons and Alt+↑ / Alt+↓).
    stepRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Talking order"), parent)
        # --- the speaker ------------------------------------------------------------------
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.NoFrame)
        self.cue_strip = QFrame(card)
        self.cue_strip.setFixedWidth(5)
        self.cue_strip.setAutoFillBackground(True)
        self.speaker_caption = ToneLabel(self.tr("Now speaking"), Tone.MUTED, card)
        # A long alias is shortened with "…", whole in the tooltip and accessible name.
        self.speaker_label = scaled(OneLineLabel("", Tone.NORMAL, card), 1.7, bold=True)
        self.speaking_label = LiveText(
            formatting.digits("0:00:00"), card, alignment=Qt.AlignmentFlag.AlignRight
        )
        font = self.speaking_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.speaking_label.setFont(font)
        expose(self.speaking_label)  # a screen reader reads the time shown
        self.speaking_label.setAccessibleName(self.tr("Speaking time"))
        self.limit_label = ToneLabel("", Tone.MUTED, card)
        self.limit_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_label = ToneLabel("", Tone.NORMAL, card)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.speaker_caption, 0, 0)
        grid.addWidget(self.limit_label, 0, 1)
        grid.addWidget(self.speaker_label, 1, 0)
        grid.addWidget(self.speaking_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.next_label, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        card_layout = QHBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(10)
        card_layout.addWidget(self.cue_strip)
        card_layout.addLayout(grid, 1)

        # --- actions ------------------------------------------------------------------------
        self.next_button = action_button(
            self.tr("Next speaker  N"), self.tr("End this turn and call the next member (N)"), self
        )
        self.pass_button = action_button(
            self.tr("Pass  P"), self.tr("The member whose turn it is passes (P)"), self
        )
        self.later_button = action_button(
            self.tr("Come back to me  C"),
            self.tr("The speaker goes to the end of the round; the next member starts (C)"),
            self,
        )
        self.end_button = action_button(
            self.tr("End turn  E"), self.tr("End the turn without calling anyone (E)"), self
        )
        self.back_button = action_button(
            self.tr("Back  PgUp"),
            self.tr(
                "Back to the previous speaker: the turn just started is not recorded (PgUp, "
                "a clicker's back button)"
            ),
            self,
        )
        self.next_button.clicked.connect(self.nextRequested)
        self.pass_button.clicked.connect(self.passRequested)
        self.later_button.clicked.connect(self.laterRequested)
        self.end_button.clicked.connect(self.endTurnRequested)
        self.back_button.clicked.connect(self.previousRequested)
        actions = QGridLayout()
        actions.setSpacing(6)
        actions.addWidget(self.next_button, 0, 0)
        actions.addWidget(self.pass_button, 0, 1)
        actions.addWidget(self.back_button, 0, 2)
        actions.addWidget(self.later_button, 1, 0)
        actions.addWidget(self.end_button, 1, 1)

        # --- round / queue controls ---------------------------------------------------------
        self.random_button = action_button(
            self.tr("Random start"), self.tr("Start the round with a member chosen at random"), self
        )
        self.random_button.clicked.connect(self.randomRoundRequested)
        self.round_label = ToneLabel("", Tone.MUTED, self)
        self.round_label.setWordWrap(False)
        # Long texts (a long alias, "3 of 12 done") never widen the column: they clip.
        for label in (self.round_label, self.speaker_label, self.next_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fewer_box = QCheckBox(self.tr("Fewer turns first"), self)
        self.fewer_box.setToolTip(
            self.tr("Members who have spoken least in this session go ahead in the queue.")
        )
        room_tab_stop(self.fewer_box)
        self.fewer_box.toggled.connect(self.fewerTurnsFirstToggled)

        # --- who is waiting -------------------------------------------------------------------
        self.order_caption = caption(self.tr("Waiting"), self)
        self.model = WaitingModel(self)
        self.model.rowMoved.connect(self._on_row_moved)
        self.order_view = ReorderListView(self)
        self.order_view.setModel(self.model)
        self.order_view.setAccessibleName(self.tr("Waiting to speak"))
        self.order_view.setMinimumHeight(48)
        self.order_view.setMaximumHeight(96)
        self.order_view.setTabKeyNavigation(False)
        self.remove_button = action_button(
            self.tr("Remove"), self.tr("Take the selected member out of the order (Delete)"), self
        )
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button = action_button(
            "↑", self.tr("Move the selected member up the queue (Alt+↑)"), self
        )
        self.down_button = action_button(
            "↓", self.tr("Move the selected member down the queue (Alt+↓)"), self
        )
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↑") + 24)
            button.setAccessibleName(button.toolTip())
        self.up_button.clicked.connect(self._on_up)
        self.down_button.clicked.connect(self._on_down)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.order_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_remove)
        self.hint_label = ToneLabel("", Tone.MUTED, self)
        # One line whatever it says: a longer hint never pushes the attendance list down.
        self.hint_label.setWordWrap(False)
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        order_header = QHBoxLayout()
        order_header.setSpacing(8)
        order_header.addWidget(self.order_caption)
        order_header.addWidget(self.round_label, 1)
        order_header.addWidget(self.fewer_box)
        order_header.addWidget(self.random_button)
        order_header.addWidget(self.up_button)
        order_header.addWidget(self.down_button)
        order_header.addWidget(self.remove_button)
        order = QVBoxLayout()
        order.setSpacing(4)
        order.addLayout(order_header)
        order.addWidget(self.order_view, 1)
        order.addWidget(self.hint_label)

        # --- the speaker's check-in score (rounds only) ------------------------------------
        self.score_strip = ScoreStrip(self)

        self.body.addWidget(card)
        self.body.addWidget(self.score_strip)
        self.body.addLayout(actions)
        self.body.addLayout(order, 1)
        self.random_button.hide()
        self.fewer_box.hide()
        self._shown: tuple[object, ...] = ()
        self._cue = ""
        self._set_cue("none")

    # --- rendering -------------------------------------------------------------------------

    def refresh(
        self,
        talk: TalkSnapshot,
        names: Mapping[int, str],
        soft_limit: float | None,
        in_session: bool,
        numbers: Mapping[int, int],
        previous: int | None = None,
    ) -> None:
        """`numbers`: every member's number for the session; `previous`: whom "back" calls."""
        speaker = talk.speaker
        self.refresh_speaking(talk)
        key = (
            talk.mode,
            speaker.member_id if speaker else None,
            talk.order,
            talk.round_started,
            talk.round_finished,
            len(talk.round_done),
            len(talk.present),
            talk.fewer_turns_first,
            soft_limit,
            in_session,
            tuple(sorted(names.items())),
            tuple(sorted(numbers.items())),
            previous,
        )
        if key == self._shown:
            return
        self._shown = key
        round_mode = talk.mode == "round"
        if speaker is not None:
            self.speaker_caption.setText(self.tr("Now speaking"))
            self.speaker_label.setText(names.get(speaker.member_id, "—"))
        else:
            self.speaker_caption.setText(self.tr("Nobody is speaking"))
            self.speaker_label.setText("")
        self.limit_label.setText(
            self.tr("soft limit {m} min").format(m=f"{soft_limit:g}") if soft_limit else ""
        )
        up_next = talk.up_next
        self.next_label.setText(
            self.tr("Up next: {name}").format(name=names.get(up_next, "—"))
            if up_next is not None
            else ""
        )

        self.model.draggable = talk.mode == "open"
        names_changed = self.model.set_names(names, numbers)
        if tuple(self.model.items()) != talk.order or names_changed:
            selected = self.selected_member()
            self.model.set_items(talk.order)
            if selected is not None:
                self.select_member(selected)
        self.order_caption.setText(
            (self.tr("Round order") if round_mode else self.tr("Queue")).upper()
        )
        self.order_view.set_reorder_enabled(talk.mode == "open")

        self.random_button.setVisible(round_mode and not talk.round_started)
        self.random_button.setEnabled(in_session)
        self.fewer_box.setVisible(talk.mode == "open")
        self.fewer_box.blockSignals(True)
        self.fewer_box.setChecked(talk.fewer_turns_first)
        self.fewer_box.blockSignals(False)
        self.round_label.setText(self._round_text(talk))
        self.hint_label.setText(self._hint_text(talk, in_session))

        self.next_button.setEnabled(in_session)
        self.pass_button.setEnabled(in_session and (speaker is not None or round_mode))
        self.later_button.setVisible(round_mode)
        self.later_button.setEnabled(in_session and speaker is not None and bool(talk.order))
        self.end_button.setEnabled(in_session and speaker is not None)
        self.back_button.setEnabled(in_session and previous is not None)
        self.back_button.setToolTip(
            self.tr("Back to {name}: the turn just started is not recorded (PgUp)").format(
                name=names.get(previous, "—")
            )
            if previous is not None
            else self.tr("Back to the previous speaker (PgUp): nobody has spoken yet")
        )
        self.remove_button.setEnabled(bool(talk.order))
        for button in (self.up_button, self.down_button):
            button.setVisible(talk.mode == "open")
            button.setEnabled(in_session and len(talk.order) > 1)

    def refresh_speaking(self, talk: TalkSnapshot) -> None:
        """The speaker's time and cue: the only part that changes every second."""
        speaker = talk.speaker
        if speaker is None:
            self.speaking_label.setText("")
            self._set_cue("none")
            return
        self.speaking_label.setText(formatting.digits(speaker.speaking_text))
        self.speaking_label.set_tone(CUE_TONES[speaker.cue])
        self._set_cue(speaker.cue)

    def _round_text(self, talk: TalkSnapshot) -> str:
        if talk.mode != "round":
            return ""
        if talk.round_finished:
            return self.tr("complete")
        if not talk.round_started:
            return self.tr("not started")
        total = len(talk.round_done) + len(talk.order) + (1 if talk.speaker else 0)
        return self.tr("{done} of {total} done").format(done=len(talk.round_done), total=total)

    def _hint_text(self, talk: TalkSnapshot, in_session: bool) -> str:
        if not in_session:
            return self.tr("The talking order starts with the session (Space).")
        if talk.mode == "round" and not talk.round_started:
            return self.tr("A member's number or a click on a name: they start · N: at random")
        if talk.mode == "open":
            return self.tr("A number or a click adds a member · Alt+↑↓ moves them")
        return ""

    def _set_cue(self, cue: str) -> None:
        if cue == self._cue:
            return
        self._cue = cue
        palette = self.cue_strip.palette()
        colour = CUE_STRIP.get(cue)
        fill = QColor(colour) if colour else palette.color(QPalette.ColorRole.Midlight)
        palette.setColor(self.cue_strip.backgroundRole(), fill)
        self.cue_strip.setPalette(palette)

    # --- slots -----------------------------------------------------------------------------

    def selected_member(self) -> int | None:
        row = self.order_view.current_row()
        if row < 0 or row >= self.model.rowCount():
            return None
        return self.model.item(row)

    def select_member(self, member_id: int) -> None:
        items = list(self.model.items())
        self.order_view.select_row(items.index(member_id) if member_id in items else -1)

    @Slot()
    def _on_up(self) -> None:
        emit(self.stepRequested, -1)

    @Slot()
    def _on_down(self) -> None:
        emit(self.stepRequested, +1)

    @Slot()
    def _on_remove(self) -> None:
        member_id = self.selected_member()
        if member_id is not None:
            emit(self.removeRequested, member_id)

    @Slot(int, int)
    def _on_row_moved(self, _old: int, new: int) -> None:
        emit(self.moveRequested, self.model.item(new), new)
