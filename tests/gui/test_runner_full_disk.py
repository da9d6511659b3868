"""A disk that fills up in the room, through the real window: every change made while it
refuses writes (attendance marks with their times, the guest count, agenda edits, the end)
stays on screen, is said once, calmly, and is stored when there is room again, so that what
is stored is what the screen shows.

Where the machine lets tests mount (root on Linux, as on CI), the data folder is a small
tmpfs that really fills up; elsewhere SQLite's own "database or disk is full" is raised at
the storage layer. Each test names the one that ran in its assertion messages."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.ui.runner.segment_dialog import SegmentDialog
from tests.gui.driving import Launch, PromptAnswerer, click
from tests.gui.test_runner_helpers import Room, advance, click_attendance, open_room, press
from tests.helpers import faults

FULL = "Not saved yet: the disk is full. Kept here; saved when there is room."
SAVED = "Saved now: everything kept here is stored. Nothing was lost."
ENDED_WAITS = (
    "The session has ended. It goes to the history as soon as it can be saved; keep the "
    "app open until then."
)
K = Qt.Key


class RoomDisk:
    """The disk under the data folder: `with disk.full(room):` fills it, and leaving the
    block gives the room back."""

    def __init__(self, folder: Path, real: bool) -> None:
        self.folder = folder
        self.kind = "tmpfs" if real else "storage layer"

    @contextmanager
    def full(self, room: Room) -> Iterator[None]:
        if self.kind == "tmpfs":
            filler = faults.fill(self.folder, 0)
            try:
                yield
            finally:
                filler.unlink()
        else:
            free = faults.failing_writes(room.ws.engine)
            try:
                yield
            finally:
                free()


@pytest.fixture
def room_disk(data_dir: Path) -> Iterator[RoomDisk]:
    if faults.mounting_allowed():
        with faults.small_filesystem(data_dir, 24 * 1024 * 1024):
            yield RoomDisk(data_dir, real=True)
    else:
        yield RoomDisk(data_dir, real=False)


def said(room: Room) -> list[str]:
    """Every status message from now on."""
    messages: list[str] = []
    assert room.app.ctx is not None
    room.app.ctx.statusMessage.connect(messages.append)
    return messages


def stored(room: Room, sql: str, *args: object) -> list[tuple[object, ...]]:
    """What a fresh reader of the database file finds (committed data only)."""
    path = room.ws.data_dir / DATABASE_NAME
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(sql, args).fetchall()


def stored_attendance(room: Room) -> dict[int, tuple[str, float | None, float | None]]:
    live = room.runner.session()
    rows = stored(
        room,
        "SELECT member_id, status, arrived_at, left_at FROM attendance WHERE session_id = ?",
        live.session_id,
    )
    return {int(m): (str(s), a, lft) for m, s, a, lft in rows}  # type: ignore[misc]


def stored_session(room: Room, session_id: int) -> tuple[str, int]:
    ((status, guests),) = stored(
        room, "SELECT status, guests FROM sessions WHERE id = ?", session_id
    )
    return str(status), int(guests)  # type: ignore[call-overload]


def assert_stored_attendance_is_shown(room: Room) -> None:
    """Every mark, late time and leaving time stored is the one the list shows."""
    live = room.runner.session()
    stored_marks = stored_attendance(room)
    for row in room.runner.attendance():
        if row.status is None:
            assert row.member_id not in stored_marks
            continue
        status, arrived, left = stored_marks[row.member_id]
        assert status == row.status
        moment = left if status == "left_early" else arrived if status == "late" else None
        assert (live.wall_time(moment) if moment is not None else "") == row.since


def edit_segment(qtbot: QtBot, room: Room, row: int, name: str, minutes: str) -> None:
    runner = room.runner
    if row < 0:
        runner.click_agenda("add")
    else:
        runner.select_segment(row)
        runner.click_agenda("minutes")
    dialog = runner.segment_dialog
    assert isinstance(dialog, SegmentDialog) and dialog.isVisible()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.minutes_edit.selectAll()
    qtbot.keyClicks(dialog.minutes_edit, minutes)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()


def open_and_start(qtbot: QtBot, room: Room) -> None:
    press(qtbot, K.Key_Space)
    click_attendance(qtbot, room, "Anna", "present")
    click_attendance(qtbot, room, "Bo", "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # the check-in round starts with Anna speaking


def test_marks_and_guests_made_on_a_full_disk_are_stored_as_shown(
    qtbot: QtBot, launch: Launch, room_disk: RoomDisk
) -> None:
    room = open_room(qtbot, launch)
    runner, fault = room.runner, room_disk.kind
    messages = said(room)
    open_and_start(qtbot, room)
    advance(room, 40)
    before = stored_attendance(room)
    live = runner.session()

    with room_disk.full(room):
        advance(room, 20)
        click_attendance(qtbot, room, "Chidi", "late")  # a late time, 1 minute in
        advance(room, 30)
        click_attendance(qtbot, room, "Bo", "left_early")  # a leaving time
        for _ in range(3):
            runner.click_guest_plus()
        runner.click_guest_minus()
        edit_segment(qtbot, room, 1, "Open sharing", "35")  # renamed and lengthened
        edit_segment(qtbot, room, -1, "Quiet minute", "3")  # added
        press(qtbot, K.Key_F)  # five more minutes for the check-in
        runner.heartbeat()  # the ten-second heartbeat tries too, quietly
        # All of it shows, and waits: said once, and a note that stays.
        assert runner.statuses()[:3] == [
            "present",
            "left_early",
            "late",
        ], fault
        assert runner.guests() == "2", fault
        assert [p.name for p in live.runner.plans] == [
            "Check-in",
            "Open sharing",
            "Check-out",
            "Quiet minute",
        ]
        assert live.unsaved > 0, fault
        assert messages.count(FULL) == 1, (fault, messages)
        assert runner.save_banner() == FULL, fault
        # Nothing of it reached the disk.
        assert stored_attendance(room) == before, fault
        assert stored_session(room, live.session_id) == ("running", 0), fault

    runner.heartbeat()  # room again: the next heartbeat (or action) stores everything
    assert live.unsaved == 0, fault
    assert messages[-1] == SAVED and messages.count(SAVED) == 1, (fault, messages)
    assert runner.save_banner() is None
    assert_stored_attendance_is_shown(room)
    assert stored_session(room, live.session_id) == ("running", 2), fault
    ((events,),) = stored(
        room, "SELECT count(*) FROM session_events WHERE session_id = ?", live.session_id
    )
    assert events == len(live.runner.events), fault


def test_ending_on_a_full_disk_waits_and_keeps_the_guest_count(
    qtbot: QtBot,
    launch: Launch,
    room_disk: RoomDisk,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    room = open_room(qtbot, launch)
    runner, fault = room.runner, room_disk.kind
    messages = said(room)
    open_and_start(qtbot, room)
    runner.click_guest_plus()
    advance(room, 90)
    live = runner.session()

    with room_disk.full(room):
        runner.click_guest_plus()
        edit_segment(qtbot, room, 2, "Closing round", "5")
        advance(room, 60)
        confirmation = answer("End session")
        runner.click_end()
        assert confirmation.answered
        # Ended in the room; it waits for the disk, and says so.
        assert live.finished and runner.live is live, fault
        assert ENDED_WAITS in messages and messages.count(FULL) == 1, (fault, messages)
        assert runner.save_banner() is not None
        shown_segments = [p.name for p in live.runner.plans]
        shown_marks = {r.member_id: r.status for r in runner.attendance()}
        runner.heartbeat()  # still full: still waiting
        assert stored_session(room, live.session_id) == ("running", 1), fault

    runner.heartbeat()  # room again: the end is stored with everything before it
    assert runner.live is None, fault
    qtbot.waitUntil(lambda: runner.summary is not None and runner.summary.isVisible())
    assert messages.count(SAVED) == 1 and runner.save_banner() is None
    assert stored_session(room, live.session_id) == ("finished", 2), fault
    segments = stored(
        room,
        "SELECT name FROM session_segments WHERE session_id = ? ORDER BY position",
        live.session_id,
    )
    assert (
        [name for (name,) in segments]
        == shown_segments
        == [
            "Check-in",
            "Sharing",
            "Closing round",
        ]
    )
    marks = stored(
        room, "SELECT member_id, status FROM attendance WHERE session_id = ?", live.session_id
    )
    assert dict(marks) == shown_marks  # the unmarked count as absent, as the list showed
    assert room.ws.sessions.summary(live.session_id).guests == 2


def test_quitting_while_changes_wait_says_they_would_be_lost(
    qtbot: QtBot, launch: Launch, room_disk: RoomDisk
) -> None:
    room = open_room(qtbot, launch)
    open_and_start(qtbot, room)
    asked: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, read_and_cancel)
            return
        asked.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    with room_disk.full(room):
        click_attendance(qtbot, room, "Chidi", "late")
        QTimer.singleShot(0, read_and_cancel)
        assert not room.window.may_quit()
        assert asked and asked[0].startswith("Some changes from the room are not saved yet")
    QTimer.singleShot(0, read_and_cancel)
    assert not room.window.may_quit()  # room again: the question's last try saved them
    assert not asked[1].startswith("Some changes"), room_disk.kind
    assert room.runner.session().unsaved == 0
