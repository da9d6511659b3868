"""The app's own settings file: typed through its registry, and what older versions or a
hand edit left there reads sensibly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from facilitator_desktop.ui.app_settings import (
    APP_SETTINGS,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_GROUP,
    WINDOW_PAGE,
    AppSettings,
)
from facilitator_desktop.ui.i18n import SYSTEM


def settings_in(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_a_fresh_file_reads_every_default(tmp_path: Path) -> None:
    settings = settings_in(tmp_path / "s.ini")
    assert [settings.get(s) for s in APP_SETTINGS] == [s.default for s in APP_SETTINGS]
    assert len({s.key for s in APP_SETTINGS}) == len(APP_SETTINGS)


def test_values_survive_a_restart(tmp_path: Path) -> None:
    first = settings_in(tmp_path / "s.ini")
    first.set(LANGUAGE, "pt_BR")
    first.set(WINDOW_GEOMETRY, b"\x01\xd9\xd0\xcb\x00\x03")
    first.set(WINDOW_PAGE, "notes")
    first.set(WINDOW_GROUP, 7)
    first.sync()
    again = settings_in(tmp_path / "s.ini")
    assert again.get(LANGUAGE) == "pt_BR"
    assert again.get(WINDOW_GEOMETRY) == b"\x01\xd9\xd0\xcb\x00\x03"
    assert again.get(WINDOW_PAGE) == "notes"
    assert again.get(WINDOW_GROUP) == 7


def test_what_an_older_version_or_a_hand_edit_left_reads_sensibly(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for setting, value in (
        (LANGUAGE, "klingon"),
        (WINDOW_GEOMETRY, QByteArray(b"\x01\x02")),  # how older versions kept it
        (WINDOW_GROUP, "the first one"),
    ):
        store.setValue(setting.key, value)
    store.sync()
    settings = settings_in(tmp_path / "s.ini")
    assert settings.get(LANGUAGE) == SYSTEM
    assert settings.get(WINDOW_GEOMETRY) == b"\x01\x02"
    assert settings.get(WINDOW_GROUP) is None
