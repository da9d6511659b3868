"""Check-in scores in the room, driven as a facilitator would: S then the number (or a click
on the strip under the speaker) records the speaker's self-rating without leaving the round;
entering another replaces it and says so; the room display never shows a score; a lock
takes the scores off the page; a rehearsal keeps them in its own memory only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.ui.room_display import RoomDisplay
from tests.gui.driving import Launch, stored, unlock
from tests.gui.test_rehearsal import start_rehearsal
from tests.gui.test_room_display import running_round, visible_texts
from tests.gui.test_runner_helpers import Room, advance, open_room, press

K = Qt.Key
MARKER = "Wie kommst du heute an, Zebrafink-7?"


def status(room: Room) -> str:
    return room.window.statusBar().currentMessage()


def picture(display: RoomDisplay) -> QImage:
    """What the room sees, once pending layouts and paints are done."""
    QApplication.processEvents()
    return display.grab().toImage()


def settled_picture(qtbot: QtBot, display: RoomDisplay) -> QImage:
    """What the room sees once it has settled: a display just opened fits its clock to the
    screen over a turn or two of the event loop (a few pixels of antialiasing change), which
    is not what a check-in score could have changed."""
    pictures = [picture(display)]

    def steady() -> bool:
        pictures.append(picture(display))
        return pictures[-1] == pictures[-2]

    qtbot.waitUntil(steady)
    return pictures[-1]


def every_text(display: RoomDisplay) -> list[str]:
    """Every label of the room display, shown or not, and its title."""
    return [display.windowTitle()] + [label.text() for label in display.findChildren(QLabel)]


def set_scale(room: Room, low: int, high: int, question: str = MARKER) -> None:
    CheckinScoreService(room.ws.context).set_scale(room.group_id, low, high, question)


def scores(room: Room) -> dict[str, int]:
    live = room.runner.session()
    known = CheckinScoreService(room.ws.context).session_scores(live.session_id)
    names = {member_id: alias for alias, member_id in room.members.items()}
    return {names[member_id]: score for member_id, score in known.items()}


def test_a_round_of_scores_by_keys_and_a_click_that_the_room_never_sees(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    set_scale(room, 0, 10)
    display = running_round(qtbot, room)  # Anna speaks, the room display is on a TV
    runner = room.runner
    assert runner.score_strip_shown()
    assert runner.score_label() == "Check-in · Anna"
    assert runner.score_points() == [str(n) for n in range(11)]
    assert runner.score_pressed() is None
    assert MARKER in runner.score_strip.label.toolTip()
    room_before = settled_picture(qtbot, display)
    texts_before = every_text(display)

    press(qtbot, K.Key_S)
    assert "Check-in score for Anna" in status(room)
    press(qtbot, K.Key_7)  # 7 is whole at once on 0-10
    assert status(room) == "Check-in score for Anna: 7."
    assert runner.score_pressed() == "7"
    assert picture(display) == room_before and every_text(display) == texts_before

    press(qtbot, K.Key_N)  # Bo speaks: S 1 0 is ten
    assert runner.score_label() == "Check-in · Bo" and runner.score_pressed() is None
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_1)
    assert runner.score_pressed() is None  # waits for a second digit
    press(qtbot, K.Key_0)
    assert status(room) == "Check-in score for Bo: 10."

    press(qtbot, K.Key_N)  # Chidi: S 1, then N at once records 1 and calls Dana
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_N)
    assert runner.speaker() == "Dana"
    assert scores(room) == {"Anna": 7, "Bo": 10, "Chidi": 1}

    runner.click_score(4)  # Dana, with one click
    assert status(room) == "Check-in score for Dana: 4."
    assert runner.score_pressed() == "4"
    runner.click_score(6)  # she corrects herself: the new one replaces it, in words
    assert status(room) == "Check-in score for Dana: 6, replacing 4."
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_5)
    assert status(room) == "Check-in score for Dana: 5, replacing 6."
    assert runner.score_pressed() == "5"
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_Escape)  # Esc drops a score being typed
    assert status(room) == "Cancelled: no check-in score was recorded."
    assert runner.score_pressed() == "5"

    # Between turns the strip is for who spoke last; the round goes on untouched.
    press(qtbot, K.Key_E)
    assert runner.speaker() == "" and runner.score_label() == "Check-in · Dana"
    assert scores(room) == {"Anna": 7, "Bo": 10, "Chidi": 1, "Dana": 5}
    turns = runner.session().runner.turns
    assert [t.passed for t in turns] == [False] * 4

    # The room saw none of it (its picture moved on with the speakers, never with a score).
    assert not any(MARKER in text or "core" in text for text in every_text(display))
    advance(room, 5)
    assert not any(text in {"7", "10", "1", "5"} for text in visible_texts(display))

    # In an open discussion there is no strip, and S says why.
    press(qtbot, K.Key_Right)
    assert runner.segment() == "Sharing" and not runner.score_strip_shown()
    press(qtbot, K.Key_S)
    assert status(room) == "Check-in scores are recorded in rounds, from the member speaking."
    display.close()


def test_a_score_off_a_smaller_scale_is_refused_in_words_and_nothing_is_recorded(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    set_scale(room, 1, 5)
    running_round(qtbot, room).close()
    runner = room.runner
    assert runner.score_points() == ["1", "2", "3", "4", "5"]
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_7)
    assert status(room) == (
        "7 is not on this group's check-in scale (1 to 5): no score was recorded."
    )
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_0)
    assert "0 is not on this group's check-in scale" in status(room)
    assert scores(room) == {}
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_3)  # one digit is whole on 1-5
    assert scores(room) == {"Anna": 3}
    press(qtbot, K.Key_S)
    runner.number_wait_ends()  # S and nothing after it
    assert status(room) == "No check-in score recorded: S then the number."
    assert scores(room) == {"Anna": 3}


def test_before_the_start_and_before_anyone_spoke_a_score_has_nobody_to_go_to(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    press(qtbot, K.Key_Space)  # open
    press(qtbot, K.Key_S)
    assert status(room) == "Press Space to start the session first."
    runner.click_all_present()
    press(qtbot, K.Key_Space)  # the clock starts; nobody speaks yet
    assert runner.score_strip_shown() and runner.score_label() == "Check-in"
    assert not any(button.isEnabled() for button in runner.score_strip.buttons)
    press(qtbot, K.Key_S)
    assert status(room) == "Nobody has spoken in this round yet: a score goes to the speaker."
    press(qtbot, K.Key_2)  # no score waits: the digit is Bo's number, who starts the round
    assert runner.speaker() == "Bo", status(room)
    assert runner.score_label() == "Check-in · Bo"


def test_the_first_digit_alone_counts_once_the_wait_runs_out(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    running_round(qtbot, room).close()
    runner = room.runner
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_1)
    assert scores(room) == {}
    runner.number_wait_ends()
    assert status(room) == "Check-in score for Anna: 1."
    assert scores(room) == {"Anna": 1}


def test_a_lock_takes_the_scores_off_the_page_and_the_unlock_brings_them_back(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room)
    runner = room.runner
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_8)
    press(qtbot, K.Key_S)  # a second score half-typed when the lock comes
    press(qtbot, K.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert room.ws.locked
    assert runner.score_pressed() is None and runner.known_scores() == {}
    qtbot.keyClick(display, K.Key_S)  # nothing on the room display's keys while locked
    qtbot.keyClick(display, K.Key_3)
    window = unlock(qtbot, room.app)
    assert window.isVisible()
    assert runner.score_pressed() == "8"
    assert scores(room) == {"Anna": 8}
    display.close()


def test_the_question_mark_lists_the_score_key(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    press(qtbot, K.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    dialog = room.runner.keys_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows)
    assert "check-in score" in rows["S 0–10"]
    dialog.close()


def test_a_rehearsals_scores_stay_in_its_memory(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    start_rehearsal(qtbot, room, K.Key_6)
    rehearsal = runner.rehearsal_workspace()
    assert rehearsal is not None
    runner.click_all_present()
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # Ada starts the round, speaking
    press(qtbot, K.Key_S)
    press(qtbot, K.Key_6)
    assert status(room) == "Check-in score for Ada: 6."
    assert runner.score_pressed() == "6"
    live = runner.session()
    assert list(
        CheckinScoreService(rehearsal.context).session_scores(live.session_id).values()
    ) == [6]
    data_dir = room.ws.data_dir
    with room.ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM checkin_scores").scalar_one() == 0
    room.app.shutdown()
    with stored(data_dir) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM checkin_scores").scalar_one() == 0
