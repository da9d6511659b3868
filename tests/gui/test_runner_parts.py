"""The runner's small parts: room-display names, the chime, repainting only what changed,
and the offer's "End it now"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.session_state import SessionRunner
from facilitator_desktop.ui.runner.chime import Chime, chime_path
from facilitator_desktop.ui.runner.keys import BINDINGS, InRoomActions
from facilitator_desktop.ui.runner.names import (
    NameMode,
    initials,
    next_mode,
    parse_mode,
    room_names,
)
from facilitator_desktop.ui.runner.session_reads import display_key
from facilitator_desktop.ui.widgets.live_text import LiveText
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, PromptAnswerer, unlock
from tests.gui.test_runner_helpers import advance, open_room, press

K = Qt.Key


def test_initials_and_privacy_modes() -> None:
    assert initials("Anna") == "A."
    assert initials("anna maria") == "A. M."
    assert initials("Łukasz", 2) == "Łu."
    assert initials("Ελένη") == "Ε."
    aliases = {1: "Anna", 2: "Ana", 3: "Bo"}
    assert room_names(aliases, NameMode.ALIASES) == aliases
    assert room_names(aliases, NameMode.INITIALS) == {1: "An.", 2: "An.", 3: "B."}
    assert room_names(aliases, NameMode.NONE) == {}
    assert parse_mode("initials") is NameMode.INITIALS
    assert parse_mode("") is NameMode.ALIASES  # never set: aliases
    assert parse_mode("garbage") is NameMode.ALIASES
    # The I key goes round the three modes.
    assert [next_mode(m) for m in NameMode] == [NameMode.INITIALS, NameMode.NONE, NameMode.ALIASES]


def runner(clock: FakeClock) -> SessionRunner:
    plan = [SegmentPlan("Check-in", 1, "round"), SegmentPlan("Sharing", 2, "open")]
    return SessionRunner(plan, {1: 1, 2: 2}, clock)


def test_the_chime_sounds_once_when_the_countdown_reaches_zero(qapp: QApplication) -> None:
    assert chime_path().exists()  # the bundled WAV
    played: list[int] = []
    chime = Chime(play=lambda: played.append(1))
    clock = FakeClock()
    session = runner(clock)
    session.start()
    for _ in range(59):
        clock.advance(1)
        chime.observe(session.snapshot().agenda)
    assert played == []  # off by default: silent
    chime.set_enabled(True)
    clock.advance(0.5)
    assert not chime.observe(session.snapshot().agenda)  # 00:01 still shows
    clock.advance(0.5)
    assert chime.observe(session.snapshot().agenda)  # 00:00
    for _ in range(5):
        clock.advance(1)
        chime.observe(session.snapshot().agenda)
    assert played == [1]  # once, not on every tick of overtime
    session.next_segment()
    session.pause()
    clock.advance(500)
    assert not chime.observe(session.snapshot().agenda)  # paused: no sound


def test_the_display_key_changes_only_with_a_shown_second() -> None:
    clock = FakeClock()
    session = runner(clock)
    session.set_present([1, 2])
    session.start()
    session.next_speaker()
    keys = set()
    for _ in range(10):  # a second in 100 ms steps: one change, at the whole second
        keys.add(display_key(session.snapshot()))
        clock.advance(0.1)
    keys.add(display_key(session.snapshot()))
    assert len(keys) == 2


def test_live_text_repaints_without_relayout(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    text = LiveText("-00:00:00", window)
    QVBoxLayout(window).addWidget(text)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the first layout of the new window

    class Count(QObject):
        layouts = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                Count.layouts += 1
            return False

    counter = Count()
    QApplication.instance().installEventFilter(counter)  # type: ignore[union-attr]
    try:
        for value in ("10:00", "09:59", "-00:01", "1:00:00"):
            text.setText(value)
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(counter)  # type: ignore[union-attr]
    assert Count.layouts == 0 and text.text() == "1:00:00"


def test_every_key_of_the_table_does_its_own_action() -> None:
    """Each binding calls exactly one in-room action, no two the same, and every action has
    its key: a copied line in the table cannot leave an action without a key."""

    class Recorder:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def __getattr__(self, name: str) -> Callable[[], None]:
            return lambda: self.calls.append(name)

    called = []
    for binding in BINDINGS:
        recorder = Recorder()
        binding.action(recorder)  # type: ignore[arg-type]
        assert len(recorder.calls) == 1, binding.shown
        called.append(recorder.calls[0])
    wanted = {name for name in vars(InRoomActions) if not name.startswith("_")}
    assert sorted(called) == sorted(wanted)


def test_the_timer_repaints_only_when_a_second_changes(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_Space)
    runner = room.runner
    updates: list[int] = []

    class Listener(QObject):
        def on_update(self) -> None:
            updates.append(1)

    listener = Listener()
    runner.controller.updated.connect(listener.on_update)
    runner.timer_fires()
    assert updates == []  # nothing shown has changed
    room.clock.advance(0.4)
    runner.timer_fires()
    assert updates == []
    room.clock.advance(0.6)
    runner.timer_fires()
    assert updates == [1]
    assert runner.remaining() == "09:59"


def test_end_an_interrupted_session_from_the_offer(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_Space)
    advance(room, 90)
    room.runner.heartbeat()
    live = room.runner.session()
    room.app.shutdown()

    second = launch()
    end = answer("End it now")
    window = unlock(qtbot, second)
    qtbot.waitUntil(lambda: end.answered)
    runner = RunnerDriver.of(window)
    assert runner.live is None
    assert second.workspace is not None and second.workspace.sessions.running() == []
    summary = second.workspace.sessions.summary(live.session_id)
    assert summary.ended_at is not None
    assert [round(s.actual_seconds) for s in summary.segments] == [90, 0, 0]
    assert {a.status for a in summary.attendance} == {"absent"}  # nobody was marked
    dialog = runner.summary
    assert dialog is not None and dialog.isVisible()
    dialog.close()
