"""A scripted 90-minute session of a 12-member group on a fake clock, run as a facilitator
would: every event is one key or one click, wherever the focus happens to be, and the
inputs each event needed are counted. What was meant is written down as the script goes
(turns, attendance, segments); what was stored must equal it: no stray attendance change,
no turn that was not meant.

The script includes the traps found in a real room: a click on "Late" leaves the focus in
the attendance list and the next keys (N, E, →) must still mean the session; a clicker's
stray "next" is taken back with its "back"; a late arrival renumbers nobody; a member
beyond 9 is queued with one click; a break pauses everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.talk_events import MemberArrived, MemberLeft, TurnReturned
from facilitator_desktop.domain.validation import SegmentSpec
from tests.gui.driving import Launch, PromptAnswerer
from tests.gui.test_runner_helpers import (
    RULES,
    Room,
    advance,
    click_attendance,
    open_room,
    press,
    statuses,
)

K = Qt.Key
NoMod = Qt.KeyboardModifier.NoModifier
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
NINETY_MINUTES = (
    SegmentSpec("Check-in", 15, "round"),
    SegmentSpec("Sharing", 60, "open"),
    SegmentSpec("Check-out", 15, "round"),
)


@dataclass
class Script:
    """Drives the room and counts the inputs of each event."""

    qtbot: QtBot
    room: Room
    answer: Callable[[str], PromptAnswerer]
    inputs: int = 0
    log: list[tuple[str, int]] = field(default_factory=list)
    #: What the facilitator meant: (alias, segment, seconds, passed) per turn, in order.
    turns: list[tuple[str, int, float, bool]] = field(default_factory=list)

    @contextmanager
    def event(self, what: str) -> Iterator[None]:
        before = self.inputs
        yield
        self.log.append((what, self.inputs - before))

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NoMod) -> None:
        press(self.qtbot, key, modifier)
        self.inputs += 1

    def click_row(self, alias: str, what: str) -> None:
        click_attendance(self.qtbot, self.room, alias, what)
        self.inputs += 1

    def click_card(self, number: int) -> None:
        self.room.runner.click_card(number)
        self.inputs += 1

    def confirm(self, label: str) -> PromptAnswerer:
        """The next question is answered with one click on `label`."""
        self.inputs += 1
        return self.answer(label)

    def wait(self, seconds: float) -> None:
        advance(self.room, seconds)

    def meant(self, alias: str, segment: int, seconds: float, passed: bool = False) -> None:
        self.turns.append((alias, segment, seconds, passed))

    def speaker(self) -> str:
        return self.room.runner.speaker()

    def now(self) -> float:
        """Session time now (what a mark made now records)."""
        return self.room.runner.session().snapshot().at


def test_a_ninety_minute_session_one_input_per_event_and_the_record_as_meant(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch, aliases=TWELVE, agenda=NINETY_MINUTES)
    runner = room.runner
    s = Script(qtbot, room, answer)

    # --- before the group begins ---------------------------------------------------------
    with s.event("open today's session"):
        s.key(K.Key_Space)
    with s.event("Ivo told us ahead he cannot come"):
        s.click_row("Ivo", "excused")
    with s.event("Gus is not here yet"):
        s.click_row("Gus", "absent")
    with s.event("Lena is not here yet"):
        s.click_row("Lena", "absent")
    with s.event("everyone else is here"):
        s.key(K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: None not in statuses(room).values())
    numbers = {r.name: r.number for r in runner.attendance()}
    with s.event("start"):
        s.key(K.Key_Space)

    # --- check-in: a round from Chidi ----------------------------------------------------
    with s.event("Chidi starts the round"):
        s.key(K.Key_3)
    assert s.speaker() == "Chidi"
    s.wait(95)
    with s.event("next: Dana"):
        s.key(K.Key_N)
    s.meant("Chidi", 0, 95)
    s.wait(2)
    with s.event("Dana passes"):
        s.key(K.Key_P)
    s.meant("Dana", 0, 2, passed=True)
    s.wait(50)
    gus_came = s.now()
    with s.event("Gus comes in late"):
        s.click_row("Gus", "late")  # the focus stays in the attendance list
    assert runner.attendance_list.hasFocus()
    s.wait(40)
    with s.event("next: Farah (the key lands in the attendance list)"):
        s.key(K.Key_N)
    s.meant("Emil", 0, 90)
    assert s.speaker() == "Farah"
    s.wait(20)
    with s.event("Farah: come back to me"):
        s.key(K.Key_C)
    assert s.speaker() == "Gus"  # his seat had not been reached: he is in the round
    s.wait(70)
    with s.event("next: Hana"):
        s.key(K.Key_N)
    s.meant("Gus", 0, 70)
    s.wait(60)
    with s.event("the clicker goes forward by mistake"):
        s.key(K.Key_PageDown)
    s.meant("Hana", 0, 60)
    assert s.speaker() == "Jun"
    s.wait(4)
    with s.event("and back: Hana was not done"):
        s.key(K.Key_PageUp)
    assert s.speaker() == "Hana"
    s.wait(40)
    with s.event("clicker forward: Jun"):
        s.key(K.Key_PageDown)
    s.meant("Hana", 0, 44)  # her time ran on through the stray seconds
    for alias, seconds in (("Jun", 80), ("Kai", 75), ("Anna", 85), ("Bo", 60)):
        assert s.speaker() == alias
        s.wait(seconds)
        with s.event(f"next after {alias}"):
            s.key(K.Key_N)
        s.meant(alias, 0, seconds)
    assert s.speaker() == "Farah"  # back as asked
    s.wait(70)
    with s.event("Farah ends the round (E, from the attendance list)"):
        s.key(K.Key_E)
    s.meant("Farah", 0, 70)
    assert runner.round_text() == "complete"
    s.wait(11)

    # --- sharing: the open queue -----------------------------------------------------------
    with s.event("on to sharing (→, from the attendance list)"):
        s.key(K.Key_Right)
    for alias in ("Bo", "Emil", "Anna"):
        with s.event(f"{alias} raises a hand"):
            s.key(getattr(K, f"Key_{numbers[alias]}"))
    with s.event("Bo speaks"):
        s.key(K.Key_N)
    s.wait(240)
    lena_came = s.now()
    with s.event("Lena comes in late"):
        s.click_row("Lena", "late")
    assert {r.name: r.number for r in runner.attendance()} == numbers
    with s.event("Lena raises a hand (number 12: a click on her name)"):
        s.click_row("Lena", "name")
    with s.event("Lena goes before Anna"):
        s.key(K.Key_Up, Qt.KeyboardModifier.AltModifier)
    s.wait(60)
    with s.event("Emil speaks"):
        s.key(K.Key_N)
    s.meant("Bo", 1, 300)
    s.wait(200)
    with s.event("the 'one voice' card (a click on it)"):
        s.click_card(1)
    assert runner.card_title() == RULES[0].title
    s.wait(20)
    with s.event("hide the card"):
        s.key(K.Key_Escape)
    assert runner.card() is None
    with s.event("initials on the room display"):
        s.key(K.Key_I)
    with s.event("Lena speaks"):
        s.key(K.Key_N)
    s.meant("Emil", 1, 220)
    assert s.speaker() == "Lena"
    s.wait(180)
    dana_left = s.now()
    with s.event("Dana has to leave"):
        s.click_row("Dana", "left_early")
    with s.event("five more minutes of sharing"):
        s.key(K.Key_F)
    with s.event("Anna speaks"):
        s.key(K.Key_N)
    s.meant("Lena", 1, 180)
    s.wait(150)
    with s.event("a break"):
        s.key(K.Key_Space)
    s.wait(600)
    with s.event("back from the break"):
        s.key(K.Key_Space)
    s.wait(100)
    with s.event("Anna is done"):
        s.key(K.Key_E)
    s.meant("Anna", 1, 250)  # the break is not her time
    with s.event("Kai raises a hand (number 11: a click on his name)"):
        s.click_row("Kai", "name")
    with s.event("Hana raises a hand"):
        s.key(K.Key_8)
    with s.event("Kai speaks"):
        s.key(K.Key_N)
    s.wait(300)
    with s.event("Hana speaks"):
        s.key(K.Key_N)
    s.meant("Kai", 1, 300)
    s.wait(240)
    with s.event("Chidi raises a hand"):
        s.key(K.Key_3)
    with s.event("Jun raises a hand (number 10: a click on his name)"):
        s.click_row("Jun", "name")
    with s.event("Chidi speaks"):
        s.key(K.Key_N)
    s.meant("Hana", 1, 240)
    s.wait(600)
    with s.event("Jun speaks"):
        s.key(K.Key_N)
    s.meant("Chidi", 1, 600)
    s.wait(500)
    with s.event("Farah raises a hand"):
        s.key(K.Key_6)
    with s.event("Farah speaks"):
        s.key(K.Key_N)
    s.meant("Jun", 1, 500)
    s.wait(700)
    with s.event("on to check-out"):
        s.key(K.Key_Right)
    s.meant("Farah", 1, 700)

    # --- check-out: a round from Anna; Gus passes ---------------------------------------------
    with s.event("Anna starts the check-out"):
        s.key(K.Key_1)
    for alias in ("Anna", "Bo", "Chidi", "Emil", "Farah", "Gus", "Hana", "Jun", "Kai", "Lena"):
        assert s.speaker() == alias
        seconds = 3 if alias == "Gus" else 80
        s.wait(seconds)
        if alias == "Gus":
            with s.event("Gus passes"):
                s.key(K.Key_P)
        else:
            with s.event(f"next after {alias}"):
                s.key(K.Key_N)
        s.meant(alias, 2, seconds, passed=alias == "Gus")
    assert runner.round_text() == "complete"
    s.wait(60)
    live = runner.session()
    with s.event("end the session (→ on the last segment, and its question)"):
        prompt = s.confirm("End session")
        s.key(K.Key_Right)
    assert prompt.question == "End the session now?"
    assert runner.live is None

    # --- one input per event --------------------------------------------------------------
    assert len(s.log) == 63  # events, each named above
    too_many = [(what, n) for what, n in s.log if n != 1 and not what.startswith("end the")]
    assert too_many == []
    assert s.log[-1] == ("end the session (→ on the last segment, and its question)", 2)

    # --- the record is what was meant -----------------------------------------------------------
    summary = room.ws.sessions.summary(live.session_id)
    names = {member_id: alias for alias, member_id in room.members.items()}
    stored_turns = [
        (names[t.member_id], t.segment_index, round(t.duration, 6), t.passed) for t in summary.turns
    ]
    assert stored_turns == s.turns
    actual = [round(seg.actual_seconds) for seg in summary.segments]
    assert actual == [762, 3290, 783]
    assert sum(actual) + 600 >= 90 * 60  # ninety minutes in the room, the break included
    attendance = {
        line.alias: (line.status, line.arrived_at, line.left_at) for line in summary.attendance
    }
    here = ("present", None, None)
    assert attendance == {
        "Anna": here,
        "Bo": here,
        "Chidi": here,
        "Dana": ("left_early", None, dana_left),
        "Emil": here,
        "Farah": here,
        "Gus": ("late", gus_came, None),
        "Hana": here,
        "Ivo": ("excused", None, None),
        "Jun": here,
        "Kai": here,
        "Lena": ("late", lena_came, None),
    }
    moves = [
        (type(e).__name__, names[e.member_id])
        for e in live.runner.events
        if isinstance(e, MemberArrived | MemberLeft)
    ]
    everyone_else = [a for a in TWELVE if a not in ("Gus", "Ivo", "Lena")]
    assert moves == [
        *(("MemberArrived", alias) for alias in everyone_else),
        ("MemberArrived", "Gus"),
        ("MemberArrived", "Lena"),
        ("MemberLeft", "Dana"),
    ]
    assert [type(e) for e in live.runner.events].count(TurnReturned) == 1
    assert summary.guests == 0
    dialog = runner.summary
    assert dialog is not None
    dialog.close()
