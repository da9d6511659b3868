"""A refusal from the session's own rules that slips past the page's checks is said in the
facilitator's language and names a member by alias, never by an internal number."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.events import SessionError
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.sessions import SessionInfo
from tests.gui.driving import Launch
from tests.gui.test_runner_helpers import Room, open_room, press
from tests.helpers.catalogues import built_catalogues


def refusal(room: Room, operation: Callable[[LiveSession], object]) -> str:
    """What the status area is told when the room's rules refuse `operation`."""
    controller = room.page.controller
    said: list[str] = []
    controller.message.connect(said.append)
    try:
        assert not controller.act(operation), "not refused"
    finally:
        controller.message.disconnect(said.append)
    (text,) = said
    return text


def refusals(qtbot: QtBot, launch: Launch) -> list[str]:
    """Dana marked absent, the rest not yet marked; the session started in its round."""
    room = open_room(qtbot, launch)
    press(qtbot, Qt.Key.Key_Space, times=2)
    chidi, dana = room.members["Chidi"], room.members["Dana"]
    assert room.page.controller.act(lambda live: live.mark(dana, "absent"))
    said = [
        refusal(room, lambda live: live.raise_hand(dana)),
        refusal(room, lambda live: live.start_round_with(dana)),
    ]
    assert room.page.controller.act(lambda live: live.next_segment())  # open discussion
    said += [
        refusal(room, lambda live: live.raise_hand(dana)),
        refusal(room, lambda live: live.pass_turn()),
        refusal(room, lambda live: live.remove(chidi)),
    ]
    for text in said:
        assert not any(c.isdigit() for c in text), text  # never a member's number
    return said


def test_refusals_are_sentences_naming_members(qtbot: QtBot, launch: Launch) -> None:
    assert refusals(qtbot, launch) == [
        "That is for open discussion; this segment is a round.",
        "Nobody is marked present yet.",
        "Dana is not marked present.",
        "Nobody is speaking.",
        "Chidi is not waiting in the queue.",
    ]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("facilitator_de", str(built_catalogues()))
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_refusals_are_said_in_the_facilitators_language(
    qtbot: QtBot, launch: Launch, german: None
) -> None:
    assert refusals(qtbot, launch) == [
        "Das gibt es nur im offenen Gespräch; dieser Abschnitt ist eine Runde.",
        "Noch niemand ist als anwesend markiert.",
        "Dana ist nicht als anwesend markiert.",
        "Niemand spricht.",
        "Chidi steht nicht auf der Redeliste.",
    ]


def test_a_session_whose_record_cannot_be_replayed_says_so(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = open_room(qtbot, launch)
    started = datetime(2026, 3, 2, 18, 0)
    info = SessionInfo(41, room.group_id, "Tuesday", "running", started, None)

    def damaged(*_args: object, **_kwargs: object) -> object:
        raise SessionError("event #3 (TurnStarted) goes back in time")

    monkeypatch.setattr(room.ws.sessions, "resume", damaged)
    said: list[str] = []
    room.page.controller.message.connect(said.append)
    assert not room.page.controller.resume(info)
    assert said == ["This session's record cannot be read back to resume it."]
    assert room.page.controller.live is None
