"""What unlocking needs loads while the unlock window waits, on one thread at a time."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.ui.start_preload import AFTER_FIRST_PAINT_MS, PRELOADED, QT_MODULES
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch


def test_every_module_named_for_the_preload_exists() -> None:
    # A misspelt name would fail in a background thread, as a crash box at start.
    names = [*PRELOADED, *QT_MODULES[:3]]
    assert [name for name in names if importlib.util.find_spec(name) is None] == []


def test_the_preload_is_done_while_the_unlock_window_waits(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    app = launch()
    assert not app.preload.started  # nothing competes with the first paint
    qtbot.waitUntil(lambda: app.preload.done, timeout=20_000)


def test_an_unlock_before_the_preload_starts_leaves_it_unstarted(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # typed faster than anyone can
    assert app.window is not None and app.window.isVisible()
    qtbot.wait(AFTER_FIRST_PAINT_MS * 2)
    assert not app.preload.started  # the GUI thread imported it all itself, alone
