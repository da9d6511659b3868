"""Run on a real X server by test_xvfb_screens.py (not a test itself):

    python -m tests.gui.xvfb_room_driver FOLDER [ANSWER]

The real app on the xcb platform: a group's session is started, F11 is pressed as a key,
and what happened is written to FOLDER/result.json, with a picture of every screen taken
from the X server (FOLDER/screen-N.png). ANSWER is the button to click if the app asks a
question (the mirrored-screens warning).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_desktop.app import build_app, ensure_application
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.ui.room_display import BACKGROUND, RoomDisplay
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.test_runner_helpers import set_up_group

WAIT_MS = 15_000


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_MS / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QTest.qWait(20)


def share_of(image: QImage, area: QRect, colour: QColor) -> float:
    """Share of sampled pixels in `area` (image coordinates) that are `colour`."""
    area = area.intersected(image.rect())
    hits = total = 0
    for y in range(area.top(), area.bottom() + 1, 7):
        for x in range(area.left(), area.right() + 1, 7):
            total += 1
            hits += image.pixelColor(x, y).rgb() == colour.rgb()
    return hits / total if total else 0.0


def rect(area: QRect) -> list[int]:
    return [area.x(), area.y(), area.width(), area.height()]


class Answerer:
    """Clicks the button labelled `label` in the next message box, noting its question."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.question = ""
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        for button in box.buttons():
            if button.text().replace("&", "") == self.label:
                self.question = box.text()
                self.timer.stop()
                button.click()
                return


def main(argv: list[str]) -> int:
    folder = Path(argv[1])
    answer = argv[2] if len(argv) > 2 else ""
    data = folder / "data"
    ws = Workspace.create(data, PASSPHRASE, kdf_params=FLOOR)
    group_id, members = set_up_group(ws)
    ws.close()

    qapp = ensure_application()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    app = build_app(data, kdf_params=FLOOR, settings=settings, qapp=qapp)
    dialog = app.unlock_dialog
    assert dialog is not None
    wait_until(dialog.isVisible, "the unlock window")
    QTest.keyClicks(dialog.passphrase, PASSPHRASE)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: app.window is not None and app.window.isVisible(), "the main window")
    window = app.window
    assert window is not None and app.ctx is not None
    QTest.qWaitForWindowExposed(window, WAIT_MS)
    window.activateWindow()
    wait_until(window.isActiveWindow, "the main window to take the keys")

    app.ctx.reload_groups(select=group_id)
    window.show_page(RunnerPage.key)
    runner = RunnerDriver.of(window)
    runner.open_session()
    live = runner.session()
    for member_id in members.values():
        live.mark(member_id, "present")
    runner.actions.toggle()  # the clock starts

    answerer = Answerer(answer) if answer else None
    QTest.keyClick(window, Qt.Key.Key_F11)
    display = runner.room
    assert isinstance(display, RoomDisplay)
    QTest.qWaitForWindowExposed(display, WAIT_MS)
    wait_until(display.isFullScreen, "the room display to go full screen")
    QTest.qWait(800)  # the window manager-less server maps and paints
    if display.screen() == window.screen():
        # On one screen the room view takes the keys; a loaded machine may deliver the
        # activation late, so give it a few seconds before reading it (no failure here).
        deadline = time.monotonic() + 3
        while not display.isActiveWindow() and time.monotonic() < deadline:
            QTest.qWait(20)

    screens = QGuiApplication.screens()
    shots = []
    for index, screen in enumerate(screens):
        image = screen.grabWindow(0).toImage()
        image.save(str(folder / f"screen-{index}.png"))
        shots.append(image)
    target = display.screen()
    target_index = screens.index(target)
    own_index = screens.index(window.screen())
    local = QRect(display.geometry())
    local.translate(-target.geometry().topLeft())
    panels = QRect(window.frameGeometry())
    panels.translate(-window.screen().geometry().topLeft())
    result = {
        "screens": [{"name": s.name(), "geometry": rect(s.geometry())} for s in screens],
        "display_screen": target.name(),
        "display_screen_index": target_index,
        "display_geometry": rect(display.geometry()),
        "full_screen": display.isFullScreen(),
        "display_active": display.isActiveWindow(),
        "window_screen_index": own_index,
        "window_active": window.isActiveWindow(),
        "hint": display.hint(),
        "status": window.statusBar().currentMessage(),
        "question": answerer.question if answerer is not None else "",
        "blanked": display.blanked,
        "display_dark_share": share_of(shots[target_index], local, QColor(BACKGROUND)),
        "panels_dark_share": share_of(shots[own_index], panels, QColor(BACKGROUND)),
    }
    (folder / "result.json").write_text(json.dumps(result, indent=2))
    display.close()
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
