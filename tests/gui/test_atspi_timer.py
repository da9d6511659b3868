"""The real app as a screen reader meets it on Linux: `python -m facilitator_desktop` on a
real X server (Xvfb) with Qt's AT-SPI bridge on, driven and read only through the
accessibility tree (tests/helpers/a11y_atspi.py), never through Qt's own objects.

A session was interrupted mid-segment; its facilitator unlocks, resumes it and starts the
clock again, and the countdown's text is read from the tree: what the screen shows, and a
new value once a second has passed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.test_runner_helpers import set_up_group
from tests.helpers.a11y_atspi import ALERT, LABEL, PASSWORD_TEXT, PUSH_BUTTON, AtSpiSession, Node
from tests.helpers.xvfb import VirtualDisplay

ROOT = Path(__file__).resolve().parents[2]
#: The first segment is 10 minutes; the session was last alive 80 seconds into it.
ALIVE_FOR_S = 80
LEFT_WHEN_INTERRUPTED = "08:40"
COUNTDOWN = re.compile(r"^\d\d:\d\d$")
TIMER = "Time left in this segment"


def interrupted_session(data_dir: Path) -> None:
    """A workspace whose session ran 80 s and was never ended (a flat battery)."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        group_id, _ = set_up_group(ws)
        clock = FakeClock(0.0)
        live = ws.sessions.start(group_id, monotonic=clock)
        live.toggle()  # the clock runs
        clock.advance(ALIVE_FOR_S)
        live.heartbeat()


def read_changed(atspi: AtSpiSession, node: Node, old: str, seconds: float = 10.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = atspi.name(node)
        if text != old:
            return text
        time.sleep(0.2)
    return old


@pytest.mark.slow
def test_a_screen_reader_reads_the_countdown_of_the_real_app(
    tmp_path: Path, data_dir: Path
) -> None:
    interrupted_session(data_dir)
    log = tmp_path / "app.log"
    with (
        VirtualDisplay(tmp_path / "x", screens=[(1280, 800)]) as display,
        AtSpiSession(tmp_path / "bus", display) as atspi,
        log.open("wb") as output,
    ):
        app = subprocess.Popen(
            [sys.executable, "-m", "facilitator_desktop", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env={**atspi.env(), "PYTHONFAULTHANDLER": "1"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            # Unlock, resume, start: each through the tree, as with a screen reader.
            atspi.set_text(atspi.wait_for(PASSWORD_TEXT), PASSPHRASE)
            atspi.press(atspi.wait_for(PUSH_BUTTON, name="Unlock"))
            atspi.press(atspi.wait_for(PUSH_BUTTON, name="Resume", window=ALERT))
            timer = atspi.wait_for(LABEL, description=TIMER)
            # Paused where it was interrupted: the text shown, not a filler's silence.
            assert atspi.name(timer) == LEFT_WHEN_INTERRUPTED

            atspi.press(atspi.wait_for(PUSH_BUTTON, name="Resume  (Space)"))
            ticking = read_changed(atspi, timer, LEFT_WHEN_INTERRUPTED)
            assert COUNTDOWN.match(ticking), ticking
            assert "08:30" <= ticking < LEFT_WHEN_INTERRUPTED  # counts down, from there
            assert atspi.description(timer) == TIMER
        finally:
            quit_app(atspi, app)
    assert app.returncode == 0, log.read_text(errors="replace")


def quit_app(atspi: AtSpiSession, app: subprocess.Popen[bytes]) -> None:
    """SIGTERM, as a desktop's log-out sends: with a session open the app asks first,
    and the answer is given through the tree too."""
    app.terminate()
    try:
        app.wait(timeout=3)
        return
    except subprocess.TimeoutExpired:
        pass
    question = atspi.find(PUSH_BUTTON, name="Quit", window=ALERT, seconds=10)
    if question is not None:
        atspi.press(question)
    try:
        app.wait(timeout=30)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait(timeout=30)
