"""Deleting a test session from History, as a facilitator would: the Delete key (or the
button) asks one question that says what goes, the notes are kept unless ticked, and the
list and the follow-ups are counted again without it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.follow_ups import FollowUpsDriver
from tests.gui.drivers.history import HistoryDriver
from tests.gui.driving import Launch, stored, unlock

AGENDA = (SegmentSpec("Check-in", 2, "round"), SegmentSpec("Talk", 3, "open"))


@dataclass
class Seeded:
    group_id: int
    members: dict[str, int]
    sessions: list[int]  # oldest first
    notes: list[int] = field(default_factory=list)  # written in the newest session


def run(ws: Workspace, group_id: int, marks: dict[int, AttendanceStatus]) -> int:
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks.items():
        live.mark(member_id, status)
    live.toggle()
    live.start_round()
    live.next_speaker()
    clock.advance(40)
    live.next_speaker()
    live.end()
    return live.session_id


@pytest.fixture
def seeded(data_dir: Path) -> Seeded:
    """Three weekly sessions; in the last two (tests, as it happens) Cy was left absent."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        week = [datetime(2026, 3, 3, 18, 0)]
        object.__setattr__(ws.context, "now", lambda: week[0])
        group = ws.groups.create(GroupDraft("Circle", agenda=AGENDA))
        m = {a: ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
        everyone: dict[int, AttendanceStatus] = dict.fromkeys(m.values(), "present")
        sessions = []
        for absent in (False, True, True):
            marks = {**everyone, m["Cy"]: "absent"} if absent else everyone
            sessions.append(run(ws, group.id, marks))
            week[0] += timedelta(weeks=1)
        newest = sessions[-1]
        notes = [
            ws.notes.create(NoteDraft("Cy: ask how the move went", group.id, newest)).id,
            ws.notes.create(
                NoteDraft("Phone Cy", group.id, newest, member_ids=(m["Cy"],), follow_up=True)
            ).id,
        ]
    return Seeded(group.id, m, sessions, notes)


@pytest.fixture
def window(qtbot: QtBot, launch: Launch, seeded: Seeded) -> MainWindow:
    app: FacilitatorApp = launch()
    return unlock(qtbot, app)


class QuestionAnswerer:
    """Answers the next question box: reads it, ticks its box if asked, clicks `label`."""

    def __init__(self, label: str, *, tick: bool = False) -> None:
        self.label, self.tick = label, tick
        self.text = self.informative = self.box_text = ""
        self.tries = 0
        QTimer.singleShot(0, self.answer_box)

    def answer_box(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self.tries += 1
            if self.tries < 200:
                QTimer.singleShot(5, self.answer_box)
            return
        self.text, self.informative = box.text(), box.informativeText()
        check = box.checkBox()
        if check is not None:
            self.box_text = check.text()
            assert not check.isChecked()  # notes are kept unless ticked
            check.setChecked(self.tick)
        for button in box.buttons():
            if button.text().replace("&", "") == self.label:
                button.click()
                return
        raise AssertionError(f"no {self.label!r} in {[b.text() for b in box.buttons()]}")


def history_page(qtbot: QtBot, window: MainWindow) -> HistoryDriver:
    history = HistoryDriver.open(qtbot, window)
    history.wait_for_rows()
    return history


def absences(qtbot: QtBot, window: MainWindow) -> dict[int | None, int]:
    follow_ups = FollowUpsDriver.open(qtbot, window)
    return {line.member_id: line.count for line in follow_ups.lines() if line.kind == "absence"}


def note_lines(window: MainWindow) -> list[int | None]:
    follow_ups = FollowUpsDriver.of(window)
    return [line.note_id for line in follow_ups.lines() if line.kind == "note"]


def test_delete_key_asks_what_goes_and_keeps_the_notes(
    qtbot: QtBot, window: MainWindow, seeded: Seeded, data_dir: Path
) -> None:
    cy = seeded.members["Cy"]
    assert absences(qtbot, window) == {cy: 2}
    assert note_lines(window) == [seeded.notes[1]]

    history = history_page(qtbot, window)
    assert history.ids() == seeded.sessions[::-1]
    assert history.session.shown() == seeded.sessions[-1]  # the newest, shown
    question = QuestionAnswerer("Delete session")
    history.press_delete()
    assert question.text.startswith("Delete the session of ")
    assert "attendance of 3 members" in question.informative
    assert "turns and passes" in question.informative
    assert "planned and actual times of 2 segments" in question.informative
    assert "Its 2 notes are kept" in question.informative
    assert "Backups made before now still hold it" in question.informative
    assert question.box_text == "Also delete its 2 notes (one is an open follow-up)"

    # Gone from the list; the next older session takes its place.
    assert history.row_count() == 2
    assert history.session.shown() == seeded.sessions[1]
    assert window.statusBar().currentMessage() == "Session deleted."
    # Cy missed one session less; the notes stay, unlinked, the follow-up too.
    assert absences(qtbot, window).get(cy, 1) == 1
    assert note_lines(window) == [seeded.notes[1]]
    ws = window.ctx.workspace
    assert [ws.notes.get(n).session_id for n in seeded.notes] == [None, None]

    with stored(data_dir) as fresh:  # what a restart finds
        with pytest.raises(NotFound):
            fresh.sessions.summary(seeded.sessions[-1])
        assert [r.id for r in fresh.history.sessions(seeded.group_id)] == seeded.sessions[1::-1]


def test_ticking_the_box_deletes_its_notes_too(
    qtbot: QtBot, window: MainWindow, seeded: Seeded
) -> None:
    history = history_page(qtbot, window)
    question = QuestionAnswerer("Delete session", tick=True)
    history.click_delete()
    assert question.box_text.startswith("Also delete its 2 notes")
    assert window.statusBar().currentMessage() == "Session deleted with its notes."
    ws = window.ctx.workspace
    for note_id in seeded.notes:
        with pytest.raises(NotFound):
            ws.notes.get(note_id)
    assert note_lines(window) == []

    # The other test session, which has no notes: no box to tick.
    history = history_page(qtbot, window)
    assert history.session.shown() == seeded.sessions[1]
    question = QuestionAnswerer("Delete session")
    history.click_delete()
    assert "No notes were written in it." in question.informative
    assert question.box_text == ""
    assert history.row_count() == 1
    assert absences(qtbot, window) == {}  # Cy's absences were all in the test sessions


def test_cancel_keeps_everything(qtbot: QtBot, window: MainWindow, seeded: Seeded) -> None:
    history = history_page(qtbot, window)
    question = QuestionAnswerer("Cancel", tick=True)
    history.click_delete()
    assert question.text
    assert history.row_count() == 3
    assert history.session.shown() == seeded.sessions[-1]
    ws = window.ctx.workspace
    assert [ws.notes.get(n).session_id for n in seeded.notes] == [seeded.sessions[-1]] * 2


def test_deleting_the_only_session_leaves_an_empty_list(
    qtbot: QtBot, window: MainWindow, seeded: Seeded
) -> None:
    history = history_page(qtbot, window)
    for _ in range(3):
        QuestionAnswerer("Delete session")
        history.click_delete()
    assert history.row_count() == 0
    assert history.session.is_empty()
    assert not history.can_delete()
    assert history.hint().startswith("No finished sessions yet")
    history.press_delete()  # nothing selected: nothing asked
    assert QApplication.activeModalWidget() is None


def test_a_session_deleted_elsewhere_meanwhile_says_so(
    qtbot: QtBot, window: MainWindow, seeded: Seeded
) -> None:
    history = history_page(qtbot, window)
    window.ctx.workspace.sessions.delete(seeded.sessions[-1])  # e.g. another window
    history.click_delete()
    assert window.statusBar().currentMessage() == "That session no longer exists."
    assert QApplication.activeModalWidget() is None
