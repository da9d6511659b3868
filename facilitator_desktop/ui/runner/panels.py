"""The panels of an open session, in three columns: timer and agenda | talking order and
attendance | airtime, rule cards and the quick note.

They show what the presenter gives them (view.PanelsView) and signal what the facilitator
clicks; page.py connects those signals to the actions. Tab goes through the lists as they
read, left to right; each list is one stop and the arrows move inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from facilitator_desktop.domain.agenda import AgendaSnapshot
from facilitator_desktop.domain.talk_reads import TalkSnapshot
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.runner.agenda_panel import AgendaPanel
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars, Bar
from facilitator_desktop.ui.runner.attendance_panel import AttendancePanel
from facilitator_desktop.ui.runner.note_panel import NotePanel
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.runner.rules_rail import RulesRail
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.runner.talk_panel import TalkPanel
from facilitator_desktop.ui.runner.timer_panel import TimerPanel
from facilitator_desktop.ui.runner.view import SessionShown
from facilitator_desktop.ui.widgets.check_line import CheckLine


def _tr(text: str) -> str:
    # The page's words keep the context they are translated under.
    return QCoreApplication.translate("RunnerPage", text)


LEFT_COLUMN = 268
RIGHT_COLUMN = 300
GAP = 14
#: The width three columns of panels may take: a 1280-pixel window less the sidebar and
#: the page's margins.
THREE_COLUMNS_ROOM = 1280 - 233 - 40


class SessionPanels(QWidget):
    def __init__(self, chime_on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The third column under the other two (large type; see _lay_out).
        self.stacked = False
        self.timer_panel = TimerPanel(self)
        # Its words wrap in the narrow column (large type) rather than clip.
        self.chime_line = CheckLine(_tr("Soft chime when a segment ends"), self)
        self.chime_box = self.chime_line.box
        self.chime_line.setToolTip(_tr("A soft chime when a segment's time runs out (off: silent)"))
        room_tab_stop(self.chime_box)
        self.chime_box.setChecked(chime_on)
        self.timer_panel.body.addWidget(self.chime_line)
        self.timer_panel.plus_five_button.setToolTip(_tr("Five more minutes for this segment (F)"))
        self.agenda_panel = AgendaPanel(self)
        self.talk_panel = TalkPanel(self)
        self.airtime_panel = Panel(_tr("Airtime · only you see this"), self)
        self.airtime = AirtimeBars(self.airtime_panel)
        self.airtime.set_empty_text(_tr("Nobody present yet."))
        self.airtime_panel.body.addWidget(self.airtime)
        self.airtime_panel.body.addStretch(1)
        self.attendance_panel = AttendancePanel(self)
        self.rules_rail = RulesRail(self)
        self.note_panel = NotePanel(self)
        # Tab follows the order the panels are built in, which is the order they are read
        # (timer, agenda, who speaks, attendance, rule cards, note), each list one stop and
        # each panel's buttons beside it. No explicit chain: moving a list away from its
        # panel left the note panel's focus proxy sending Tab back into the note box.
        self._lay_out()

    @staticmethod
    def _take_what_is_left(scrolling: QWidget) -> None:
        """Its preferred height ignored; asked its height for a width (as a column laid out
        by height-for-width asks), it answers its minimum height: an ignored height alone
        counts as zero there, and the panel around it was squeezed by that much."""
        if scrolling.minimumHeight() == 0:
            scrolling.setMinimumHeight(scrolling.minimumSizeHint().height())
        policy = scrolling.sizePolicy()
        policy.setVerticalPolicy(policy.Policy.Ignored)
        policy.setHeightForWidth(True)
        scrolling.setSizePolicy(policy)

    def _lay_out(self) -> None:
        columns: tuple[tuple[tuple[QWidget, int], ...], ...] = (
            ((self.timer_panel, 0), (self.agenda_panel, 1)),
            ((self.talk_panel, 0), (self.attendance_panel, 1)),
            ((self.airtime_panel, 3), (self.rules_rail, 2), (self.note_panel, 0)),
        )
        for panel, _ in columns[0]:
            panel.setFixedWidth(LEFT_COLUMN)
        # With large type three columns would not fit a laptop's width: the third goes
        # under the other two, side by side, and the page scrolls down to it (never
        # sideways, where the room's controls would leave the screen).
        self.stacked = self._three_columns_width(columns) > THREE_COLUMNS_ROOM
        # Side by side, the lists take what room is left (at least their minimum). Their
        # preferred height would otherwise hold: wrapped captions make the columns lay out
        # by height-for-width, which counts a list's preferred height as the least it takes,
        # so the airtime list of a large group lost rows on a 1366×768 laptop and the timer
        # panel got 307 of its 366 pixels on a 1280×720 one (its buttons cut in half).
        # Stacked, the page scrolls down instead and the lists keep their height.
        if not self.stacked:
            for scrolling in (
                self.rules_rail.list,
                self.agenda_panel.list,
                self.talk_panel.order_view,
                self.attendance_panel.view,
            ):
                self._take_what_is_left(scrolling)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(GAP)
        top = QHBoxLayout()
        top.setSpacing(GAP)
        outer.addLayout(top, 1)
        for index, panels in enumerate(columns):
            under = self.stacked and index == 2
            column = QHBoxLayout() if under else QVBoxLayout()
            column.setSpacing(GAP)
            for panel, stretch in panels:
                column.addWidget(panel, 1 if under else stretch)
                if index == 2 and not under:
                    panel.setFixedWidth(RIGHT_COLUMN)
            if under:
                outer.addLayout(column)
            else:
                top.addLayout(column, 1 if index == 1 else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Stacked, the panels ask for the height their wrapped texts want at this width:
        the page then scrolls down rather than squeeze a panel below what it shows."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if not self.stacked or layout is None or not layout.hasHeightForWidth():
            return hint
        wanted = layout.totalHeightForWidth(max(self.width(), hint.width()))
        return QSize(hint.width(), max(hint.height(), wanted))

    @staticmethod
    def _three_columns_width(columns: Sequence[Sequence[tuple[QWidget, int]]]) -> int:
        """The least width of the panels in three columns (the side ones fixed, or wider
        where a panel cannot be narrower)."""
        fixed = (LEFT_COLUMN, 0, RIGHT_COLUMN)
        widths = [
            max(fixed[index], *(panel.minimumSizeHint().width() for panel, _ in panels))
            for index, panels in enumerate(columns)
        ]
        return sum(widths) + 2 * GAP

    # --- view.PanelsView -----------------------------------------------------------------------

    def render_clock(
        self, agenda: AgendaSnapshot, planned_end: str, talk: TalkSnapshot, bars: Sequence[Bar]
    ) -> None:
        self.timer_panel.refresh(agenda, planned_end)
        self.talk_panel.refresh_speaking(talk)
        self.airtime.set_bars(bars)

    def render_session(self, shown: SessionShown) -> None:
        self.agenda_panel.refresh(shown.agenda, shown.first_editable)
        self.talk_panel.refresh(
            shown.talk,
            shown.names,
            shown.soft_limit,
            shown.in_session,
            shown.numbers,
            shown.previous,
        )
        self.talk_panel.score_strip.show_score(shown.checkin)
        self.attendance_panel.refresh(shown.attendance, shown.guests)
        if shown.speaker is not None:
            self.note_panel.set_speaker(*shown.speaker)
        else:
            self.note_panel.set_speaker(None)

    def set_cards(self, cards: Sequence[RuleCardDraft]) -> None:
        self.rules_rail.set_cards(cards)

    def mark_card(self, row: int | None) -> None:
        self.rules_rail.set_showing(row)

    def select_card(self, row: int) -> None:
        self.rules_rail.select_row(row)

    def selected_card(self) -> int:
        return self.rules_rail.selected_row()

    def selected_queue_member(self) -> int | None:
        return self.talk_panel.selected_member()

    def select_queue_member(self, member_id: int) -> None:
        self.talk_panel.select_member(member_id)

    def select_segment(self, row: int) -> None:
        self.agenda_panel.select_row(row)

    def focus_attendance(self) -> None:
        self.attendance_panel.focus_list()

    def open_status_menu(self, member_id: int) -> None:
        self.attendance_panel.open_status_menu(member_id)

    def close_status_menu(self) -> None:
        self.attendance_panel.close_status_menu()

    def focus_note(self) -> None:
        self.note_panel.focus_box()

    def note_saved(self) -> None:
        self.note_panel.saved()

    def clear_note(self) -> bool:
        return self.note_panel.clear()
