"""The first window: it comes first (what it needs loads before it, the rest after), and
its passphrase field."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.ui.calm_style import CalmStyle
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, click

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
# Loaded while the passphrase is typed (or when first used), never before the first window.
LATER = (
    "sqlalchemy",
    "cryptography",  # Argon2id included: it is cryptography's
    "alembic",
    "reportlab",
    "uharfbuzz",
    "facilitator_desktop.workspace",
    "facilitator_desktop.ui.main_window",
    "facilitator_desktop.ui.idle",
    "facilitator_desktop.ui.calm_style",
    "facilitator_desktop.services.settings",  # the workspace's registry (the app's is light)
    "facilitator_desktop.ui.system_lock",  # and with it Qt D-Bus
    "facilitator_desktop.ui.page_set",
)


def test_every_module_named_later_exists() -> None:
    # A misspelt or removed name would be "not in sys.modules" for ever: a check that
    # could never fail.
    assert [name for name in LATER if importlib.util.find_spec(name) is None] == []


def test_the_unlock_window_is_built_without_the_heavy_modules(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "data", PASSPHRASE, kdf_params=FLOOR).close()
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from facilitator_desktop.app import build_app, ensure_application

        folder = Path(sys.argv[1])
        qapp = ensure_application()
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        app = build_app(folder / "data", settings=settings, qapp=qapp)
        assert app.unlock_dialog is not None and app.unlock_dialog.isVisible()
        print(",".join(name for name in {LATER!r} if name in sys.modules))
        app.shutdown()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_style_follows_the_first_window(
    qtbot: QtBot, qapp: QApplication, launch: Launch, data_dir: Path
) -> None:
    qapp.setStyle("Fusion")
    app = launch()
    assert app.create_dialog is not None and app.create_dialog.isVisible()
    assert not isinstance(qapp.style(), CalmStyle)
    qtbot.waitUntil(lambda: isinstance(qapp.style(), CalmStyle), timeout=3000)


def test_quit_after_first_paint_reports_the_time(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "data", PASSPHRASE, kdf_params=FLOOR).close()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator_desktop",
            "--data-dir",
            str(tmp_path / "data"),
            "--quit-after-first-paint",
        ],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    label, seconds = done.stdout.split()
    assert label == "first-paint" and 0 < float(seconds) < 30


def test_show_passphrase_shows_it_and_still_keeps_it_from_input_methods(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    dialog = launch().unlock_dialog
    assert dialog is not None
    field = dialog.passphrase
    private = (
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.inputMethodHints() & private == private
    qtbot.keyClicks(field, "lantern")

    click(qtbot, dialog.show_box)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert field.displayText() == "lantern"
    assert field.inputMethodHints() & private == private

    click(qtbot, dialog.show_box)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.displayText() != "lantern"
