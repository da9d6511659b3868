"""Nothing recorded by accident, stable numbers and one input per event, driven as a
facilitator would: keys on whatever has the focus, clicks on what is shown.

- Keys typed while the attendance list has the focus are the room's keys (E ends the turn,
  → changes the segment); attendance changes only by a click on a status or the explicit
  choice (Enter on a row, or M then a member's number).
- Re-marking never silently replaces a recorded arrival or leaving time.
- A member's number stays the same for the whole session; 0 then two digits reaches 10+.
- A round starts with a chosen member speaking in one key; F adds five minutes; I changes
  the names on the room display; Alt+↑/↓ move the queue; PgDn/PgUp are a clicker's
  forward and back; R then a number shows that rule card.
- Tab goes list to list (each list one stop); quitting with a session open asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.talk_events import MemberArrived, MemberLeft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.settings import ROOM_NAMES
from facilitator_desktop.ui.runner.names import NameMode
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, click
from tests.gui.test_runner_helpers import (
    MENU_ON_OFFSCREEN,
    Room,
    advance,
    click_attendance,
    open_room,
    press,
    statuses,
)

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TWELVE = (
    "Anna",
    "Bo",
    "Chidi",
    "Dana",
    "Emil",
    "Farah",
    "Gus",
    "Hana",
    "Ivo",
    "Jun",
    "Kai",
    "Lena",
)
ELEVEN_RULES = tuple(
    RuleCardDraft(f"Rule {n}", f"Rule number {n}, in one plain sentence.") for n in range(1, 12)
)


def status_text(room: Room) -> str:
    return room.window.statusBar().currentMessage()


def speaker(room: Room) -> str:
    return room.runner.speaker()


def queue(room: Room) -> list[str]:
    names = {member_id: alias for alias, member_id in room.members.items()}
    return [names[member_id] for member_id in room.runner.queue()]


def attendance_events(room: Room) -> list[tuple[str, str]]:
    names = {member_id: alias for alias, member_id in room.members.items()}
    return [
        (type(e).__name__, names[e.member_id])
        for e in room.runner.session().runner.events
        if isinstance(e, MemberArrived | MemberLeft)
    ]


def start_with_everyone(qtbot: QtBot, room: Room) -> None:
    press(qtbot, K.Key_Space)  # open
    press(qtbot, K.Key_A, ALT)  # All present
    qtbot.waitUntil(lambda: None not in statuses(room).values())
    press(qtbot, K.Key_Space)  # the clock starts


# --- nothing recorded by accident --------------------------------------------------------------


def test_keys_in_the_attendance_list_act_on_the_session_never_on_attendance(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    press(qtbot, K.Key_Space)
    for alias in ("Anna", "Bo", "Chidi", "Dana"):
        click_attendance(qtbot, room, alias, "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # Anna starts the round and speaks
    advance(room, 40)

    click_attendance(qtbot, room, "Emil", "late")  # Emil comes in late
    assert runner.attendance_list.hasFocus()  # the click left the focus in the list
    before = statuses(room)
    assert before["Emil"] == "late"

    press(qtbot, K.Key_E)  # meant as "End turn": it is, and Emil stays late
    assert speaker(room) == ""
    assert statuses(room) == before
    press(qtbot, K.Key_Right)  # → still changes the segment from the list
    assert runner.segment() == "Sharing"
    press(qtbot, K.Key_Left)
    assert runner.segment() == "Check-in"
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_5)  # Emil's number queues him, from the list
    assert queue(room) == ["Emil"]
    press(qtbot, K.Key_PageDown)  # a clicker's forward: next speaker
    assert speaker(room) == "Emil"
    # The old attendance letters mark nothing; the status line says how to mark.
    for key in (K.Key_H, K.Key_L, K.Key_X, K.Key_A):
        press(qtbot, key)
    assert statuses(room) == before
    assert status_text(room).startswith("Letters do not mark attendance")
    press(qtbot, K.Key_Space)  # and Space pauses, wherever the focus is
    assert runner.session().snapshot().agenda.phase == "paused"
    press(qtbot, K.Key_Escape)
    assert not runner.attendance_list.hasFocus()

    # Only the marks that were meant reached the record.
    assert attendance_events(room) == [
        ("MemberArrived", "Anna"),
        ("MemberArrived", "Bo"),
        ("MemberArrived", "Chidi"),
        ("MemberArrived", "Dana"),
        ("MemberArrived", "Emil"),
    ]
    assert runner.session().unsaved == 0


@MENU_ON_OFFSCREEN
def test_the_status_choice_is_explicit_and_escape_changes_nothing(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    start_with_everyone(qtbot, room)
    press(qtbot, K.Key_M)
    assert runner.attendance_list.hasFocus()
    press(qtbot, K.Key_4)  # M 4: Dana's choice opens
    menu = runner.status_menu()
    assert menu is not None
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["&Here"]
    press(qtbot, K.Key_Escape)  # closes the choice: nothing changes
    assert not menu.isVisible()
    assert statuses(room)["Dana"] == "present"
    press(qtbot, K.Key_Return)  # Enter on her row opens it again
    assert runner.status_menu() is not None
    press(qtbot, K.Key_E)  # in the choice, E means "Left early"
    assert statuses(room)["Dana"] == "left_early"
    press(qtbot, K.Key_E)  # back in the list, E is "End turn" again: nobody speaks
    assert status_text(room) == "Nobody is speaking."
    assert statuses(room)["Dana"] == "left_early"
    # M then a number nobody has.
    press(qtbot, K.Key_M)
    press(qtbot, K.Key_9)
    assert status_text(room) == "Nobody has number 9: the numbers go from 1 to 5."
    assert runner.status_menu() is None


def test_remarking_never_silently_replaces_a_recorded_time(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    start_with_everyone(qtbot, room)
    live = room.runner.session()
    emil = room.members["Emil"]
    advance(room, 60)
    click_attendance(qtbot, room, "Emil", "absent")
    advance(room, 300)
    click_attendance(qtbot, room, "Emil", "late")  # he came after all, at 6:00
    assert live.marks[emil].arrived_at == 360.0
    assert room.runner.attendance_row(emil).since != ""

    advance(room, 120)
    click_attendance(qtbot, room, "Emil", "late")  # a second click: nothing changes
    assert status_text(room) == "Emil is already marked late: nothing changed."
    assert live.marks[emil].arrived_at == 360.0

    prompt = answer("Cancel")
    click_attendance(qtbot, room, "Emil", "present")  # would drop the arrival time: asks
    assert prompt.question == "Mark Emil here?"
    assert live.marks[emil].status == "late" and live.marks[emil].arrived_at == 360.0
    assert status_text(room) == "Nothing changed."

    advance(room, 600)
    click_attendance(qtbot, room, "Emil", "left_early")  # nothing lost: no question
    assert (live.marks[emil].arrived_at, live.marks[emil].left_at) == (360.0, 1080.0)
    prompt = answer("Change it")
    advance(room, 60)
    click_attendance(qtbot, room, "Emil", "late")  # back again: the leaving time would go
    assert prompt.question == "Mark Emil late?"
    assert live.marks[emil].status == "late"
    assert live.marks[emil].arrived_at == 360.0  # the first arrival is kept
    assert live.marks[emil].left_at is None

    # What a restart would find is the same.
    room.runner.controller.end()
    (line,) = [a for a in room.ws.sessions.summary(live.session_id).attendance if a.alias == "Emil"]
    assert (line.status, line.arrived_at, line.left_at) == ("late", 360.0, None)


# --- stable numbers ---------------------------------------------------------------------------


def test_numbers_stay_the_same_all_session_and_reach_beyond_nine(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch, aliases=TWELVE)
    runner = room.runner
    press(qtbot, K.Key_Space)
    numbers = {r.name: r.number for r in runner.attendance()}
    assert numbers == {alias: n for n, alias in enumerate(TWELVE, start=1)}
    for alias in ("Anna", "Chidi", "Dana", "Jun", "Kai", "Lena"):  # Bo and others are late
        click_attendance(qtbot, room, alias, "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_Right)  # Sharing: the open queue

    press(qtbot, K.Key_4)  # Dana
    press(qtbot, K.Key_2)  # Bo is not here yet: nothing is queued, the line says so
    assert status_text(room) == "Mark Bo as here first (M 2, or a click on their status)."
    click_attendance(qtbot, room, "Bo", "late")
    click_attendance(qtbot, room, "Gus", "late")
    # Nobody was renumbered by the late arrivals.
    assert {r.name: r.number for r in runner.attendance()} == numbers
    press(qtbot, K.Key_2)
    for key in (K.Key_0, K.Key_1, K.Key_1):  # 0 1 1: Kai
        press(qtbot, key)
    assert queue(room) == ["Dana", "Bo", "Kai"]

    # Each row shows one number: the member's own (no queue places beside the names).
    for row in range(len(runner.attendance())):
        name_text = runner.attendance_name_text(row)
        assert not any(ch.isdigit() for ch in name_text), name_text
    assert runner.queue_row_text(2).split() == ["11", "Kai"]

    # A half-typed number never swallows the next key.
    press(qtbot, K.Key_0)
    assert status_text(room) == "Member number: 0 _ _ (Esc cancels)"
    press(qtbot, K.Key_1)
    assert status_text(room) == "Member number: 0 1 _ (Esc cancels)"
    press(qtbot, K.Key_N)  # N acts, the number is dropped
    assert speaker(room) == "Dana"
    press(qtbot, K.Key_2)  # a fresh 2: Bo is already waiting
    assert status_text(room) == "Bo is already in the queue."
    press(qtbot, K.Key_0)
    press(qtbot, K.Key_Escape)
    assert status_text(room) == "Cancelled: no number was chosen."
    press(qtbot, K.Key_0)
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_3)
    assert status_text(room) == "Nobody has number 13: the numbers go from 1 to 12."
    press(qtbot, K.Key_0)
    runner.number_wait_ends()
    assert status_text(room).startswith("No member chosen")
    press(qtbot, K.Key_1)  # Anna: a plain digit again
    assert queue(room) == ["Bo", "Kai", "Anna"]
    assert runner.session().unsaved == 0


# --- one input per event ----------------------------------------------------------------------


def test_a_round_starts_with_a_chosen_member_in_one_key_or_one_click(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    start_with_everyone(qtbot, room)
    press(qtbot, K.Key_3)  # one key: Chidi starts and speaks
    assert speaker(room) == "Chidi"
    assert room.runner.next_up() == "Up next: Dana"
    press(qtbot, K.Key_2)  # under way: a number does not restart it
    assert status_text(room) == "The round is under way: N calls the next member."
    assert speaker(room) == "Chidi"
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_Right)  # Check-out, another round
    click_attendance(qtbot, room, "Dana", "name")  # one click: Dana starts and speaks
    assert speaker(room) == "Dana"
    assert room.runner.next_up() == "Up next: Emil"


def test_five_minutes_names_mode_queue_moves_and_clicker_keys(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    start_with_everyone(qtbot, room)
    press(qtbot, K.Key_F)  # five more minutes, one key
    assert runner.remaining() == "15:00"
    assert status_text(room) == "5 more minutes for this segment."

    press(qtbot, K.Key_1)  # Anna speaks
    press(qtbot, K.Key_I)  # names on the room display: initials
    assert runner.name_mode() is NameMode.INITIALS
    assert status_text(room) == "The room display shows initials."
    assert room.ws.settings.get(ROOM_NAMES) == "initials"  # kept, as the menu keeps it
    press(qtbot, K.Key_I)
    assert runner.name_mode() is NameMode.NONE
    press(qtbot, K.Key_I)  # aliases again
    assert runner.name_mode() is NameMode.ALIASES
    assert runner.names_menu_mode() is NameMode.ALIASES
    assert runner.speaker() == "Anna"  # this screen always has aliases

    # A clicker: PgDn is next, PgUp takes a stray "next" back without a record of it.
    advance(room, 30)
    press(qtbot, K.Key_PageDown)
    assert speaker(room) == "Bo"
    advance(room, 3)
    press(qtbot, K.Key_PageUp)
    assert speaker(room) == "Anna"
    assert runner.next_up() == "Up next: Bo"
    live = runner.session()
    assert [(t.member_id, t.duration) for t in live.runner.turns] == [(room.members["Anna"], 30.0)]
    press(qtbot, K.Key_PageUp)  # nobody before Anna in this segment
    assert status_text(room) == "Nobody spoke before in this segment: nobody to go back to."
    assert speaker(room) == "Anna"

    # The open queue moves by keys: the member just queued is the selected one.
    press(qtbot, K.Key_Right)
    for key in (K.Key_2, K.Key_3, K.Key_4):
        press(qtbot, key)
    assert queue(room) == ["Bo", "Chidi", "Dana"]
    press(qtbot, K.Key_Up, ALT)  # Dana up one
    assert queue(room) == ["Bo", "Dana", "Chidi"]
    press(qtbot, K.Key_Up, ALT)
    press(qtbot, K.Key_Up, ALT)  # already first: nothing happens
    assert queue(room) == ["Dana", "Bo", "Chidi"]
    press(qtbot, K.Key_Down, ALT)
    assert queue(room) == ["Bo", "Dana", "Chidi"]
    # The ↑ and ↓ buttons do the same as the keys.
    click(qtbot, runner.talk_panel.up_button)
    assert queue(room) == ["Dana", "Bo", "Chidi"]
    click(qtbot, runner.talk_panel.down_button)
    assert queue(room) == ["Bo", "Dana", "Chidi"]
    # In a round the order is the seats': Alt+↑ says so and moves nothing.
    press(qtbot, K.Key_Right)
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Up, ALT)
    assert status_text(room).startswith("A round goes in seat order")


def test_a_rule_card_by_its_number(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch, rules=ELEVEN_RULES)
    runner = room.runner
    start_with_everyone(qtbot, room)
    press(qtbot, K.Key_1)  # Anna speaks
    card = runner.card_title
    assert runner.rule_list.item(2).text().startswith("3")  # the rail shows numbers
    press(qtbot, K.Key_R)
    assert status_text(room).startswith("Rule card: type its number")
    assert card() is None  # nothing yet: the number may follow
    press(qtbot, K.Key_3)
    assert card() == "Rule 3"
    assert speaker(room) == "Anna"  # the 3 chose the card, not Chidi
    for key in (K.Key_R, K.Key_0, K.Key_1, K.Key_1):  # R 0 1 1: card 11
        press(qtbot, key)
    assert card() == "Rule 11"
    press(qtbot, K.Key_R)
    press(qtbot, K.Key_R)  # R twice: the selected card (the one shown last) at once
    assert card() == "Rule 11"
    press(qtbot, K.Key_R)
    press(qtbot, K.Key_0)
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_2)
    assert status_text(room) == "No rule card 12: this group's cards go from 1 to 11."
    press(qtbot, K.Key_Escape)
    assert card() is None
    runner.select_card(1)
    press(qtbot, K.Key_R)  # R alone: after a moment, the selected card
    qtbot.waitUntil(lambda: card() is not None, timeout=3000)
    assert card() == "Rule 2"
    press(qtbot, K.Key_R)
    press(qtbot, K.Key_N)  # another key: no card change, the key acts
    assert speaker(room) == "Bo"
    assert card() == "Rule 2"


def test_keys_never_act_while_typing_a_note(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    start_with_everyone(qtbot, room)
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_Q)
    focus = QApplication.focusWidget()
    assert focus is not None
    for key, modifier in (
        (K.Key_PageDown, Qt.KeyboardModifier.NoModifier),
        (K.Key_PageUp, Qt.KeyboardModifier.NoModifier),
        (K.Key_Up, ALT),
        (K.Key_F, Qt.KeyboardModifier.NoModifier),
        (K.Key_0, Qt.KeyboardModifier.NoModifier),
        (K.Key_I, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(focus, key, modifier)
    assert speaker(room) == "Anna"
    assert room.runner.remaining() == "10:00"
    assert room.runner.names_menu_mode() is NameMode.ALIASES
    assert room.runner.number_pending() is None


# --- the keyboard's way round the page ---------------------------------------------------------


def test_tab_goes_list_by_list_and_arrows_move_inside(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    start_with_everyone(qtbot, room)
    runner.focus_page()
    order = [
        runner.agenda_list,
        runner.queue_list,
        runner.attendance_list,
        runner.rule_list,
        runner.note_box,
    ]
    # Each list one stop, in this order; the panels' buttons are Tab stops between them.
    seen = []
    while QApplication.focusWidget() is not runner.note_box and len(seen) < 80:
        press(qtbot, K.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [widget for widget in seen if widget in order] == order
    # The attendance list is one stop: Tab leaves it, ↓ moves inside it.
    runner.focus_attendance()
    view = runner.attendance_list
    assert runner.attendance_current_row() == 0
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Down)
    assert view.hasFocus() and runner.attendance_current_row() == 2
    press(qtbot, K.Key_End)
    assert runner.attendance_current_row() == 4
    press(qtbot, K.Key_Tab)
    assert QApplication.focusWidget() is not view
    press(qtbot, K.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view


# --- quitting --------------------------------------------------------------------------------


def test_quit_during_a_session_asks_first(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    start_with_everyone(qtbot, room)
    quits: list[bool] = []
    room.app.quitRequested.connect(lambda: quits.append(True))

    prompt = answer("Cancel")
    press(qtbot, K.Key_Q, CTRL)
    assert prompt.question == "Quit while a session is open?"
    assert room.window.isVisible() and quits == []
    assert room.runner.live is not None

    # From the lock screen too.
    room.window.lock_action.trigger()
    lock = room.app.unlock_dialog
    assert lock is not None
    prompt = answer("Cancel")
    click(qtbot, lock.quit_button)
    assert prompt.question == "Quit while a session is open?"
    assert lock.isVisible() and quits == []
    qtbot.keyClicks(lock.passphrase, PASSPHRASE)
    qtbot.keyClick(lock.passphrase, K.Key_Return)
    qtbot.waitUntil(room.window.isVisible)

    advance(room, 90)
    prompt = answer("Quit")
    room.window.close()  # the window's close button
    assert prompt.answered and quits == [True]
    # The session stays open for the next start, known alive until the quit.
    live = room.runner.session()
    assert room.ws.sessions.running()[0].id == live.session_id
