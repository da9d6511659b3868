"""The wall clock given to the app is the one its windows read."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import build_app
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.driving import unlock

FIXED = datetime(2031, 3, 14, 12, 0)


def test_the_injected_wall_clock_reaches_the_windows(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, tmp_path: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = build_app(
        data_dir, kdf_params=FLOOR, settings=settings, qapp=qapp, wall_clock=lambda: FIXED
    )
    try:
        window = unlock(qtbot, app)
        assert window.ctx.now() == FIXED
        assert window.ctx.today() in (date(2031, 3, 14), date(2031, 3, 13), date(2031, 3, 15))
        assert app.workspace is not None and app.workspace.context.now() == FIXED
    finally:
        app.shutdown()
