"""Backups… after the clock was changed, with another workspace's backups in the folder and
with one damaged record: newest by sequence first, a note about the dates, only this
workspace's backups, and a backup still made."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.backups_dialog import BackupsDialog
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE
from tests.helpers.file_damage import alter_sealed_value


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def open_dialog(qtbot: QtBot, ws: Workspace) -> BackupsDialog:
    dialog = BackupsDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog: BackupsDialog) -> list[Path]:
    items = (dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount()))
    return [Path(item.data(0, Qt.ItemDataRole.UserRole)) for item in items if item is not None]


def test_after_the_clock_went_back_the_list_follows_the_order_made(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = Clock()
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR, now=clock)
    first = ws.create_backup()
    clock.now -= timedelta(days=365)
    newest = ws.create_backup()
    dialog = open_dialog(qtbot, ws)
    assert rows(dialog) == [newest, first]
    assert dialog.selected_path() == newest  # the one a restore would take by default
    assert dialog.clock_note.isVisible()
    assert "clock was changed" in dialog.clock_note.text()
    assert "2025" in dialog.list.topLevelItem(0).text(0)  # made second, dated a year back
    ws.close()


def test_dates_in_order_need_no_note(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.create_backup()
    workspace.create_backup()
    dialog = open_dialog(qtbot, workspace)
    assert len(rows(dialog)) == 2 and not dialog.clock_note.isVisible()


def test_only_this_workspaces_backups_are_listed(qtbot: QtBot, data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as first:
        older = first.create_backup()
    database_path(data_dir).unlink()
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as second:
        dialog = open_dialog(qtbot, second)
        assert rows(dialog) == [] and dialog.status.text() == "No backups yet."
        qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
        assert rows(dialog) == [backups.list_backups(data_dir, second.keyring.workspace_id)[0].path]
        assert older.exists()


def test_back_up_now_with_one_damaged_note_still_backs_up_and_says_so(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Group"))
        notes = [ws.notes.create(NoteDraft(f"note {i}", group.id)) for i in range(3)]
    alter_sealed_value(database_path(data_dir), "notes", "body_ct", notes[1].id)
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        dialog = open_dialog(qtbot, ws)
        qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
        assert len(rows(dialog)) == 1
        # One damaged record, said in the singular (the English catalogue's plural form).
        assert dialog.status.text().startswith("Backup made. A damaged record was found")
