"""What History shows of one session and how a correction goes, without a window: the
picture in words and rows, a member left out of the attendance offered for correcting only
while they belonged to the group, a cancelled or locked-out correction that saves nothing,
a saved one recorded and shown, and a session that is gone said in words."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.history.charts.turn_timeline import TimelineTurn
from facilitator_desktop.ui.history.corrections import AttendanceChoice, TurnFix
from facilitator_desktop.ui.history.session_presenter import SessionPicture, SessionPresenter
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 3, 3, 18, 0)


@dataclass
class FakeView:
    pictures: list[SessionPicture | None] = field(default_factory=list)
    attendance_answer: list[tuple[int, str]] | None = None
    turn_answer: TurnFix | None = None
    offered: list[AttendanceChoice] = field(default_factory=list)
    asked_turn: int | None = None
    corrected: list[int] = field(default_factory=list)
    while_asked: list[object] = field(default_factory=list)  # run while the dialog is open

    def show_picture(self, picture: SessionPicture | None) -> None:
        self.pictures.append(picture)

    def ask_attendance(
        self, day: str, choices: Sequence[AttendanceChoice], focus_member: int | None
    ) -> list[tuple[int, str]] | None:
        self.offered = list(choices)
        for act in self.while_asked:
            assert callable(act)
            act()
        return self.attendance_answer

    def ask_turn(
        self,
        turns: Sequence[TimelineTurn],
        members: Sequence[tuple[int, str]],
        segment_names: Sequence[str],
        select_turn: int | None,
    ) -> TurnFix | None:
        self.asked_turn = select_turn
        return self.turn_answer

    def announce_corrected(self, session_id: int) -> None:
        self.corrected.append(session_id)


@dataclass
class Seeded:
    ws: Workspace
    ctx: UiContext
    session: int
    members: dict[str, int]
    said: list[str]


@pytest.fixture
def seeded(data_dir: Path) -> Iterator[Seeded]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW) as ws:
        group = ws.groups.create(GroupDraft("Carers")).id
        m = {a: ws.members.add(group, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy", "Di")}
        ws.members.set_left(m["Di"], date(2026, 1, 1))  # gone before this session
        clock = FakeClock()
        live = ws.sessions.start(group, monotonic=clock)
        live.mark(m["Ann"], "present")
        live.mark(m["Bo"], "late")
        live.toggle()
        live.start_round()
        clock.advance(90)
        live.next_speaker()
        clock.advance(30)
        live.end()
        ws.notes.create(NoteDraft("Bo arrived upset", group, live.session_id, follow_up=True))
        # Joined the same day, after the session: not marked, yet in the group that day.
        m["Ed"] = ws.members.add(group, MemberDraft("Ed")).id
        ctx = UiContext(ws, demo=False)
        said: list[str] = []
        ctx.statusMessage.connect(said.append)
        yield Seeded(ws, ctx, live.session_id, m, said)


def shown(view: FakeView) -> SessionPicture:
    picture = view.pictures[-1]
    assert picture is not None
    return picture


def test_the_picture_says_what_the_service_reports(seeded: Seeded) -> None:
    view = FakeView()
    presenter = SessionPresenter(seeded.ctx, view)
    presenter.show_session(seeded.session)
    picture = shown(view)
    summary = seeded.ws.sessions.summary(seeded.session)
    assert presenter.session_id() == picture.session_id == seeded.session
    assert picture.subtitle.startswith("Carers · ")
    assert "2 attended" in picture.totals
    assert picture.attendance[1].detail.startswith("came ")
    assert [(e.alias, e.status, e.corrected) for e in picture.attendance] == [
        ("Ann", "present", False),
        ("Bo", "late", False),
        ("Cy", "absent", False),  # unmarked at the end: absent without notice
    ]
    assert [(s.name, s.planned, s.actual) for s in picture.segments] == [
        (s.name, s.planned_seconds, s.actual_seconds) for s in summary.segments
    ]
    assert [t.duration for t in picture.turns] == [t.duration for t in summary.turns]
    assert "Bo arrived upset  ⚑ follow up" in picture.notes
    assert picture.corrected == "" and picture.corrections == ""


def test_attendance_is_offered_to_those_in_the_group_that_day(seeded: Seeded) -> None:
    view = FakeView()
    presenter = SessionPresenter(seeded.ctx, view)
    presenter.show_session(seeded.session)
    assert not presenter.correct_attendance()  # cancelled
    assert [(c.alias, c.status) for c in view.offered] == [
        ("Ann", "present"),
        ("Bo", "late"),
        ("Cy", "absent"),
        ("Ed", None),  # not marked, in the group that day; Di had left before it
    ]
    assert seeded.ws.history.corrections(seeded.session) == []
    assert view.corrected == [] and seeded.said == []


def test_a_saved_correction_is_recorded_and_shown(seeded: Seeded) -> None:
    view = FakeView(attendance_answer=[(seeded.members["Cy"], "excused")])
    presenter = SessionPresenter(seeded.ctx, view)
    presenter.show_session(seeded.session)
    assert presenter.correct_attendance()
    marks = {a.alias: a.status for a in seeded.ws.sessions.summary(seeded.session).attendance}
    assert marks["Cy"] == "excused"
    picture = shown(view)
    assert picture.corrected.startswith("✎ Corrected on ")
    assert picture.corrections.endswith(
        "Cy: attendance absent without notice → excused (told ahead)"
    )
    assert [e.corrected for e in picture.attendance if e.alias == "Cy"] == [True]
    assert view.corrected == [seeded.session]
    assert seeded.said == ["Correction saved and recorded."]


def test_a_lock_while_asking_saves_nothing(seeded: Seeded) -> None:
    view = FakeView(attendance_answer=[(seeded.members["Ann"], "absent")])
    view.while_asked.append(seeded.ws.lock)  # the idle lock while the dialog is open
    presenter = SessionPresenter(seeded.ctx, view)
    presenter.show_session(seeded.session)
    assert not presenter.correct_attendance()
    assert view.corrected == [] and seeded.said == []


def test_a_turn_fix_is_saved_and_a_cancel_is_not(seeded: Seeded) -> None:
    view = FakeView()
    presenter = SessionPresenter(seeded.ctx, view)
    presenter.show_session(seeded.session)
    first = shown(view).turns[0]
    assert not presenter.correct_turn(first.turn_id)
    assert view.asked_turn == first.turn_id

    view.turn_answer = TurnFix(first.turn_id, None, 45.0, None)
    assert presenter.correct_turn(first.turn_id)
    assert shown(view).turns[0].duration == 45.0
    assert "length" in shown(view).corrections


def test_a_session_that_is_gone_is_said_and_nothing_shown(seeded: Seeded) -> None:
    view = FakeView()
    presenter = SessionPresenter(seeded.ctx, view)
    presenter.show_session(seeded.session)
    seeded.ws.sessions.delete(seeded.session)
    presenter.show_session(seeded.session)
    assert view.pictures[-1] is None and presenter.session_id() is None
    assert seeded.said == ["That session no longer exists."]
    assert not presenter.correct_attendance() and not presenter.correct_turn()
