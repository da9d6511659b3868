"""A whole three-segment session driven with keys only: a check-in round with a pass and a
"come back to me", a late arrival, a rule card shown and hidden, an open discussion queued
with digits, a quick note about the speaker, a check-out round, then the end and its
summary. Both windows are read back, and what was stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.notes import NoteFilter
from tests.gui.driving import Launch, PromptAnswerer
from tests.gui.test_runner_helpers import MENU_ON_OFFSCREEN, RULES, Room, advance, open_room, press

K = Qt.Key


def shown_speaker(room: Room) -> str:
    return room.runner.speaker()


@MENU_ON_OFFSCREEN
def test_a_whole_session_with_keys_only(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner, members = room.runner, room.members

    press(qtbot, K.Key_Space)  # opens today's session; nothing is timed yet
    live = runner.session()
    assert runner.timer_state().startswith("Not started")
    assert runner.remaining() == "10:00"
    # Everyone unmarked reads as such.
    assert runner.statuses() == [None] * 5
    assert runner.attendance_counts() == "0 here · 5 not marked"

    # M: to the attendance list; Enter opens a member's choice, H there means here. Emil
    # has not come yet.
    press(qtbot, K.Key_M)
    for _ in range(4):
        press(qtbot, K.Key_Return)
        assert runner.status_menu() is not None
        press(qtbot, K.Key_H)
        press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Escape)
    assert not runner.attendance_list.hasFocus()
    assert runner.statuses() == [
        "present",
        "present",
        "present",
        "present",
        None,
    ]
    # Everyone has their number for the whole session, here or not.
    assert [r.number for r in runner.attendance()] == [1, 2, 3, 4, 5]

    press(qtbot, K.Key_Space)  # the group begins
    assert live.snapshot().agenda.phase == "running"
    assert runner.toggle_text().startswith("Pause")

    # --- Check-in: a round started with member 1, who speaks at once -------------------------
    press(qtbot, K.Key_1)
    assert runner.round_text() == "0 of 4 done"
    assert shown_speaker(room) == "Anna"
    assert runner.next_up() == "Up next: Bo"
    advance(room, 60)
    assert runner.speaking() == "01:00"
    assert runner.remaining() == "09:00"
    advance(room, 35)  # 1:35 of a 2-minute soft limit: amber, on this screen only
    assert runner.speaking_tone().value == "warning"
    press(qtbot, K.Key_N)
    assert shown_speaker(room) == "Bo"
    advance(room, 5)
    press(qtbot, K.Key_P)  # Bo passes; Chidi starts
    assert shown_speaker(room) == "Chidi"
    advance(room, 30)
    press(qtbot, K.Key_C)  # "come back to me": Chidi goes to the end of the round
    assert shown_speaker(room) == "Dana"
    assert runner.next_up() == "Up next: Chidi"

    # F11 opens the room display: large type, no airtime, the speaker and who is next.
    press(qtbot, K.Key_F11)
    display = runner.room_display()
    assert display.isVisible()
    assert display.segment_label.text() == "Check-in"
    assert display.speaker_label.text() == "Dana"
    assert display.next_label.text() == "Chidi"
    advance(room, 40)
    assert display.time_label.text() == runner.remaining() == "07:10"

    # Emil arrives late: M, his number 5, then Late in the choice it opens.
    press(qtbot, K.Key_M)
    press(qtbot, K.Key_5)
    press(qtbot, K.Key_L)
    emil = runner.attendance()[4]
    assert emil.status == "late" and emil.number == 5 and emil.since != ""
    # His seat comes after Dana's: he joins the round before Chidi comes back.
    assert runner.next_up() == "Up next: Emil"
    assert display.next_label.text() == "Emil"

    # R then 1 shows rule card 1 on the room display, Esc hides it.
    press(qtbot, K.Key_R)
    press(qtbot, K.Key_1)
    assert display.card_box.isVisibleTo(display)
    assert display.card_title.text() == RULES[0].title
    assert display.card_statement.text() == RULES[0].statement
    assert runner.showing_text().endswith(RULES[0].title)
    press(qtbot, K.Key_Escape)
    assert not display.card_box.isVisibleTo(display)
    assert display.speaker_label.text() == "Dana"

    press(qtbot, K.Key_N)
    assert shown_speaker(room) == "Emil"
    advance(room, 50)
    press(qtbot, K.Key_N)
    assert shown_speaker(room) == "Chidi"
    advance(room, 45)
    press(qtbot, K.Key_N)  # the round ends when everyone present has spoken or passed
    assert runner.round_text() == "complete"
    assert runner.speaker_caption() == "Nobody is speaking"
    press(qtbot, K.Key_N)
    assert "round is complete" in room.window.statusBar().currentMessage()

    # --- Sharing: the open queue, filled with digits ------------------------------------------
    press(qtbot, K.Key_Right)
    assert runner.segment() == "Sharing"
    assert display.segment_label.text() == "Sharing"
    for key in (K.Key_2, K.Key_5, K.Key_1):  # Bo, Emil, Anna raise a hand
        press(qtbot, key)
    assert runner.queue() == [
        members["Bo"],
        members["Emil"],
        members["Anna"],
    ]
    press(qtbot, K.Key_2)  # Bo again: already in the queue, nothing changes
    assert len(runner.queue()) == 3
    press(qtbot, K.Key_N)
    assert shown_speaker(room) == "Bo"
    advance(room, 90)
    press(qtbot, K.Key_N)
    assert shown_speaker(room) == "Emil"
    advance(room, 20)

    # Q: a quick note about the speaker; the in-room keys type text in the box.
    press(qtbot, K.Key_Q)
    box = runner.note_box
    assert box.hasFocus()
    qtbot.keyClicks(box, "Emil: new job, n 1 p")  # about the speaker, by default
    assert shown_speaker(room) == "Emil"  # N, 1, P and Space did nothing while typing
    assert len(runner.queue()) == 1
    press(qtbot, K.Key_Return)
    assert box.text() == ""
    assert runner.note_panel.saved_label.text().startswith("Saved")
    assert not box.hasFocus()
    press(qtbot, K.Key_N)
    assert shown_speaker(room) == "Anna"
    advance(room, 30)

    # --- Check-out: a round started with member 3 (Chidi), who passes at once -----------------
    press(qtbot, K.Key_Right)
    assert runner.segment() == "Check-out"
    press(qtbot, K.Key_3)
    assert shown_speaker(room) == "Chidi"
    press(qtbot, K.Key_P)
    assert shown_speaker(room) == "Dana"
    for _ in range(4):  # Dana, Emil, Anna, Bo
        advance(room, 25)
        press(qtbot, K.Key_N)
    assert runner.round_text() == "complete"
    advance(room, 10)

    # → on the last segment asks before it ends the session.
    prompt = answer("End session")
    press(qtbot, K.Key_Right)
    assert prompt.question == "End the session now?"
    assert runner.live is None
    assert runner.is_idle()
    assert display.frame().segment == ""  # the room display has nothing left to show

    # --- what was stored -------------------------------------------------------------------
    summary = room.ws.sessions.summary(live.session_id)
    assert [(s.name, s.planned_seconds) for s in summary.segments] == [
        ("Check-in", 600.0),
        ("Sharing", 1800.0),
        ("Check-out", 300.0),
    ]
    assert [round(s.actual_seconds) for s in summary.segments] == [265, 140, 110]
    statuses = {line.alias: line.status for line in summary.attendance}
    assert statuses == {
        "Anna": "present",
        "Bo": "present",
        "Chidi": "present",
        "Dana": "present",
        "Emil": "late",
    }
    (emil_line,) = [a for a in summary.attendance if a.alias == "Emil"]
    assert emil_line.arrived_at == 170.0
    airtime = {
        line.alias: (round(line.seconds), line.turns, line.passes) for line in summary.airtime
    }
    assert airtime == {
        "Anna": (95 + 30 + 25, 3, 0),
        "Bo": (90 + 25, 2, 1),  # the pass in the check-in is not airtime
        "Chidi": (45, 1, 1),  # "come back to me" discarded the first 30 s
        "Dana": (40 + 25, 2, 0),
        "Emil": (50 + 20 + 25, 3, 0),
    }
    assert (summary.turn_count, summary.pass_count) == (11, 2)

    (note,) = room.ws.notes.find(NoteFilter(session_id=live.session_id))
    assert note.body == "Emil: new job, n 1 p"
    assert note.segment_index == 1
    assert note.member_ids == (room.members["Emil"],)
    assert note.group_id == room.group_id

    # The summary dialog shows the same.
    dialog = runner.summary
    assert dialog is not None and dialog.isVisible()
    assert "11 turns · 2 passes" in dialog.totals_label.text()
    assert "5 attended" in dialog.totals_label.text()
    assert dialog.segment_rows[0] == ("Check-in", "10:00", "04:25", "\u221205:35")
    assert "Emil: late (came " in dialog.attendance_label.text()
    assert [bar.label for bar in dialog.airtime.bars()] == ["Anna", "Bo", "Chidi", "Dana", "Emil"]
    display.close()
