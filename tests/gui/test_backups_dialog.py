"""Backups…: back up now, see what each backup holds, choose one to restore, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.settings import BACKUP_KEEP
from facilitator_desktop.ui import backups_dialog
from facilitator_desktop.ui.backups_dialog import BackupsDialog
from facilitator_desktop.workspace import Workspace


@pytest.fixture
def dialog(workspace: Workspace, qtbot: QtBot) -> BackupsDialog:
    group = workspace.groups.create(GroupDraft("Group"))
    workspace.members.add(group.id, MemberDraft("Anna"))
    dialog = BackupsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_back_up_now_lists_what_it_holds(dialog: BackupsDialog, qtbot: QtBot) -> None:
    assert dialog.list.topLevelItemCount() == 0
    qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1).startswith("1 group · 1 member · 0 sessions")
    assert "verified" in dialog.status.text()


def test_restore_asks_then_hands_the_choice_to_the_app(
    dialog: BackupsDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(backups_dialog, "confirm", lambda *args: False)
    with qtbot.assertNotEmitted(dialog.restoreRequested):
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(backups_dialog, "confirm", lambda *args: True)
    with qtbot.waitSignal(dialog.restoreRequested) as chosen:
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert Path(chosen.args[0]) == dialog_path(dialog)


def dialog_path(dialog: BackupsDialog) -> Path:
    from facilitator_desktop.services import backups

    return backups.list_backups(dialog._ws.data_dir)[0].path


def test_keep_setting_and_export(
    dialog: BackupsDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.keep.setValue(4)
    assert dialog._ws.settings.get(BACKUP_KEEP) == 4
    target = tmp_path / "usb" / "moved.fdw"
    monkeypatch.setattr(
        backups_dialog.QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
    )
    qtbot.mouseClick(dialog.export, Qt.MouseButton.LeftButton)
    assert target.exists() and "Exported" in dialog.status.text()
