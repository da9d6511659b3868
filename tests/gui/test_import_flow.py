"""Import from another laptop, in the first window: choose the file, type its passphrase,
and either the workspace opens or the reason is shown where the facilitator started, with
nothing installed and the way forward (create, import again, quit) still open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import StorageError, WorkspaceTooNew
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.ui.import_dialog import ImportDialog
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_import import STAGING_PREFIX
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, click, create_workspace
from tests.gui.driving import unlock as unlock_with
from tests.helpers.hostile_imports import NEWER_REVISION, REFUSED, edited, export_at_revision


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    with Workspace.create(tmp_path / "old-laptop", PASSPHRASE, kdf_params=FLOOR) as old:
        old.groups.create(GroupDraft("Moved with me"))
        return old.export_to(tmp_path / "usb" / "workspace.fdw")


def choose_import(
    qtbot: QtBot, app: FacilitatorApp, monkeypatch: pytest.MonkeyPatch, chosen: Path | None
) -> ImportDialog | None:
    """Click "Import from another laptop…" and pick `chosen` (None: cancel the chooser)."""
    first = app.create_dialog
    assert first is not None and first.isVisible() and first.import_button.isVisible()
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *args: (str(chosen) if chosen else "", ""),
    )
    click(qtbot, first.import_button)
    return first.import_dialog


def type_passphrase(qtbot: QtBot, importer: ImportDialog, passphrase: str) -> None:
    assert importer.isVisible()
    importer.passphrase.setFocus()
    qtbot.keyClicks(importer.passphrase, passphrase)
    qtbot.keyClick(importer.passphrase, Qt.Key.Key_Return)


def assert_back_where_they_started(app: FacilitatorApp, data_dir: Path) -> None:
    first = app.create_dialog
    assert first is not None and first.isVisible()
    assert first.import_dialog is None
    assert app.unlock_dialog is None and app.window is None
    assert not data_dir.exists()
    assert not list(data_dir.parent.glob(f"{STAGING_PREFIX}*"))


def test_right_passphrase_opens_the_imported_workspace(
    qtbot: QtBot, launch: Launch, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    assert exported.name in importer.file_label.text()
    assert not importer.import_button.isEnabled()  # nothing typed yet
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert app.window is not None and app.window.isVisible()
    assert app.unlock_dialog is None and app.create_dialog is None  # straight in
    assert [g.name for g in app.window.ctx.workspace.groups.list()] == ["Moved with me"]
    assert importer.passphrase.text() == ""


def test_wrong_passphrase_is_said_and_can_be_typed_again(
    qtbot: QtBot, launch: Launch, data_dir: Path, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    type_passphrase(qtbot, importer, "not the one")
    assert importer.isVisible()
    assert "does not unlock" in importer.error.message()
    assert importer.passphrase.text() == ""
    assert not data_dir.exists()
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert app.window is not None and app.window.isVisible()


@pytest.mark.parametrize("kind", list(REFUSED))
def test_hostile_file_leaves_the_facilitator_in_the_first_window(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    exported: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    spoil, reason = REFUSED[kind]
    spoil(exported)
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert not importer.isVisible()
    assert_back_where_they_started(app, data_dir)
    first = app.create_dialog
    assert first is not None
    assert reason in first.problem.message() and first.problem.isVisible()
    # Not stranded: a new workspace can still be created from here.
    window = create_workspace(qtbot, app)
    assert window.ctx.workspace.groups.list() == []


def test_newer_workspace_says_to_update_the_app(
    qtbot: QtBot, launch: Launch, data_dir: Path, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited(exported, NEWER_REVISION)
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert_back_where_they_started(app, data_dir)
    assert app.create_dialog is not None
    assert app.create_dialog.problem.message() == WorkspaceTooNew().message


def test_a_refused_file_can_be_followed_by_a_good_one(
    qtbot: QtBot, launch: Launch, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "usb" / "bad.fdw"
    shutil.copyfile(exported, bad)
    edited(bad, "CREATE VIEW everyone AS SELECT * FROM members")
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, bad)
    assert importer is not None
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert app.create_dialog is not None and app.create_dialog.problem.isVisible()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    assert not app.create_dialog.problem.isVisible()  # the old reason is not left standing
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert app.window is not None and app.window.isVisible()


def test_older_workspace_is_migrated_and_opens(
    qtbot: QtBot, launch: Launch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, export_at_revision(tmp_path, "0004"))
    assert importer is not None
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert app.window is not None and app.window.isVisible()
    assert [g.name for g in app.window.ctx.workspace.groups.list()] == ["Grief group"]


def test_cancel_or_escape_returns_to_the_first_window(
    qtbot: QtBot, launch: Launch, data_dir: Path, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    qtbot.keyClicks(importer.passphrase, "half typed")
    click(qtbot, importer.cancel_button)
    assert_back_where_they_started(app, data_dir)
    assert importer.passphrase.text() == ""  # not kept in a hidden dialog
    assert app.create_dialog is not None and not app.create_dialog.problem.isVisible()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None
    qtbot.keyClick(importer.passphrase, Qt.Key.Key_Escape)
    assert_back_where_they_started(app, data_dir)


def test_closing_the_file_chooser_does_nothing(
    qtbot: QtBot, launch: Launch, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launch()
    assert choose_import(qtbot, app, monkeypatch, None) is None
    assert_back_where_they_started(app, data_dir)


def test_installed_but_not_opened_shows_the_unlock_screen_it_can_leave(
    qtbot: QtBot, launch: Launch, data_dir: Path, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should opening fail after a good import (a disk error, say), the workspace is there:
    the facilitator meets the ordinary unlock screen, with its Quit button."""
    app = launch()
    importer = choose_import(qtbot, app, monkeypatch, exported)
    assert importer is not None

    real_open = Workspace.open
    attempts: list[Path] = []

    def fails_once(folder: Path, passphrase: str, **kwargs: object) -> Workspace:
        attempts.append(folder)
        if len(attempts) == 1:
            raise StorageError()
        return real_open(folder, passphrase)  # from the unlock screen: for real

    monkeypatch.setattr(Workspace, "open", fails_once)
    type_passphrase(qtbot, importer, PASSPHRASE)
    assert (data_dir / "workspace.db").exists()
    assert app.create_dialog is None and app.window is None
    unlock = app.unlock_dialog
    assert unlock is not None and unlock.isVisible() and unlock.quit_button.isVisible()
    window = unlock_with(qtbot, app)
    assert len(attempts) == 2
    assert [g.name for g in window.ctx.workspace.groups.list()] == ["Moved with me"]
