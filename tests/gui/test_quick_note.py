"""The quick note as a facilitator uses it in the room: it grows with what is typed, is about
the speaker unless Alt+S unlinks it (shown next to it), keeps the member it was begun about,
says in words that it was saved, refuses what it cannot keep without losing a letter, and
the end-of-session summary lists the notes taken."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.notes import NoteFilter, NoteInfo
from facilitator_desktop.ui.runner.note_panel import NOTE_MAX, NotePanel
from tests.gui.driving import Launch, PromptAnswerer
from tests.gui.test_runner_helpers import Room, advance, open_room, press

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def start(qtbot: QtBot, room: Room) -> None:
    """Open, everyone here (Alt+A), start the clock."""
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, ALT)
    qtbot.waitUntil(
        lambda: room.runner.live is not None and len(room.runner.live.snapshot().talk.present) == 5
    )
    press(qtbot, K.Key_Space)


def notes(room: Room) -> list[NoteInfo]:
    live = room.runner.live
    assert live is not None
    return sorted(room.ws.notes.find(NoteFilter(session_id=live.session_id)), key=lambda n: n.id)


def link_line(panel: NotePanel) -> tuple[bool, bool, str, str]:
    """(shown, ticked, the box's words, the key's words) of the line under the box."""
    shown = panel.line.currentIndex() == 0
    return shown, panel.about_box.isChecked(), panel.about_box.text(), panel.key_label.text()


def test_it_grows_is_about_the_speaker_and_says_it_saved(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner, panel = room.runner, room.runner.note_panel
    box = panel.box
    press(qtbot, K.Key_1)  # the round starts with Anna
    assert runner.speaker() == "Anna"
    assert link_line(panel) == (True, True, "About Anna", "Alt+S unlinks")  # by default

    press(qtbot, K.Key_Q)
    assert box.hasFocus()
    one_line = box.height()
    heights = [one_line]
    for word in "Lost her job on Friday and has not told her family yet".split():
        qtbot.keyClicks(box, word + " ")
        heights.append(box.height())
    assert heights == sorted(heights) and heights[-1] > one_line  # it grew, never jumped back
    qtbot.waitUntil(lambda: not box.verticalScrollBar().isVisible())  # all of it shows
    qtbot.keyClick(box, K.Key_Return, SHIFT)  # a second line, not a save
    qtbot.keyClicks(box, "Call Tuesday")
    assert notes(room) == []
    press(qtbot, K.Key_Return)

    (note,) = notes(room)
    assert note.body == "Lost her job on Friday and has not told her family yet \nCall Tuesday"
    assert note.member_ids == (room.members["Anna"],)
    assert note.segment_index == 0
    assert box.text() == "" and not box.isUndoAvailable()
    assert box.height() == one_line
    assert not box.hasFocus()  # the in-room keys work again
    assert panel.line.currentIndex() == 1
    assert panel.saved_label.text() == "Saved, encrypted · about Anna"

    # The words stay a while, then the line shows whom the next note is about again.
    panel.saved_timer.setInterval(30)
    panel.saved_timer.start()
    qtbot.waitUntil(lambda: panel.line.currentIndex() == 0)
    assert link_line(panel) == (True, True, "About Anna", "Alt+S unlinks")

    # Typing at once brings it back sooner.
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "x")
    press(qtbot, K.Key_Return)
    assert panel.line.currentIndex() == 1
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "y")
    assert panel.line.currentIndex() == 0


def test_one_key_unlinks_and_a_begun_note_keeps_its_member(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner, panel = room.runner, room.runner.note_panel
    box = panel.box
    press(qtbot, K.Key_1)  # Anna speaks
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "Tearful when talking about her mother")
    runner.talk_panel.next_button.click()  # Bo is called (by a button) while the note is open
    assert runner.speaker() == "Bo"
    assert box.hasFocus()
    assert link_line(panel) == (True, True, "About Anna", "Alt+S unlinks")  # still Anna's
    press(qtbot, K.Key_Return)
    assert panel.saved_label.text() == "Saved, encrypted · about Anna"

    # The next note is about the new speaker; Alt+S unlinks it, and says how to link it back.
    assert link_line(panel)[1:3] == (True, "About Bo")
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "Room felt tense")
    press(qtbot, K.Key_S, ALT)
    assert link_line(panel) == (True, False, "About Bo", "Alt+S links")
    assert box.text() == "Room felt tense"  # the key typed nothing
    press(qtbot, K.Key_Return)
    assert panel.saved_label.text() == "Saved, encrypted · not linked to anyone"
    # After a save the next note is about the speaker again.
    assert link_line(panel)[1:] == (True, "About Bo", "Alt+S unlinks")

    # Alt+S twice links again; a click on the box's tick works too.
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "Bo: better week")
    press(qtbot, K.Key_S, ALT)
    press(qtbot, K.Key_S, ALT)
    assert panel.about_box.isChecked()
    tick = QPoint(6, panel.about_box.height() // 2)
    qtbot.mouseClick(panel.about_box, Qt.MouseButton.LeftButton, pos=tick)
    assert not panel.about_box.isChecked()
    assert box.hasFocus()  # the click did not hand the letters to the page
    qtbot.mouseClick(panel.about_box, Qt.MouseButton.LeftButton, pos=tick)
    press(qtbot, K.Key_Return)

    anna, bo = room.members["Anna"], room.members["Bo"]
    assert [(n.body, n.member_ids) for n in notes(room)] == [
        ("Tearful when talking about her mother", (anna,)),
        ("Room felt tense", ()),
        ("Bo: better week", (bo,)),
    ]


def test_nobody_speaking_and_what_cannot_be_kept(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner, panel = room.runner, room.runner.note_panel
    box = panel.box
    assert link_line(panel) == (True, False, "About nobody: no one is speaking", "")
    assert not panel.about_box.isEnabled()
    press(qtbot, K.Key_Q)
    press(qtbot, K.Key_S, ALT)  # nothing to unlink: nothing happens
    assert not panel.about_box.isChecked()
    for blank in ("", "   "):  # Enter on nothing saves nothing and says nothing
        box.setText(blank)
        press(qtbot, K.Key_Return)
        assert notes(room) == [] and panel.line.currentIndex() == 0

    # Too long: refused with the reason, every character kept.
    pasted = "é" * (NOTE_MAX + 1)
    box.setText(pasted)
    press(qtbot, K.Key_Return)
    assert notes(room) == []
    assert box.text() == pasted
    assert panel.saved_label.text() == (
        f"Too long for a quick note ({NOTE_MAX + 1} of {NOTE_MAX} characters). Shorten it, "
        "or write it on the Notes page."
    )
    qtbot.keyClick(box, K.Key_Backspace)
    press(qtbot, K.Key_Return)
    assert [len(n.body) for n in notes(room)] == [NOTE_MAX]

    # Markup is text, in the box, the note and the words that confirm it.
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "<b>not bold</b> & <i>")
    press(qtbot, K.Key_Return)
    assert notes(room)[-1].body == "<b>not bold</b> & <i>"
    assert panel.saved_label.textFormat() == Qt.TextFormat.PlainText

    # A write the disk refuses: the reason shows, the text stays, nothing says "Saved".
    def refuse(_draft: object) -> None:
        raise FacilitatorError("The disk is full.")

    monkeypatch.setattr(room.ws.notes, "create", refuse)
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "Keep me")
    panel.saved_timer.stop()
    panel.line.setCurrentIndex(0)
    press(qtbot, K.Key_Return)
    assert box.text() == "Keep me"
    assert room.window.statusBar().currentMessage() == "The disk is full."
    assert panel.line.currentIndex() == 0
    assert runner.live is not None


def test_the_summary_lists_the_notes_taken(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    start(qtbot, room)
    runner, box = room.runner, room.runner.note_box
    press(qtbot, K.Key_1)  # Anna speaks
    advance(room, 30)
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "Anna: moving in May")
    press(qtbot, K.Key_Return)
    press(qtbot, K.Key_E)  # the turn ends; nobody speaks
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(box, "Heating broken again")
    press(qtbot, K.Key_Return)
    advance(room, 60)
    prompt = answer("End session")
    runner.click_end()
    assert prompt.answered
    dialog = runner.summary
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert [label.text() for label in dialog.note_labels] == [
        "Anna: moving in May",
        "Heating broken again",
    ]
    # Each note's line says when (a clock time, left out here), in which segment, about whom.
    assert [heading.split(" · ", 1)[1] for heading in runner.note_headings()] == [
        "Check-in · about Anna",
        "Check-in",
    ]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.note_labels)
    assert dialog.notes_empty_label is None
