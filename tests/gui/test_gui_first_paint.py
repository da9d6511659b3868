"""The first window: it comes first (what it needs loads before it, the rest after), and
its passphrase field."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.cli import QUIT_AFTER_FIRST_PAINT
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.ui import first_paint
from facilitator_desktop.ui.app_settings import COLOUR_SCHEME, AppSettings
from facilitator_desktop.ui.calm_style import CalmStyle
from facilitator_desktop.ui.first_paint import PAINT_FALLBACK_MS, QuitAfterFirstPaint
from facilitator_desktop.ui.i18n import is_right_to_left
from facilitator_desktop.ui.widgets.tone import ToneLabel
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, click

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
# Loaded while the passphrase is typed (or when first used), never before the first window.
LATER = (
    "dataclasses",  # ~4 ms with what it loads: what the window needs uses named tuples
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
    "facilitator_desktop.ui.crash_dialog",  # attached once the first window is painted
    "facilitator_desktop.ui.widgets.banner",  # the lock's notice, built when there is one
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
        # What the command line and app.run() load before the window, besides build_app.
        import facilitator_desktop.cli, facilitator_desktop.crash_log
        import facilitator_desktop.ui.single_instance, facilitator_desktop.hardening

        folder = Path(sys.argv[1])
        qapp = ensure_application()
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("theme/system_scheme", "light")  # not the first start
        app = build_app(folder / "data", settings=settings, qapp=qapp)
        assert app.unlock_dialog is not None and app.unlock_dialog.isVisible()
        print(",".join(name for name in {LATER!r} if name in sys.modules))
        # PySide6 builds a class's enums when the class is first used: the ~90 of the `Qt`
        # namespace cost ~13 ms, QIcon's ~2.5 ms (a button given its parent by position),
        # the event loop's and QByteArray's ~0.5 ms each.
        import PySide6.QtCore, PySide6.QtGui
        core, gui = vars(PySide6.QtCore), vars(PySide6.QtGui)
        built = [name for name in ("Qt", "QEventLoop", "QByteArray") if name in core]
        built += [name for name in ("QIcon",) if name in gui]
        print(" ".join(built) + " built" if built else "")
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


def _palette_is_dark(qapp: QApplication) -> bool:
    return qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def test_the_first_window_paints_in_the_scheme_of_the_last_start_then_follows_the_system(
    qtbot: QtBot, qapp: QApplication, launch: Launch, data_dir: Path, settings_path: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    system_dark = _system_is_dark()
    remembered = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    remembered.set(COLOUR_SCHEME, "light" if system_dark else "dark")  # switched since
    remembered.sync()
    app = launch()
    try:
        assert _palette_is_dark(qapp) is not system_dark  # as it was last time: no asking
        qtbot.waitSignal(app.firstWindowPainted, timeout=3000).wait()
        assert _palette_is_dark(qapp) is system_dark and app.theme.dark is system_dark
        app.settings.sync()
        reread = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        assert reread.get(COLOUR_SCHEME) == ("dark" if system_dark else "light")
    finally:
        app.theme.force(None)


def test_the_very_first_start_asks_the_system_before_painting(
    qapp: QApplication, launch: Launch, settings_path: Path
) -> None:
    app = launch()  # a new install: no settings file, no workspace (the create window)
    assert app.create_dialog is not None
    assert _palette_is_dark(qapp) is _system_is_dark()
    assert app.settings.get(COLOUR_SCHEME) == ("dark" if _system_is_dark() else "light")


def test_a_scheme_pinned_before_the_first_paint_stays_pinned(
    qtbot: QtBot, qapp: QApplication, launch: Launch
) -> None:
    app = launch()
    pinned = Qt.ColorScheme.Light if _system_is_dark() else Qt.ColorScheme.Dark
    app.theme.force(pinned)  # as the screenshot scripts do, right after build_app()
    try:
        qtbot.waitSignal(app.firstWindowPainted, timeout=3000).wait()
        qtbot.wait(50)
        assert _palette_is_dark(qapp) is (pinned == Qt.ColorScheme.Dark)
    finally:
        app.theme.force(None)


def test_a_first_window_replaced_before_it_paints_still_lets_the_app_follow_the_system(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None
    painted: list[bool] = []
    app.firstWindowPainted.connect(lambda: painted.append(True))
    dialog.hide()  # gone before the event loop ever painted it
    dialog.deleteLater()
    app.unlock_dialog = None
    # Sooner than the unpainted window's fallback: its going is what lets the app go on.
    qtbot.waitUntil(lambda: painted == [True], timeout=PAINT_FALLBACK_MS // 2)


def test_right_to_left_is_told_from_the_script_as_qt_tells_it() -> None:
    # Asked without a Qt.LayoutDirection (whose namespace costs ~13 ms before the first
    # window): the two must agree for every locale Qt knows.
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    assert len(locales) > 300
    wrong = [
        locale.name()
        for locale in locales
        if is_right_to_left(locale)
        is not (locale.textDirection() == Qt.LayoutDirection.RightToLeft)
    ]
    assert wrong == []
    assert is_right_to_left(QLocale("ar_EG")) and not is_right_to_left(QLocale("pl_PL"))


def test_labels_are_aligned_by_key_names_as_by_flags(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    # ToneLabel sets its alignment by the property's key names (no Qt namespace needed).
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    dialog = launch().unlock_dialog
    assert dialog is not None
    left = Qt.AlignmentFlag.AlignLeft
    assert dialog.intro.alignment() == left | Qt.AlignmentFlag.AlignTop
    line = ToneLabel("one line")
    qtbot.addWidget(line)
    line.setWordWrap(False)
    assert line.alignment() == left | Qt.AlignmentFlag.AlignVCenter
    line.setWordWrap(True)
    assert line.alignment() == left | Qt.AlignmentFlag.AlignTop


def test_the_recovery_link_shows_a_pointing_hand_once_the_window_is_painted(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    dialog = launch().unlock_dialog
    assert dialog is not None and dialog.recovery_link.isVisible()
    qtbot.waitUntil(
        lambda: dialog.recovery_link.cursor().shape() == Qt.CursorShape.PointingHandCursor,
        timeout=3000,
    )


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
        ],
        cwd=ROOT,
        env=dict(ENV, **{QUIT_AFTER_FIRST_PAINT: "1"}),
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


def test_the_start_up_probe_counts_the_first_frame_drawn_not_the_paint_about_to_begin(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark's probe prints once the window's widgets have drawn themselves, as the
    bare window it is compared with is timed (its label's words set up included)."""
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Unlock your workspace", window)
    happened: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                happened.append("label painted")
            return False

    def printed(text: str, **_kwargs: object) -> None:
        happened.append(text.split()[0])

    monkeypatch.setattr(first_paint, "print", printed, raising=False)
    seen = Painted(window)
    label.installEventFilter(seen)
    window.installEventFilter(QuitAfterFirstPaint(time.perf_counter(), window))
    window.show()
    qtbot.waitUntil(lambda: "first-paint" in happened)
    assert happened.index("label painted") < happened.index("first-paint")
    label.removeEventFilter(seen)
