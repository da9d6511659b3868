"""Editing the agenda during a session, bad input refused with a clear message and nothing
lost, keys that never fire while typing, impossible actions explained, a disk that refuses
a write, the list of keys, and discarding a session that never started."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.live_session import LiveSession, SaveFailed, count_rows
from facilitator_desktop.ui.runner.segment_dialog import SegmentDialog
from tests.gui.driving import Launch, PromptAnswerer, click
from tests.gui.test_runner_helpers import Room, advance, open_room, press

K = Qt.Key


def start(qtbot: QtBot, room: Room) -> None:
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: room.runner.attendance()[4].status == "present")
    press(qtbot, K.Key_Space)


def segment_dialog(room: Room) -> SegmentDialog:
    dialog = room.runner.segment_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def ok(qtbot: QtBot, dialog: SegmentDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def plans(room: Room) -> list[tuple[str, float, str]]:
    return [(p.name, p.minutes, p.kind) for p in room.runner.session().runner.plans]


def test_agenda_edits_during_the_session_and_bad_minutes(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner = room.runner
    advance(room, 120)

    # Change the current segment's minutes: 0 is refused, clearly, and nothing changes.
    runner.select_segment(0)
    runner.click_agenda("minutes")
    dialog = segment_dialog(room)
    dialog.minutes_edit.selectAll()
    qtbot.keyClicks(dialog.minutes_edit, "0")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.minutes_error.message() == "A segment needs at least 1 minute."
    assert dialog.minutes_edit.text() == "0"  # what was typed stays to be corrected
    dialog.minutes_edit.selectAll()
    qtbot.keyClicks(dialog.minutes_edit, "ten")
    ok(qtbot, dialog)
    assert dialog.minutes_error.message() == "Enter whole minutes as a number, e.g. 10."
    assert plans(room)[0] == ("Check-in", 10, "round")
    assert runner.remaining() == "08:00"
    dialog.minutes_edit.selectAll()
    qtbot.keyClicks(dialog.minutes_edit, "12")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert plans(room)[0] == ("Check-in", 12, "round")
    assert runner.remaining() == "10:00"

    # Add a segment: a name is needed.
    runner.click_agenda("add")
    dialog = segment_dialog(room)
    qtbot.keyClicks(dialog.minutes_edit, "5")
    ok(qtbot, dialog)
    assert dialog.name_error.message().startswith("Give the segment a name")
    qtbot.keyClicks(dialog.name_edit, "Quiet minute")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("round"))
    ok(qtbot, dialog)
    assert plans(room)[-1] == ("Quiet minute", 5, "round")
    # Move it before Check-out, then remove Check-out.
    assert runner.selected_segment() == 3
    runner.click_agenda("up")
    assert [p[0] for p in plans(room)] == ["Check-in", "Sharing", "Quiet minute", "Check-out"]
    runner.select_segment(3)
    runner.click_agenda("remove")
    assert [p[0] for p in plans(room)] == ["Check-in", "Sharing", "Quiet minute"]
    # The segment running now is history: it cannot be moved or removed.
    runner.select_segment(0)
    assert not runner.agenda_button("remove").isEnabled()
    assert not runner.agenda_button("down").isEnabled()
    assert runner.agenda_button("minutes").isEnabled()

    # +1 and +5 extend the current segment (+ is the key for one minute).
    press(qtbot, K.Key_Plus)
    runner.click_plus_five()
    assert runner.remaining() == "16:00"
    assert runner.plan() == "On plan"

    # Every change was written as it happened.
    live = runner.session()
    kinds = [e.kind for e in live.runner.events]
    assert kinds.count("segment_minutes_changed") == 1
    assert {"segment_added", "segment_moved", "segment_removed"} <= set(kinds)
    assert kinds.count("segment_extended") == 2
    assert live.unsaved == 0


def test_renaming_a_segment_in_the_room(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner = room.runner
    runner.select_segment(1)
    runner.click_agenda("minutes")
    dialog = segment_dialog(room)
    assert dialog.windowTitle() == "Change a segment"
    assert not dialog.name_edit.isReadOnly() and not dialog.kind_combo.isEnabled()
    dialog.name_edit.selectAll()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Delete)
    ok(qtbot, dialog)
    assert dialog.isVisible()  # a segment needs a name; nothing changed
    assert dialog.name_error.message().startswith("Give the segment a name")
    assert plans(room)[1] == ("Sharing", 30, "open")
    qtbot.keyClicks(dialog.name_edit, "  Open   sharing ")
    ok(qtbot, dialog)
    assert plans(room)[1] == ("Open sharing", 30, "open")
    assert "Open sharing" in runner.segment_text(1)
    live = runner.session()
    kinds = [e.kind for e in live.runner.events]
    assert kinds.count("segment_renamed") == 1
    assert "segment_minutes_changed" not in kinds  # the minutes were left as they were
    assert live.unsaved == 0


def test_keys_do_nothing_while_typing_a_note(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner = room.runner
    press(qtbot, K.Key_Q)
    box = runner.note_box
    for key in (K.Key_Space, K.Key_N, K.Key_P, K.Key_1, K.Key_Right, K.Key_B, K.Key_R):
        qtbot.keyClick(box, key)
    snapshot = runner.session().snapshot()
    assert snapshot.agenda.phase == "running" and snapshot.agenda.index == 0
    assert snapshot.talk.speaker is None and not snapshot.talk.round_started
    assert box.text() == " np1br"
    press(qtbot, K.Key_Escape)  # leaves the box; the text stays until Enter or a lock
    assert not box.hasFocus() and box.text() == " np1br"
    press(qtbot, K.Key_N)
    assert runner.speaker() != ""


def test_impossible_actions_are_explained_not_crashes(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    status = room.window.statusBar()
    press(qtbot, K.Key_N)  # no session yet
    assert status.currentMessage() == "Open a session first (Space)."
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # not started
    assert status.currentMessage() == "Press Space to start the session first."
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_N)  # nobody is here yet
    assert status.currentMessage() == "Mark who is here first (M, or All present)."
    press(qtbot, K.Key_7)
    assert status.currentMessage().startswith("Nobody has number 7")
    press(qtbot, K.Key_Left)
    assert status.currentMessage() == "This is the first segment."
    press(qtbot, K.Key_Right)  # open discussion
    press(qtbot, K.Key_P)
    assert status.currentMessage() == "Nobody is speaking."
    press(qtbot, K.Key_C)
    assert status.currentMessage().startswith("“Come back to me” is for rounds")
    press(qtbot, K.Key_E)
    assert status.currentMessage() == "Nobody is speaking."
    assert room.runner.session().unsaved == 0


def test_a_refused_write_is_reported_and_retried(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)

    def full_disk(self: LiveSession, body: object) -> None:
        raise SaveFailed()

    with monkeypatch.context() as disk:
        disk.setattr(LiveSession, "_write", full_disk)
        press(qtbot, K.Key_1)  # the round starts with Anna speaking: shown at once, kept
        assert room.runner.speaker() == "Anna"
        assert room.window.statusBar().currentMessage().startswith("Not saved yet")
        assert room.runner.save_banner() is not None
        live = room.runner.session()
        assert live.unsaved > 0
    # The disk takes writes again.
    advance(room, 30)
    press(qtbot, K.Key_N)  # the next action saves everything that waited
    assert live.unsaved == 0
    assert room.window.statusBar().currentMessage().startswith("Saved now")
    assert room.runner.save_banner() is None
    assert count_rows(room.ws.context, live.session_id)[0] == len(live.runner.events)
    assert room.ws.sessions.summary(live.session_id).turns[0].duration == 30.0


def test_question_mark_lists_every_key(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    press(qtbot, K.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    dialog = room.runner.keys_dialog
    assert dialog is not None and dialog.isVisible()
    keys = [key for key, _text in dialog.rows]
    for key in (
        "Space",
        "→",
        "←",
        "+",
        "F",  # five more minutes
        "N  PgDown",  # a clicker's forward (Qt's name for the key)
        "PgUp",  # a clicker's back
        "P",
        "C",
        "E",
        "1–9",
        "0 1 2",  # members from 10 up
        "Alt+↑",  # the queue, by keys
        "Alt+↓",
        "Del",
        "R 1–9",  # a rule card by its number
        "Esc",
        "I",  # names on the room display
        "B",
        "F11",
        "M 1–9",  # attendance by a member's number
        "Q",
        "?",
    ):
        assert key in keys, key
    assert ("Ctrl+L", "Lock: the room display keeps only the timer") in dialog.rows
    assert ("Ctrl+Q", "Quit (asks first while a session is open)") in dialog.rows
    # The whole list fits a 1366×768 laptop screen.
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    dialog.close()


def test_a_session_that_never_started_can_be_discarded(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    press(qtbot, K.Key_Space)
    assert room.runner.live is not None
    prompt = answer("Discard")
    room.runner.click_end()
    assert prompt.question == "Discard this session?"
    assert room.runner.live is None
    assert room.ws.sessions.running() == []


def test_the_queue_is_dragged_trimmed_and_can_favour_the_quiet(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner, members = room.runner, room.members
    press(qtbot, K.Key_Right)  # Sharing: the open queue
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_N)  # Anna speaks a while
    advance(room, 120)
    for key in (K.Key_1, K.Key_2, K.Key_3, K.Key_4):  # Anna again, Bo, Chidi, Dana
        press(qtbot, key)
    queue = runner.queue
    assert queue() == [members[a] for a in ("Anna", "Bo", "Chidi", "Dana")]
    # A drag is a row move in the model (what QListView's internal move does).
    assert runner.drag_in_queue(3, 0)
    assert queue() == [members[a] for a in ("Dana", "Anna", "Bo", "Chidi")]
    # Delete in the list takes the selected member out.
    runner.delete_in_queue(2)
    assert queue() == [members[a] for a in ("Dana", "Anna", "Chidi")]
    # Fewer turns first: Anna (who has spoken) goes behind those who have not.
    runner.click_fewer_turns_first()
    assert queue() == [members[a] for a in ("Dana", "Chidi", "Anna")]
    kinds = [e.kind for e in runner.session().runner.events]
    assert {"queue_reordered", "removed_from_order", "queue_policy_changed"} <= set(kinds)
