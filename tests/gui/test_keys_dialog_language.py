"""The "?" list writes each key as the platform and the app's language write it (Qt's own
catalogue names the keys), while arrows, digits and ranges stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.runner.keys_dialog import KeysDialog, key_rows, native_key, native_keys

NATIVE = QKeySequence.SequenceFormat.NativeText


def native(portable: str) -> str:
    return QKeySequence(portable, QKeySequence.SequenceFormat.PortableText).toString(NATIVE)


@pytest.fixture
def qt_in_german(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_de", folder):
        pytest.fail("Qt's German catalogue ships with PySide6 and must load")
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_named_keys_follow_the_language(qt_in_german: None) -> None:
    keys = [key for key, _text in key_rows()]
    assert native("Space") != "Space"  # Qt's German names the key (the wording is Qt's)
    assert native("Space") in keys
    assert f"N  {native('PgDown')}" in keys  # the table's "PgDn" is Qt's PgDown
    assert native("PgUp") in keys
    assert native("Del") in keys and native("Ctrl+L") in keys
    assert "Space" not in keys


def test_arrows_digits_and_ranges_stay_as_written(qt_in_german: None) -> None:
    assert native_keys("Alt+↑") == native("Alt+Up").removesuffix(native("Up")) + "↑"
    for token in ("→", "←", "+", "?", "1–9", "0", "S"):
        assert native_key(token) == token
    assert native_keys("R 1–9") == "R 1–9"
    assert native_keys("0 1 2") == "0 1 2"


def test_something_qt_cannot_read_is_shown_as_the_table_wrote_it() -> None:
    assert native_key("Hyper+Nothing") == "Hyper+Nothing"


def test_the_list_keeps_its_keys_whole_in_german(qtbot: QtBot, qt_in_german: None) -> None:
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    assert [key for key, _text in dialog.rows] == [key for key, _text in key_rows()]
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700, hint  # a laptop screen still
