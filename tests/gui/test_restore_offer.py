"""The restore offer through the real window: the newest backup that passes its checks and
opens with the passphrase typed, a damaged newer one skipped with a note, a missing file
called missing, a file chosen by hand when no backup is good, and damaged pages found at
unlock leading here rather than to an error later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.settings import BACKUP_KEEP
from facilitator_desktop.ui import restore_offer
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, create_workspace, unlock
from tests.gui.restore_driving import BoxAnswers
from tests.helpers.file_damage import flip_page_byte


def seed(data_dir: Path, backups_made: int = 2) -> list[Path]:
    """A workspace whose every backup holds one more group: "Group 1", "Group 2", …"""
    made = []
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        for index in range(1, backups_made + 1):
            group = ws.groups.create(GroupDraft(f"Group {index}"))
            for note in range(12):  # several pages of notes, so one can be damaged alone
                ws.notes.create(NoteDraft(f"note {note} " + "words " * 50, group.id))
            made.append(ws.create_backup())
    return made


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path: what "nothing changed" compares."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def groups_of(app_window_ws: Workspace) -> list[str]:
    return sorted(g.name for g in app_window_ws.groups.list())


def type_passphrase(qtbot: QtBot, launch_app: object, passphrase: str = PASSPHRASE) -> None:
    dialog = launch_app.unlock_dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_a_damaged_newest_backup_is_skipped_with_a_note(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    older, newest = seed(data_dir)
    flip_page_byte(newest, "notes")  # the newest copy went bad on the disk
    database_path(data_dir).write_bytes(b"\0" * 8192)  # and so did the workspace
    app = launch()
    answers = BoxAnswers(["Restore backup"]).arm()
    window = unlock(qtbot, app)
    assert answers.done and not answers.misses
    (offer,) = answers.seen
    assert offer.title == "Workspace damaged"
    assert "This workspace is damaged. Restore the backup made" in offer.text
    assert "A newer backup, made" in offer.informative
    assert "is damaged and was skipped" in offer.informative
    assert groups_of(window.ctx.workspace) == ["Group 1"]  # the older, good one
    assert newest.exists()  # skipped, not deleted
    assert any(p.name.startswith("workspace.db.damaged-") for p in data_dir.iterdir())


def test_damaged_pages_found_at_unlock_lead_to_the_offer(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seed(data_dir)
    flip_page_byte(database_path(data_dir), "notes")  # one byte of one page
    app = launch()
    answers = BoxAnswers(["Restore backup"]).arm()
    window = unlock(qtbot, app)
    assert answers.done and "damaged" in answers.seen[0].text
    assert groups_of(window.ctx.workspace) == ["Group 1", "Group 2"]
    assert len(window.ctx.workspace.notes.find()) == 24  # readable: no error later


def test_declining_after_damaged_pages_keeps_the_file_and_says_why(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seed(data_dir)
    flip_page_byte(database_path(data_dir), "notes")
    before = snapshot(data_dir)
    app = launch()
    answers = BoxAnswers(["Cancel"]).arm()
    type_passphrase(qtbot, app)
    assert answers.done and app.window is None
    dialog = app.unlock_dialog
    assert dialog is not None and "damaged pages" in dialog.problem.message()
    assert snapshot(data_dir) == before


def test_a_missing_database_is_called_missing(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    seed(data_dir)
    database_path(data_dir).unlink()
    answers = BoxAnswers(["Restore a backup", "Restore backup"]).arm()
    app = launch()
    window = unlock(qtbot, app)
    assert answers.done and not answers.misses
    first, offer = answers.seen
    assert first.title == "Workspace missing"
    assert "missing" in first.text and "damaged" not in first.text.lower()
    assert first.buttons == ["Restore a backup", "Start a new workspace"]
    assert offer.title == "Workspace missing"
    assert "missing" in offer.text and "damaged" not in offer.text.lower()
    assert "kept beside it" not in offer.informative  # nothing was set aside
    assert groups_of(window.ctx.workspace) == ["Group 1", "Group 2"]
    assert not any(".damaged-" in p.name for p in data_dir.iterdir())


def test_a_missing_database_may_start_a_new_workspace_that_keeps_the_old_backups(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    old = seed(data_dir, backups_made=3)
    database_path(data_dir).unlink()
    answers = BoxAnswers(["Start a new workspace"]).arm()
    app = launch()
    assert answers.done and app.unlock_dialog is None
    window = create_workspace(qtbot, app, "a new passphrase for a new start")
    window.ctx.workspace.settings.set(BACKUP_KEEP, 1)
    for _ in range(3):
        window.ctx.workspace.create_backup()
    app.shutdown()  # one more on quit
    assert all(p.exists() for p in old)
    assert len(backups.list_backups(data_dir)) == 4  # three old, one (kept) new


def test_missing_and_no_backup_opens_with_the_passphrase(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seed(data_dir)
    database_path(data_dir).unlink()
    answers = BoxAnswers(["Restore a backup", "Cancel"]).arm()
    app = launch()
    type_passphrase(qtbot, app, "not the passphrase")
    assert answers.done and not answers.misses
    none_good = answers.seen[1]
    assert none_good.text == "None of the backups in this folder can be restored."
    assert "does not open with this passphrase" in none_good.informative
    assert "Choose a file…" in none_good.buttons
    dialog = app.unlock_dialog
    assert dialog is not None and app.window is None
    assert "missing from this folder and no backup was restored" in dialog.problem.message()


def test_no_good_backup_lets_the_facilitator_choose_a_file(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = seed(data_dir)
    export = tmp_path / "usb" / "kept-safe.fdw"
    export.parent.mkdir()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        ws.export_to(export)
    for path in made:
        flip_page_byte(path, "notes")
    flip_page_byte(database_path(data_dir), "notes")
    not_a_workspace = tmp_path / "usb" / "holiday.jpg"
    not_a_workspace.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    offered = iter([str(not_a_workspace), str(export)])
    asked: list[str] = []

    def pick(_parent: object, caption: str, folder: str, _filter: str) -> tuple[str, str]:
        asked.append(folder)
        return next(offered), ""

    monkeypatch.setattr(restore_offer.QFileDialog, "getOpenFileName", pick)
    app = launch()
    answers = BoxAnswers(["Choose a file…", "Choose a file…"]).arm()
    window = unlock(qtbot, app)
    assert answers.done and not answers.misses
    first, again = answers.seen
    assert first.title == "Workspace damaged"
    assert first.text == "None of the backups in this folder can be restored."
    assert first.informative.count("is damaged.") == 2
    assert "This file cannot be imported" in again.informative  # the photo, refused
    assert asked == [str(backups.backups_dir(data_dir))] * 2
    assert groups_of(window.ctx.workspace) == ["Group 1", "Group 2"]
    assert len(window.ctx.workspace.notes.find()) == 24
    assert any(p.name.startswith("workspace.db.damaged-") for p in data_dir.iterdir())


def test_a_refused_file_puts_the_damaged_workspace_back(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = seed(data_dir, backups_made=1)
    flip_page_byte(made[0], "notes")
    flip_page_byte(database_path(data_dir), "notes")
    before = snapshot(data_dir)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    monkeypatch.setattr(
        restore_offer.QFileDialog, "getOpenFileName", lambda *_args: (str(junk), "")
    )
    app = launch()
    answers = BoxAnswers(["Choose a file…", "Cancel"]).arm()
    type_passphrase(qtbot, app)
    assert answers.done and not answers.misses
    assert "This file cannot be imported" in answers.seen[1].informative
    assert app.window is None and snapshot(data_dir) == before
    dialog = app.unlock_dialog
    assert dialog is not None and "damaged" in dialog.problem.message()
