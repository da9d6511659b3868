"""Rehearsal, driven as a facilitator would: start it from the Session page, run a round and
the queue with the real keys on invented members and a fast clock, see "Rehearsal" on the
page and the room display, end it, and find nothing of it anywhere: not in History, not in
a single table row, not in a byte of the data folder."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from facilitator_desktop.models import Base
from facilitator_desktop.services.rehearsal import ID_FLOOR, SAMPLE_ALIASES
from facilitator_desktop.ui.history.page import HistoryPage
from facilitator_desktop.ui.runner.rehearsal import RoomBand, SpeedDialog
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.workspace import Workspace
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, PromptAnswerer, click, create_workspace, go_to, unlock
from tests.gui.test_runner_helpers import ALIASES, Room, advance, open_room, press

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def row_counts(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        return {
            table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def folder_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def start_rehearsal(qtbot: QtBot, room: Room, speed_key: Qt.Key) -> SpeedDialog:
    """Alt+A (the Rehearse button), a speed by its mnemonic, Enter."""
    runner = room.runner
    assert runner.idle.rehearse_button.isVisible()
    press(qtbot, K.Key_A, ALT)
    qtbot.waitUntil(lambda: runner.speed_dialog is not None and runner.speed_dialog.isVisible())
    dialog = runner.speed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, speed_key, ALT)
    speed = {K.Key_R: 1, K.Key_1: 10, K.Key_6: 60}[speed_key]
    qtbot.waitUntil(dialog.speed_buttons[speed].isChecked)  # a mnemonic's click is animated
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: runner.live is not None)
    # A closed dialog hands the keys back to the main window (offscreen needs telling).
    qtbot.waitUntil(lambda: not dialog.isVisible())
    room.window.activateWindow()
    qtbot.waitUntil(room.window.isActiveWindow)
    return dialog


def band_shown(display: QWidget) -> bool:
    band = display.findChild(RoomBand)
    return band is not None and band.isVisible()


def start_round_with(qtbot: QtBot, room: Room, digit: Qt.Key) -> None:
    """A member's number starts the round with them (and N calls them, where that is still
    a second key)."""
    press(qtbot, digit)
    if room.runner.live is not None and room.runner.live.snapshot().talk.speaker is None:
        press(qtbot, K.Key_N)


def statuses(room: Room) -> list[str | None]:
    return [r.status for r in room.runner.attendance()]


def test_a_rehearsal_runs_like_a_session_and_leaves_nothing(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    counts, files = row_counts(room.ws), folder_state(data_dir)

    dialog = start_rehearsal(qtbot, room, K.Key_6)
    assert dialog.speed() == 60
    live = runner.live
    assert live is not None and live.session_id > ID_FLOOR
    # The same page, on invented members, and it says so.
    assert runner.rehearsing()
    assert runner.rehearsal_banner() is not None
    assert "Rehearsal" in runner.rehearsal_banner()
    assert "60×" in runner.rehearsal_banner()
    names = [r.name for r in runner.attendance()]
    assert names == list(SAMPLE_ALIASES[: len(ALIASES)])
    assert not set(names) & set(ALIASES)
    assert runner.rule_list.count() == 2  # the group's own rule cards

    runner.click_all_present()
    assert statuses(room) == ["present"] * len(ALIASES)
    press(qtbot, K.Key_Space)
    assert live.snapshot().agenda.phase == "running"

    # A check-in round from member 2; one real second is a minute.
    start_round_with(qtbot, room, K.Key_2)
    assert runner.speaker() == "Bilal"
    advance(room, 1)
    assert runner.remaining() == "09:00"
    speaker = live.snapshot().talk.speaker
    assert speaker is not None and speaker.speaking_seconds == 60.0
    press(qtbot, K.Key_N)
    assert runner.speaker() == "Carmen"
    advance(room, 0.5)
    press(qtbot, K.Key_P)
    assert runner.speaker() == "Dev"

    # The room display carries the band, above what the room reads; B blanks all of it.
    press(qtbot, K.Key_F11)
    display = runner.room
    assert display is not None and display.isVisible()
    band = display.findChild(RoomBand)
    assert band is not None and band.isVisible()
    assert band.text() == "Rehearsal · practice only"
    segment_top = display.segment_label.mapTo(display, display.segment_label.rect().topLeft())
    assert band.geometry().bottom() < segment_top.y()
    assert display.speaker_label.text() == "Dev"
    press(qtbot, K.Key_B)
    assert not band_shown(display)
    press(qtbot, K.Key_B)
    qtbot.waitUntil(lambda: runner.rehearsal_band() is not None)

    # The queue of the open segment, filled with digits.
    press(qtbot, K.Key_Right)
    assert runner.segment() == "Sharing"
    for key in (K.Key_3, K.Key_1):
        press(qtbot, key)
    press(qtbot, K.Key_N)
    assert runner.speaker() == "Carmen"
    advance(room, 2)
    press(qtbot, K.Key_N)
    assert runner.speaker() == "Ada"
    assert display.speaker_label.text() == "Ada"

    # A quick note, practised: it is accepted, and kept nowhere.
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(runner.note_box, "Practice note")
    press(qtbot, K.Key_Return)
    assert runner.note_box.text() == ""
    practice = runner.rehearsal_workspace()
    assert practice is not None
    assert [n.body for n in practice.notes.find()] == ["Practice note"]

    # End: the rehearsal's own question, its summary once, then nothing.
    prompt = answer("End rehearsal")
    runner.click_end()
    assert prompt.question == "End the rehearsal now?"
    assert runner.live is None and not runner.rehearsing()
    assert runner.is_idle()
    assert runner.rehearsal_banner() is None
    assert runner.rehearsal_workspace() is None
    assert not band_shown(display)
    summary = runner.summary
    assert isinstance(summary, SummaryDialog) and summary.isVisible()
    assert summary.subtitle.text().startswith("Rehearsal · Thursday Circle")
    assert {line.alias for line in summary.summary.attendance} == set(names)
    assert [n.body for n in summary.summary.notes] == ["Practice note"]
    said = [label.text() for label in summary.findChildren(QLabel)]
    assert not any("saved in the group's history" in text for text in said)
    assert "Nothing of this rehearsal was kept: when this closes, it is gone." in said
    summary.close()
    display.close()

    go_to(qtbot, room.window, HistoryPage.key)
    history = room.window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage)
    assert history.model.rowCount() == 0
    assert history.list_hint.text().startswith("No finished sessions yet")
    assert row_counts(room.ws) == counts
    assert folder_state(data_dir) == files


def test_after_a_rehearsal_the_real_session_opens_on_the_real_members(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    start_rehearsal(qtbot, room, K.Key_R)  # real time
    assert "real-time clock" in runner.rehearsal_banner()
    press(qtbot, K.Key_Space)
    advance(room, 30)
    assert runner.remaining() == "09:30"

    prompt = answer("End rehearsal")
    runner.click_end()
    assert prompt.answered
    summary = runner.summary
    assert summary is not None
    summary.close()
    room.window.activateWindow()
    qtbot.waitUntil(room.window.isActiveWindow)

    press(qtbot, K.Key_Space)  # today's real session
    live = runner.live
    assert live is not None and live.session_id < ID_FLOOR
    assert not runner.rehearsing() and runner.rehearsal_banner() is None
    assert [r.name for r in runner.attendance()] == list(ALIASES)
    assert set(live.seats) == set(room.members.values())
    assert [s.id for s in room.ws.sessions.running()] == [live.session_id]


def test_a_rehearsal_never_started_is_stopped_without_a_trace(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    counts, files = row_counts(room.ws), folder_state(data_dir)
    start_rehearsal(qtbot, room, K.Key_1)  # 10×
    assert "10×" in runner.rehearsal_banner()
    prompt = answer("Stop rehearsal")
    runner.click_end()
    assert prompt.question == "Stop the rehearsal?"
    assert runner.live is None and runner.rehearsal_workspace() is None
    assert runner.summary is None
    assert row_counts(room.ws) == counts
    assert folder_state(data_dir) == files


def test_cancelling_the_questions_changes_nothing(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    press(qtbot, K.Key_A, ALT)
    qtbot.waitUntil(lambda: runner.speed_dialog is not None and runner.speed_dialog.isVisible())
    dialog = runner.speed_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, K.Key_Escape)
    assert not dialog.isVisible()
    assert runner.live is None and runner.rehearsal_workspace() is None
    room.window.activateWindow()
    qtbot.waitUntil(room.window.isActiveWindow)

    start_rehearsal(qtbot, room, K.Key_6)
    press(qtbot, K.Key_Space)
    prompt = answer("Cancel")
    runner.click_end()
    assert prompt.question == "End the rehearsal now?"
    assert runner.rehearsing() and runner.live is not None  # it goes on


def test_a_lock_in_a_rehearsal_drops_the_names_and_unlocking_brings_them_back(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    start_rehearsal(qtbot, room, K.Key_6)
    runner.click_all_present()
    press(qtbot, K.Key_Space)
    start_round_with(qtbot, room, K.Key_1)
    assert runner.speaker() == "Ada"
    qtbot.keyClick(room.window, K.Key_L, CTRL)
    qtbot.waitUntil(lambda: room.ws.locked)
    assert runner.speaker() != "Ada"
    assert runner.rehearsing()  # locking is not a pause, nor an end
    unlock(qtbot, room.app)
    qtbot.waitUntil(lambda: runner.speaker() == "Ada")
    assert runner.rehearsal_banner() is not None


def test_with_no_group_yet_a_sample_group(qtbot: QtBot, launch: Launch) -> None:
    app = launch()
    window = create_workspace(qtbot, app)
    go_to(qtbot, window, "session")
    runner = RunnerDriver.of(window)
    assert not runner.idle.open_button.isEnabled()
    assert runner.idle.rehearse_button.isEnabled()
    click(qtbot, runner.idle.rehearse_button)
    qtbot.waitUntil(lambda: runner.speed_dialog is not None and runner.speed_dialog.isVisible())
    dialog = runner.speed_dialog
    assert dialog is not None
    assert "sample group" in dialog.what_label.text()
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: runner.live is not None)
    assert runner.controller.group_name == "Sample group"
    assert len(runner.attendance()) == 8
    assert app.workspace is not None and app.workspace.groups.list() == []
    QApplication.processEvents()


def test_quitting_in_a_rehearsal_asks_in_its_own_words(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    counts, files = row_counts(room.ws), folder_state(data_dir)
    start_rehearsal(qtbot, room, K.Key_6)
    press(qtbot, K.Key_Space)
    quits: list[bool] = []
    room.app.quitRequested.connect(lambda: quits.append(True))

    prompt = answer("Cancel")
    press(qtbot, K.Key_Q, CTRL)
    assert prompt.question == "Quit in the middle of the rehearsal?"
    assert quits == [] and runner.rehearsing()

    prompt = answer("Quit")
    room.window.close()
    assert prompt.answered and quits == [True]
    # Nothing is left for the next start to offer, and nothing was written.
    assert room.ws.sessions.running() == []
    assert row_counts(room.ws) == counts
    assert folder_state(data_dir) == files
