"""Never lose a session: the app goes away mid-turn (dropped, or killed), the next start
offers to resume, the speaker's turn ends at the last heartbeat and the session waits,
paused, for Space."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, PromptAnswerer, click, unlock
from tests.gui.test_runner_helpers import advance, open_room, press, set_up_group

K = Qt.Key


def test_dropped_mid_turn_then_resumed(
    qtbot: QtBot, launch: Launch, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)  # All present
    qtbot.waitUntil(lambda: runner.attendance()[4].status == "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # the round starts with Anna, who speaks
    live = runner.session()
    advance(room, 25)
    runner.heartbeat()  # what the 10-second heartbeat timer does
    advance(room, 40)  # she goes on; then the battery dies: nothing else reaches the disk
    session_id = live.session_id
    room.app.shutdown()  # the window is gone without "End session"

    second = launch()
    later = answer("Decide later")
    window = unlock(qtbot, second)
    # Asked once the window has painted; the keys come back to it after the answer.
    qtbot.waitUntil(lambda: later.answered and window.isActiveWindow())
    assert later.question.startswith("A session of Thursday Circle was interrupted at ")
    assert later.question.endswith(". Resume it?")
    runner = RunnerDriver.of(window)
    assert runner.live is None
    # The Session page keeps offering it.
    interrupted = runner.interrupted()
    assert interrupted is not None and interrupted.startswith("A session of Thursday Circle")

    window.show_page(RunnerPage.key)
    click(qtbot, runner.idle.resume_button)
    live = runner.session()
    assert live.session_id == session_id
    snapshot = live.snapshot()
    assert snapshot.agenda.phase == "paused"
    (turn,) = live.runner.turns
    assert (turn.started_at, turn.ended_at, turn.passed) == (0.0, 25.0, False)
    assert runner.timer_state() == "Paused"
    assert runner.toggle_text().startswith("Resume")
    assert runner.speaker_caption() == "Nobody is speaking"
    assert runner.next_up() == "Up next: Bo"
    assert runner.statuses() == ["present"] * 5
    assert "paused" in window.statusBar().currentMessage()

    # The stored turn is there too, and Space goes on from where it was.
    stored = second.workspace
    assert stored is not None
    assert [(t.member_id, t.duration) for t in stored.sessions.summary(session_id).turns] == [
        (room.members["Anna"], 25.0)
    ]
    press(qtbot, K.Key_Space)
    assert live.snapshot().agenda.phase == "running"
    press(qtbot, K.Key_N)
    assert runner.speaker() == "Bo"


WORKER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from facilitator_desktop.app import build_app, ensure_application
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.clock import FakeClock

data, settings, passphrase = sys.argv[1:4]
qapp = ensure_application()
app = build_app(Path(data), kdf_params=FLOOR, qapp=qapp,
                settings=QSettings(settings, QSettings.Format.IniFormat))
app.unlock_dialog.passphrase.setText(passphrase)
QTest.keyClick(app.unlock_dialog.passphrase, Qt.Key.Key_Return)
page = app.window.pages["session"]
app.window.show_page("session")
clock = FakeClock(0.0)
page.use_clock(clock)
keys = page.room_actions
keys.toggle()                               # open the session
page.panels.attendance_panel.all_button.click()  # everyone is here
keys.toggle()                               # start
keys.queue_digit(2)                         # the round starts with Bo speaking
clock.advance(80)
page.heartbeat()
clock.advance(30)
print("speaking", flush=True)
while True:
    qapp.processEvents()
    time.sleep(0.02)
"""


@pytest.mark.slow
def test_killed_mid_turn_then_resumed(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    settings_path: Path,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        _group_id, members = set_up_group(ws)
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(data_dir), str(settings_path), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert worker.stdout is not None
    try:
        assert worker.stdout.readline().strip() == "speaking"
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        worker.stdout.close()

    app = launch()
    resume = answer("Resume")
    window = unlock(qtbot, app)
    qtbot.waitUntil(lambda: resume.answered and window.isActiveWindow())
    runner = RunnerDriver.of(window)
    assert window.current_page() is runner.page
    live = runner.session()
    assert live.snapshot().agenda.phase == "paused"
    (turn,) = live.runner.turns
    assert (turn.member_id, turn.started_at, turn.ended_at) == (members["Bo"], 0.0, 80.0)
    assert runner.next_up() == "Up next: Chidi"
    assert runner.remaining() == "08:40"  # 10 min less the 80 s
