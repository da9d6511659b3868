"""What the Session page's logic asks of its widgets (presenter → view).

The presenter side (presenter.py, lifecycle.py, actions.py, attendance_actions.py,
agenda_actions.py, rehearsal_mode.py) holds no widget: it decides what happens and what is
shown, and tells the view through these Protocols. The view side (page.py, panels.py,
dialogs.py) holds the widgets, shows what it is told and forwards what the facilitator does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QWidget

from facilitator_desktop.domain.agenda import AgendaSnapshot, SegmentPlan
from facilitator_desktop.domain.talk_reads import TalkSnapshot
from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.session_summary import SessionSummary
from facilitator_desktop.ui.runner.airtime_bars import Bar
from facilitator_desktop.ui.runner.attendance_model import AttendanceRow
from facilitator_desktop.ui.runner.names import NameMode
from facilitator_desktop.ui.runner.resume_offer import ResumeChoice


@dataclass(frozen=True, slots=True)
class ScoreShown:
    """The check-in score strip of a round: private to the facilitator, never on the room
    display."""

    low: int
    high: int
    #: The group's wording ("How are you arriving today?"; "" when none is set).
    question: str
    #: Whom a score goes to (None: nobody has spoken in the round yet).
    member_id: int | None
    name: str
    #: Their score in this session so far.
    score: int | None
    #: The clock runs (or is paused) and the workspace is unlocked.
    enabled: bool


@dataclass(frozen=True, slots=True)
class SessionShown:
    """What the panels show that changes only with an action, a lock or an unlock."""

    agenda: AgendaSnapshot
    #: Segments before this one are history: not moved, not removed.
    first_editable: int
    talk: TalkSnapshot
    names: Mapping[int, str]
    soft_limit: float | None
    #: The clock has started and the session has not ended.
    in_session: bool
    numbers: Mapping[int, int]
    #: Whom "back" (PgUp) would call.
    previous: int | None
    attendance: Sequence[AttendanceRow]
    guests: int
    #: The member speaking now and their alias, for the quick note (None: nobody).
    speaker: tuple[int, str] | None
    #: The check-in score strip (None: not a round, nothing to show).
    checkin: ScoreShown | None = None


@dataclass(frozen=True, slots=True)
class SegmentEntry:
    """A segment as the facilitator entered it: a new one (index None), or a change of the
    name and minutes of segment `index`."""

    index: int | None
    plan: SegmentPlan


class PanelsView(Protocol):
    """The panels of an open session (panels.py)."""

    def render_clock(
        self, agenda: AgendaSnapshot, planned_end: str, talk: TalkSnapshot, bars: Sequence[Bar]
    ) -> None: ...
    def render_session(self, shown: SessionShown) -> None: ...

    # rule cards
    def set_cards(self, cards: Sequence[RuleCardDraft]) -> None: ...
    def mark_card(self, row: int | None) -> None: ...
    def select_card(self, row: int) -> None: ...
    def selected_card(self) -> int: ...

    # talking order and agenda
    def selected_queue_member(self) -> int | None: ...
    def select_queue_member(self, member_id: int) -> None: ...
    def select_segment(self, row: int) -> None: ...

    # attendance and the quick note
    def focus_attendance(self) -> None: ...
    def open_status_menu(self, member_id: int) -> None: ...
    def close_status_menu(self) -> None: ...
    def focus_note(self) -> None: ...
    def note_saved(self) -> None: ...
    def clear_note(self) -> bool: ...


class DialogsView(Protocol):
    """Questions and windows of the page (dialogs.py); answers come back as signals."""

    def confirm(
        self, title: str, text: str, informative: str, action: str, parent: QWidget | None = None
    ) -> bool: ...
    def ask_about_interrupted(self, group: str, at: str) -> ResumeChoice: ...
    def ask_segment(self, index: int | None, current: SegmentPlan | None) -> None: ...
    def show_summary(self, summary: SessionSummary, *, rehearsal: bool) -> None: ...
    def ask_about_sleep(self, seconds: float) -> None: ...
    def close_sleep_question(self) -> None: ...
    def show_keys(self) -> None: ...
    def ask_rehearsal_speed(self, group_name: str | None) -> None: ...
    def close_all(self) -> None: ...


class RunnerView(Protocol):
    """The page itself (page.py)."""

    @property
    def panels(self) -> PanelsView: ...
    @property
    def dialogs(self) -> DialogsView: ...

    def show_running(self, active: bool) -> None: ...
    def set_subtitle(self, text: str) -> None: ...
    def show_idle(self, group: GroupInfo | None, today: date, interrupted: str) -> None: ...
    def show_save_problem(self, text: str | None) -> None: ...
    def show_rehearsal(self, banner: str | None, band: bool) -> None: ...
    def name_mode(self) -> NameMode: ...
    def set_name_mode(self, mode: NameMode) -> None: ...
    def set_room_open(self, shown: bool) -> None: ...
    def set_blank(self, blank: bool) -> None: ...
    def focus_page(self) -> None: ...
    def leave_list(self) -> None: ...
    def is_shown(self) -> bool: ...
    def enable_window_keys(self, enabled: bool) -> None: ...
