"""Unlocking a workspace an older version wrote: whatever goes wrong during the upgrade,
the unlock window says so and the file stays as it was; an error nobody expected still
ends in a message (the crash box), never in silence."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import alembic.op
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.crash_log import CrashReporter
from facilitator_desktop.models.migrate import head_revision
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups
from facilitator_desktop.ui.crash_dialog import CrashDialogs
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, unlock
from tests.helpers.old_workspaces import revision_of, workspace_at_revision


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workspace_at_revision(tmp_path_factory.mktemp("old") / "data", "0004", PASSPHRASE)


@pytest.fixture
def old_app(launch: Launch, data_dir: Path, pristine: Path) -> FacilitatorApp:
    data_dir.mkdir()
    shutil.copyfile(pristine, data_dir / DATABASE_NAME)
    return launch()


def try_unlock(qtbot: QtBot, app: FacilitatorApp) -> str:
    """Type the passphrase, press Enter; the unlock window's message (it stays up)."""
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible() and app.window is None
    return dialog.problem.message()


def test_an_upgrade_that_fails_is_told_and_the_next_unlock_upgrades(
    qtbot: QtBot, old_app: FacilitatorApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = alembic.op.create_table

    def create_table(name: str, *columns: Any, **kw: Any) -> Any:
        if name == "sealed_settings":
            raise RuntimeError("a migration step failed half-way")
        return real(name, *columns, **kw)

    monkeypatch.setattr(alembic.op, "create_table", create_table)
    message = try_unlock(qtbot, old_app)
    assert "could not be brought up to date" in message
    assert "left exactly as it was" in message
    assert revision_of(data_dir / DATABASE_NAME) == "0004"
    assert old_app.unlock_dialog is not None and not old_app.unlock_dialog.passphrase.text()

    monkeypatch.undo()
    window = unlock(qtbot, old_app)
    assert window.isVisible()
    assert revision_of(data_dir / DATABASE_NAME) == head_revision()


def test_no_room_for_the_backup_first_is_told(
    qtbot: QtBot, old_app: FacilitatorApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Storage-layer fault (the real full disk: tests/security/test_upgrade_faults)."""

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "fsync_path", no_space)
    message = try_unlock(qtbot, old_app)
    assert "The disk is full" in message and "Free some disk space" in message
    assert revision_of(data_dir / DATABASE_NAME) == "0004"


@pytest.fixture
def crash_boxes() -> Iterator[CrashDialogs]:
    reporter = CrashReporter()
    reporter.install()
    dialogs = CrashDialogs()
    dialogs.attach(reporter)
    try:
        yield dialogs
    finally:
        dialogs.detach(reporter)
        reporter.uninstall()
        if dialogs.box is not None:
            dialogs.box.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_nobody_expected_during_unlock_is_still_shown(
    qtbot: QtBot,
    old_app: FacilitatorApp,
    crash_boxes: CrashDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_open(*_args: object, **_kwargs: object) -> Workspace:
        raise LookupError("an error no one wrote a message for")

    monkeypatch.setattr(Workspace, "open", broken_open)
    try_unlock(qtbot, old_app)
    qtbot.waitUntil(lambda: crash_boxes.box is not None and crash_boxes.box.isVisible())
    assert crash_boxes.box is not None
    assert crash_boxes.box.report.exception == "LookupError"
    # The unlock window stays usable: type again, unlock for real once it works.
    monkeypatch.undo()
    dialog = old_app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.clear()
    window = unlock(qtbot, old_app)
    assert window.isVisible()
