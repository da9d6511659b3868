"""The in-room keys: one table for the shortcuts, the room display and the "?" list.

Every key is also a visible button on the page. Labels are translated where they are shown
(``QT_TRANSLATE_NOOP`` only marks them for the translation tools).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT: Final = "RunnerKeys"


@dataclass(frozen=True, slots=True)
class Binding:
    #: The page slot it calls.
    action: str
    #: Key sequences (portable text) that trigger it.
    keys: tuple[str, ...]
    #: How the key is written in the list of keys.
    shown: str
    #: What it does (untranslated; see CONTEXT).
    text: str
    #: Also works while the room display window has the keyboard focus.
    room: bool = True
    #: Works from every window of the app, whichever page is shown (B and F11).
    global_key: bool = False


BINDINGS: Final[tuple[Binding, ...]] = (
    Binding(
        "toggle",
        ("Space",),
        "Space",
        QT_TRANSLATE_NOOP("RunnerKeys", "Start, pause or resume the session"),
    ),
    Binding(
        "next_segment",
        ("Right",),
        "→",
        QT_TRANSLATE_NOOP("RunnerKeys", "Next segment (after the last one: end the session)"),
    ),
    Binding(
        "previous_segment", ("Left",), "←", QT_TRANSLATE_NOOP("RunnerKeys", "Previous segment")
    ),
    Binding(
        "extend_one",
        ("+", "Shift++", "="),
        "+",
        QT_TRANSLATE_NOOP("RunnerKeys", "One more minute for this segment"),
    ),
    Binding("next_speaker", ("N",), "N", QT_TRANSLATE_NOOP("RunnerKeys", "Next speaker")),
    Binding(
        "pass_turn",
        ("P",),
        "P",
        QT_TRANSLATE_NOOP("RunnerKeys", "Pass: the member whose turn it is passes"),
    ),
    Binding(
        "come_back_later",
        ("C",),
        "C",
        QT_TRANSLATE_NOOP(
            "RunnerKeys", "“Come back to me”: the speaker goes to the end of the round"
        ),
    ),
    Binding(
        "end_turn",
        ("E",),
        "E",
        QT_TRANSLATE_NOOP("RunnerKeys", "End the turn without calling anyone"),
    ),
    Binding(
        "show_card",
        ("R",),
        "R",
        QT_TRANSLATE_NOOP("RunnerKeys", "Show the selected rule card on the room display"),
    ),
    Binding("hide_card", ("Esc",), "Esc", QT_TRANSLATE_NOOP("RunnerKeys", "Hide the rule card")),
    Binding(
        "toggle_blank",
        ("B",),
        "B",
        QT_TRANSLATE_NOOP("RunnerKeys", "Blank the room display at once; B again shows it"),
        global_key=True,
    ),
    Binding(
        "toggle_room",
        ("F11",),
        "F11",
        QT_TRANSLATE_NOOP("RunnerKeys", "Open or close the room display"),
        global_key=True,
    ),
    Binding(
        "focus_attendance",
        ("M",),
        "M",
        QT_TRANSLATE_NOOP(
            "RunnerKeys",
            "Mark attendance: ↑↓ pick a member, then H here, L late, E left early, "
            "X excused, A absent; Esc goes back",
        ),
        room=False,
    ),
    Binding(
        "focus_note",
        ("Q",),
        "Q",
        QT_TRANSLATE_NOOP("RunnerKeys", "Write a quick note: Enter saves it, Esc goes back"),
        room=False,
    ),
    Binding(
        "show_keys", ("?", "Shift+?", "F1"), "?", QT_TRANSLATE_NOOP("RunnerKeys", "Show these keys")
    ),
)

#: 1–9 queue the member with that number (the numbers shown in the attendance list).
DIGIT_TEXT: Final = QT_TRANSLATE_NOOP(
    "RunnerKeys",
    "Queue the member with this number (before a round starts: start the round with them)",
)
DIGITS: Final = tuple(range(1, 10))

#: Keys that belong to the rest of the app, listed so the "?" list is complete.
OTHER_KEYS: Final = (
    ("Ctrl+L", QT_TRANSLATE_NOOP("RunnerKeys", "Lock: the room display keeps only the timer")),
)
