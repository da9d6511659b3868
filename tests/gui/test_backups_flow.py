"""Backups in the running app: one on quit, restore from the Backups dialog, and a damaged
or missing database met with an offer to restore — never a silent new empty workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, stored, unlock
from tests.gui.restore_driving import BoxAnswers


def seed_with_backup(data_dir: Path) -> Path:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Before the backup"))
        ws.notes.create(NoteDraft("kept in the backup", group.id))
        return ws.create_backup()


def test_quitting_makes_a_verified_backup(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        ws.groups.create(GroupDraft("Group"))
    app = launch()
    unlock(qtbot, app)
    assert backups.list_backups(data_dir) == []
    app.shutdown()
    (made,) = backups.list_backups(data_dir)
    assert made.groups == 1


def test_restore_from_the_backups_dialog(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    backup = seed_with_backup(data_dir)
    with stored(data_dir) as ws:
        ws.groups.create(GroupDraft("After the backup"))
    app = launch()
    window = unlock(qtbot, app)
    dialog = window.open_backups()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.selected_path() == backup
    prompt = answer("Restore")
    dialog.restore.click()
    assert prompt.answered
    # Back at the lock screen on the restored workspace; the state before restoring was
    # itself backed up first.
    qtbot.waitUntil(lambda: app.unlock_dialog is not None and app.unlock_dialog.isVisible())
    window = unlock(qtbot, app)
    assert [g.name for g in window.ctx.workspace.groups.list()] == ["Before the backup"]
    assert len(backups.list_backups(data_dir)) == 2


def test_a_damaged_database_offers_the_latest_backup(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    seed_with_backup(data_dir)
    database_path(data_dir).write_bytes(b"\0" * 8192)  # zeroed by a failing disk
    app = launch()
    prompt = answer("Restore backup")
    window = unlock(qtbot, app)
    assert "damaged" in prompt.question
    assert [n.body for n in window.ctx.workspace.notes.find()] == ["kept in the backup"]
    assert any(p.name.startswith("workspace.db.damaged-") for p in data_dir.iterdir())


def test_declining_the_offer_keeps_the_damage_message(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    seed_with_backup(data_dir)
    database_path(data_dir).write_bytes(b"garbage" * 1000)
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None
    prompt = answer("Cancel")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert prompt.answered and app.window is None
    assert "damaged" in dialog.problem.message().lower()


def test_a_missing_database_with_backups_is_not_a_new_workspace(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seed_with_backup(data_dir)
    database_path(data_dir).unlink()
    answers = BoxAnswers(["Restore a backup", "Restore backup"]).arm()
    app = launch()
    assert answers.seen and app.create_dialog is None
    window = unlock(qtbot, app)
    assert answers.done and not answers.misses
    assert [g.name for g in window.ctx.workspace.groups.list()] == ["Before the backup"]
