"""A group description and a handout welcome line typed through the window reach no file.

Both invite names ("for the family of …", "welcome, Anna"), so both are sealed like notes.
Markers are typed into each, the handout preview is built with the welcome line, the
workspace is locked (both fields are emptied with their undo history) and unlocked (both
come back), then the app quits. Every place the app could write — the data folder, the
temporary folder, the settings file and the whole isolated home folder — is searched for
each marker in UTF-8, UTF-16 and base64.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import build_app
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.settings import HANDOUT_WELCOME
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.handouts import HandoutsDriver
from tests.gui.driving import click, go_to, type_text, unlock
from tests.helpers import canary

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QDir.tempPath()) == folder
    return folder


def test_description_and_welcome_line_typed_in_the_window_reach_no_file(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, tmp_path: Path, temp_dir: Path
) -> None:
    description = canary.marker("description")
    welcome = canary.marker("welcome")
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Canary group"))  # names are plain by design
        ws.rules.save(group.id, [RuleCardDraft("Be kind", "We are kind to each other.")])
    settings_file = tmp_path / "config" / "settings.ini"
    app = build_app(
        data_dir,
        kdf_params=FAST_KDF,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        qapp=qapp,
    )
    titles: list[str] = []
    try:
        window = unlock(qtbot, app)
        go_to(qtbot, window, "groups")
        groups = window.pages["groups"]
        assert isinstance(groups, GroupsPage)
        groups.description_edit.setFocus()
        type_text(qtbot, groups.description_edit, f"For the family of {description}")
        click(qtbot, groups.save_button)
        assert groups.state_label.text() == ""

        handouts = HandoutsDriver.open(qtbot, window)
        handouts.type_welcome(f"Welcome, {welcome}")
        handouts.wait_ready()
        assert handouts.result() is not None  # the preview was built with the line
        go_to(qtbot, window, "groups")  # leaving the page keeps the line
        titles.append(" ".join(w.windowTitle() for w in QApplication.topLevelWidgets()))

        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert app.workspace is not None and app.workspace.locked
        assert groups.description_edit.toPlainText() == ""
        assert not groups.description_edit.document().isUndoAvailable()
        assert handouts.welcome() == "" and not handouts.welcome_undo_available()

        window = unlock(qtbot, app)
        assert groups.description_edit.toPlainText() == f"For the family of {description}"
        assert handouts.welcome() == f"Welcome, {welcome}"
        titles.append(" ".join(w.windowTitle() for w in QApplication.topLevelWidgets()))
    finally:
        app.shutdown()

    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert ws.groups.description(group.id) == f"For the family of {description}"
        assert ws.settings.get(HANDOUT_WELCOME) == f"Welcome, {welcome}"
    home = Path(os.environ["HOME"])  # isolated per test by tests/conftest.py
    places = [data_dir, temp_dir, settings_file.parent, home]
    assert canary.find_markers(places, [description, welcome]) == []
    assert not any(m in " ".join(titles) for m in (description, welcome))
