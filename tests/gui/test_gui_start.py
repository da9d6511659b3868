"""First start (create), later starts (unlock), damaged workspaces, and Ctrl+L."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop import APP_NAME
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import WorkspaceCorrupt, WorkspaceTooNew, WrongPassphrase
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE
from tests.gui.driving import (
    Launch,
    PromptAnswerer,
    click,
    current_group_name,
    snapshot,
    stored,
    unlock,
)

WRONG_PASSPHRASE_TEXT = "does not unlock"


@pytest.fixture
def closed_workspace(data_dir: Path) -> Path:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Thursday Circle"))
        ws.members.add(group.id, MemberDraft("Ngozi", "Ngozi Okafor"))
    return data_dir


def test_first_start_creates_a_workspace(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    app = launch()
    dialog = app.create_dialog
    assert dialog is not None and dialog.isVisible()
    assert app.unlock_dialog is None
    assert "cannot be opened and nobody can recover it" in dialog.warning.text()
    assert not dialog.create_button.isEnabled()

    qtbot.keyClicks(dialog.passphrase, "short")
    assert "Too short" in dialog.strength.label.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert dialog.strength.label.text() == "Strong."
    qtbot.keyClicks(dialog.repeat, "correct horse battery stable")
    assert dialog.repeat_error.isVisibleTo(dialog)
    assert "do not match" in dialog.repeat_error.text()
    assert not dialog.create_button.isEnabled()

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "correct horse")  # still typing: no nagging yet
    assert not dialog.repeat_error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.repeat, " battery staple")
    assert dialog.create_button.isEnabled()
    click(qtbot, dialog.create_button)

    assert app.window is not None and app.window.isVisible()
    assert not dialog.isVisible()
    assert app.window.windowTitle() == APP_NAME
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    with stored(data_dir) as ws:
        assert ws.groups.list() == []


def test_wrong_passphrase_says_so_and_retry_works(
    qtbot: QtBot, launch: Launch, closed_workspace: Path
) -> None:
    before = snapshot(closed_workspace)
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None and app.create_dialog is None

    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    click(qtbot, dialog.unlock_button)
    assert WRONG_PASSPHRASE_TEXT in dialog.passphrase_error.text()
    assert dialog.passphrase_error.isVisibleTo(dialog)
    assert dialog.passphrase.text() == ""
    assert dialog.focusWidget() is dialog.passphrase
    assert dialog.isVisible() and app.window is None
    assert snapshot(closed_workspace) == before

    window = unlock(qtbot, app)
    assert not dialog.isVisible()
    assert current_group_name(window) == "Thursday Circle"


def _flip_slot_byte(folder: Path) -> None:
    with sqlite3.connect(database_path(folder)) as conn:
        (blob,) = conn.execute("SELECT blob FROM vault_slots").fetchone()
        damaged = bytearray(blob)
        damaged[len(damaged) // 2] ^= 0x01
        conn.execute("UPDATE vault_slots SET blob = ?", (bytes(damaged),))
    conn.close()


def _garbage_file(folder: Path) -> None:
    database_path(folder).write_bytes(b"not a database, just some bytes " * 64)


def _from_the_future(folder: Path) -> None:
    with sqlite3.connect(database_path(folder)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (_flip_slot_byte, WorkspaceCorrupt.default_message),
        (_garbage_file, WorkspaceCorrupt.default_message),
        (_from_the_future, WorkspaceTooNew.default_message),
    ],
    ids=["vault-slot-byte", "garbage-file", "newer-schema"],
)
def test_unopenable_workspace_explains_and_changes_nothing(
    qtbot: QtBot,
    launch: Launch,
    closed_workspace: Path,
    damage: Callable[[Path], None],
    expected: str,
) -> None:
    damage(closed_workspace)
    before = snapshot(closed_workspace)
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None

    for _attempt in range(2):  # retrying neither crashes nor changes the message
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.unlock_button)
        assert dialog.problem.text() == expected
        assert WRONG_PASSPHRASE_TEXT not in dialog.error_text()
        assert WrongPassphrase.default_message not in dialog.error_text()
        assert not dialog.passphrase_error.isVisibleTo(dialog)
        assert dialog.isVisible() and app.window is None
    assert snapshot(closed_workspace) == before


def test_ctrl_l_locks_and_unlock_returns_to_the_same_page(
    qtbot: QtBot, launch: Launch, closed_workspace: Path
) -> None:
    app = launch()
    window = unlock(qtbot, app)
    window.show_page("members")
    members = window.pages["members"]
    assert isinstance(members, MembersPage)
    assert members.model.rowCount() == 1
    assert members.alias_edit.text() == "Ngozi"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert app.workspace is not None and app.workspace.locked
    assert not window.isVisible()
    lock_dialog = app.unlock_dialog
    assert lock_dialog is not None and lock_dialog.isVisible()
    # Decrypted text is gone from the hidden window.
    assert members.model.rowCount() == 0
    assert members.alias_edit.text() == ""
    assert members.full_name_edit.text() == ""
    assert all(
        w.windowTitle() in (APP_NAME, "") for w in QApplication.topLevelWidgets() if w.isVisible()
    )

    qtbot.keyClicks(lock_dialog.passphrase, "wrong one")
    click(qtbot, lock_dialog.unlock_button)
    assert WRONG_PASSPHRASE_TEXT in lock_dialog.error_text()
    assert app.workspace.locked

    unlock(qtbot, app)
    assert not app.workspace.locked
    assert window.current_page().key == "members"
    assert members.alias_edit.text() == "Ngozi"


def test_quitting_from_the_lock_screen_asks_about_unsaved_edits(
    qtbot: QtBot,
    launch: Launch,
    closed_workspace: Path,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    app = launch()
    window = unlock(qtbot, app)
    groups = window.pages["groups"]
    assert isinstance(groups, GroupsPage)
    qtbot.keyClicks(groups.description_edit, "Meets in room 4")
    quits: list[bool] = []
    app.quitRequested.connect(lambda: quits.append(True))

    window.lock_action.trigger()
    lock_dialog = app.unlock_dialog
    assert lock_dialog is not None
    prompt = answer("Cancel")
    click(qtbot, lock_dialog.quit_button)
    assert prompt.answered and "Quit without saving this group?" == prompt.question
    assert lock_dialog.isVisible() and quits == []

    prompt = answer("Quit without saving")
    click(qtbot, lock_dialog.quit_button)
    assert prompt.answered and quits == [True]
