"""The in-room keys: one table for the shortcuts, the room display and the "?" list.

Every key is also a visible button (or a click) on the page. Labels are translated where
they are shown (``QT_TRANSLATE_NOOP`` only marks them for the translation tools).

Numbers choose members and rule cards (see domain/member_numbers.py): a member's number is
their place in the seat order for the whole session, so it never changes when someone
arrives late.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT: Final = "RunnerKeys"

Section = Literal["session", "talk", "room", "attendance"]
#: The "?" list's headings, in order (untranslated; see CONTEXT).
SECTIONS: Final[tuple[tuple[Section, str], ...]] = (
    ("session", str(QT_TRANSLATE_NOOP("RunnerKeys", "Session and timer"))),
    ("talk", str(QT_TRANSLATE_NOOP("RunnerKeys", "Who speaks"))),
    ("room", str(QT_TRANSLATE_NOOP("RunnerKeys", "Room display"))),
    ("attendance", str(QT_TRANSLATE_NOOP("RunnerKeys", "Attendance, notes and the rest"))),
)


class InRoomActions(Protocol):
    """Everything a key of the table below does (actions.RoomActions does it)."""

    def toggle(self) -> None: ...
    def next_segment(self) -> None: ...
    def previous_segment(self) -> None: ...
    def extend_one(self) -> None: ...
    def extend_five(self) -> None: ...
    def next_speaker(self) -> None: ...
    def previous_speaker(self) -> None: ...
    def pass_turn(self) -> None: ...
    def come_back_later(self) -> None: ...
    def end_turn(self) -> None: ...
    def score_key(self) -> None: ...
    def queue_up(self) -> None: ...
    def queue_down(self) -> None: ...
    def card_key(self) -> None: ...
    def escape(self) -> None: ...
    def cycle_names(self) -> None: ...
    def toggle_blank(self) -> None: ...
    def toggle_room(self) -> None: ...
    def focus_attendance(self) -> None: ...
    def focus_note(self) -> None: ...
    def show_keys(self) -> None: ...


#: What a key does: a call on the in-room actions (checked by the type checker, never a
#: method looked up by its name).
Action = Callable[[InRoomActions], None]


@dataclass(frozen=True, slots=True)
class Binding:
    #: What the key does.
    action: Action = field(compare=False)
    #: Key sequences (portable text) that trigger it.
    keys: tuple[str, ...]
    #: How the key is written in the list of keys.
    shown: str
    #: What it does (untranslated; see CONTEXT).
    text: str
    section: Section
    #: Also works while the room display window has the keyboard focus.
    room: bool = True
    #: Works from every window of the app, whichever page is shown (B and F11).
    global_key: bool = False
    #: Still works on the room display while the workspace is locked (B: blank at once).
    while_locked: bool = False


#: R: a card's number may follow (R twice: the selected card).
CARD_KEY: Final = Binding(
    lambda room: room.card_key(),
    ("R",),
    "R 1–9",
    str(
        QT_TRANSLATE_NOOP(
            "RunnerKeys",
            "Show rule card 1–9 (R alone or R R: the selected card)",
        )
    ),
    "room",
)
#: Esc: hides the card, leaves a list; while a number is typed, only cancels it.
ESCAPE: Final = Binding(
    lambda room: room.escape(),
    ("Esc",),
    "Esc",
    str(QT_TRANSLATE_NOOP("RunnerKeys", "Hide the rule card; cancel a number; leave a list")),
    "room",
)
#: B: blanks the room display; it alone still works there while locked.
BLANK: Final = Binding(
    lambda room: room.toggle_blank(),
    ("B",),
    "B",
    str(QT_TRANSLATE_NOOP("RunnerKeys", "Blank the room display at once; B again shows it")),
    "room",
    global_key=True,
    while_locked=True,
)
#: F11: opens or closes the room display.
ROOM: Final = Binding(
    lambda room: room.toggle_room(),
    ("F11",),
    "F11",
    str(QT_TRANSLATE_NOOP("RunnerKeys", "Open or close the room display")),
    "room",
    global_key=True,
)

BINDINGS: Final[tuple[Binding, ...]] = (
    # --- session and timer
    Binding(
        lambda room: room.toggle(),
        ("Space",),
        "Space",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Start, pause or resume the session")),
        "session",
    ),
    Binding(
        lambda room: room.next_segment(),
        ("Right",),
        "→",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Next segment (after the last: end the session)")),
        "session",
    ),
    Binding(
        lambda room: room.previous_segment(),
        ("Left",),
        "←",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Previous segment")),
        "session",
    ),
    Binding(
        lambda room: room.extend_one(),
        ("+", "Shift++", "="),
        "+",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "One more minute for this segment")),
        "session",
    ),
    Binding(
        lambda room: room.extend_five(),
        ("F",),
        "F",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Five more minutes for this segment")),
        "session",
    ),
    # --- who speaks
    Binding(
        lambda room: room.next_speaker(),
        ("N", "PgDown"),
        "N  PgDn",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Next speaker (the second key: a clicker's forward)")),
        "talk",
    ),
    Binding(
        lambda room: room.previous_speaker(),
        ("PgUp",),
        "PgUp",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys",
                "Back to the previous speaker (a clicker's back): a stray next leaves no turn",
            )
        ),
        "talk",
    ),
    Binding(
        lambda room: room.pass_turn(),
        ("P",),
        "P",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Pass: the member whose turn it is passes")),
        "talk",
    ),
    Binding(
        lambda room: room.come_back_later(),
        ("C",),
        "C",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys", "“Come back to me”: the speaker goes to the round's end"
            )
        ),
        "talk",
    ),
    Binding(
        lambda room: room.end_turn(),
        ("E",),
        "E",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "End the turn without calling anyone")),
        "talk",
    ),
    Binding(
        lambda room: room.score_key(),
        ("S",),
        "S 0–10",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys",
                "In a round: the speaker's check-in score, S then the number (only you see it)",
            )
        ),
        "talk",
    ),
    Binding(
        lambda room: room.queue_up(),
        ("Alt+Up",),
        "Alt+↑",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Move the selected member up the queue")),
        "talk",
    ),
    Binding(
        lambda room: room.queue_down(),
        ("Alt+Down",),
        "Alt+↓",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Move the selected member down the queue")),
        "talk",
    ),
    # --- room display
    CARD_KEY,
    ESCAPE,
    Binding(
        lambda room: room.cycle_names(),
        ("I",),
        "I",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Names on the room display: aliases, initials, none")),
        "room",
    ),
    BLANK,
    ROOM,
    # --- attendance, notes and the rest
    Binding(
        lambda room: room.focus_attendance(),
        ("M",),
        "M 1–9",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys",
                "Attendance of member 1–9: Here, Late, Left early … (M, ↑↓, Enter: anyone)",
            )
        ),
        "attendance",
        room=False,
    ),
    Binding(
        lambda room: room.focus_note(),
        ("Q",),
        "Q",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Write a quick note: Enter saves it, Esc goes back")),
        "attendance",
        room=False,
    ),
    Binding(
        lambda room: room.show_keys(),
        ("?", "Shift+?", "F1"),
        "?",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Show these keys")),
        "attendance",
    ),
)

#: Keys that are not shortcuts of their own but belong in the "?" list, by section:
#: (section, key as shown, what it does).
OTHER_KEYS: Final[tuple[tuple[Section, str, str], ...]] = (
    (
        "talk",
        "1–9",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys",
                "This member joins the queue; before a round they start it, speaking",
            )
        ),
    ),
    (
        "talk",
        "0 1 2",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys", "Members from 10 up: 0 then two digits (0 1 2: member 12)"
            )
        ),
    ),
    (
        "talk",
        "Delete",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "In the queue: take the selected member out")),
    ),
    (
        "attendance",
        "Alt+A",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Everyone not marked yet is here")),
    ),
    (
        "attendance",
        "Tab",
        str(
            QT_TRANSLATE_NOOP(
                "RunnerKeys", "Next list: agenda, queue, attendance, rule cards, note"
            )
        ),
    ),
    (
        "attendance",
        "Ctrl+L",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Lock: the room display keeps only the timer")),
    ),
    (
        "attendance",
        "Ctrl+Q",
        str(QT_TRANSLATE_NOOP("RunnerKeys", "Quit (asks first while a session is open)")),
    ),
)

#: The number keys: 1–9 choose a member, 0 starts a two-digit number.
DIGITS: Final = tuple(range(10))
