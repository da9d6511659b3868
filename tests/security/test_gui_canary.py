"""The main security test of step 2, driven through the real windows.

Unique markers are typed into member fields and note bodies, linked, edited, undone,
autosaved, locked away, unlocked, carried through a passphrase change, exported (to a
file the test chooses) and erased. Then every file the app could have written — the data
folder, the temporary folder, the QSettings file, the whole (isolated) home folder with
its config, cache, data and state folders — is searched for each marker in UTF-8,
UTF-16 and base64. Only the export the user asked for may hold any, and only the
exported member's own.

A second test kills a GUI process in the middle of autosaving: what it acknowledged is
there after a restart, and no marker reached a file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp, build_app
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.vault.export_review import ExportReviewDialog
from facilitator_desktop.workspace import Workspace
from tests.gui.drivers.notes import NotesDriver
from tests.gui.driving import (
    click,
    click_and_wait_for_key_change,
    create_workspace,
    go_to,
    type_text,
)
from tests.helpers import canary

PASSPHRASE = "canary hedge lantern seven"
NEW_PASSPHRASE = "orbit velvet kettle ninety"
WORKER = Path(__file__).with_name("gui_autosave_worker.py")

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every temporary file the app (Python or Qt) could make lands here."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QDir.tempPath()) == folder
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    assert Path(location) == folder
    return folder


def home() -> Path:
    return Path(os.environ["HOME"])  # isolated per test by tests/conftest.py


def titles() -> str:
    return " ".join(w.windowTitle() for w in QApplication.topLevelWidgets())


def members_page(qtbot: QtBot, window: MainWindow) -> MembersPage:
    go_to(qtbot, window, "members")
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    return page


def add_member(qtbot: QtBot, page: MembersPage, fields: dict[str, str]) -> None:
    click(qtbot, page.add_button)
    type_text(qtbot, page.alias_edit, fields["alias"])
    type_text(qtbot, page.full_name_edit, fields["name"])
    type_text(qtbot, page.contact_edit, fields["contact"])
    type_text(qtbot, page.remarks_edit, fields["remarks"])
    click(qtbot, page.save_button)


def unlock_typing(qtbot: QtBot, app: FacilitatorApp, passphrase: str) -> MainWindow:
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.passphrase, passphrase)
    click(qtbot, dialog.unlock_button)
    assert app.window is not None and app.window.isVisible()
    return app.window


def test_markers_typed_through_the_ui_reach_no_file_but_the_chosen_export(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, tmp_path: Path, temp_dir: Path
) -> None:
    anna = {f: canary.marker(f"anna{f}") for f in ("alias", "name", "contact", "remarks")}
    ben = {f: canary.marker(f"ben{f}") for f in ("alias", "name", "contact", "remarks")}
    body = canary.marker("body")
    edited = canary.marker("edited")
    undone = canary.marker("undone")
    searched = canary.marker("search")
    every = [*anna.values(), *ben.values(), body, edited, undone, searched]
    settings_file = tmp_path / "config" / "settings.ini"
    export_file = tmp_path / "export" / "record.json"
    export_file.parent.mkdir()
    clock = FakeClock(0.0)
    seen_titles: list[str] = []

    app = build_app(
        data_dir,
        kdf_params=FLOOR,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        qapp=qapp,
        monotonic=clock,
    )
    try:
        assert app.create_dialog is not None
        app.create_dialog.recovery_box.setChecked(True)
        window = create_workspace(qtbot, app, PASSPHRASE)
        assert app.recovery_dialog is not None
        click(qtbot, app.recovery_dialog.done_button)
        assert app.workspace is not None
        group = app.workspace.groups.create(GroupDraft("Canary group"))  # names are not private
        window.ctx.reload_groups(select=group.id)

        # Members typed in, then a remark edited and the edit undone.
        members = members_page(qtbot, window)
        add_member(qtbot, members, anna)
        add_member(qtbot, members, ben)
        members.list_view.select_row(0)
        members.remarks_edit.setFocus()
        type_text(qtbot, members.remarks_edit, " " + undone)
        qtbot.keyClick(members.remarks_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        click(qtbot, members.save_button)
        seen_titles.append(titles())

        # A note about both, typed, edited, undone, autosaved, linked.
        notes = NotesDriver.open(qtbot, window)
        notes.new_note()
        notes.type(f"{body} {anna['alias']} and {ben['alias']} talked.")
        clock.advance(2.0)
        assert notes.autosave_due()
        for member_id in (members.model.item(0).id, members.model.item(1).id):
            notes.link(member_id)
        saved_text = notes.body()
        notes.reopen(notes.ids()[0])  # opened again: a fresh undo history
        notes.type_at_end(f" {undone}")
        clock.advance(2.0)
        assert notes.autosave_due()  # saved once, encrypted, then undone
        notes.undo()
        assert notes.body() == saved_text
        notes.type(f" {edited}")
        clock.advance(2.0)
        notes.autosave_due()
        notes.leave_editor()  # focus-out saves too
        notes.search(body)
        assert len(notes.ids()) == 1
        notes.search(searched)
        seen_titles.append(titles())

        # Lock, unlock, change the passphrase.
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert app.workspace.locked
        window = unlock_typing(qtbot, app, PASSPHRASE)
        settings = window.open_settings()
        click(qtbot, settings.change_button)
        change = settings.change_dialog
        assert change is not None
        type_text(qtbot, change.current, PASSPHRASE)
        type_text(qtbot, change.fresh.passphrase, NEW_PASSPHRASE)
        type_text(qtbot, change.fresh.repeat, NEW_PASSPHRASE)
        click_and_wait_for_key_change(qtbot, change.change_button, change)
        settings.reject()

        # Export Anna's record to the file the user chooses; erase Ben.
        members = members_page(qtbot, window)
        members.list_view.select_row(0)

        def choose(_parent: QWidget, _suggested: str) -> Path:
            return export_file

        members.choose_export_path = choose
        click(qtbot, members.export_button)
        review = members.findChild(ExportReviewDialog)
        assert review is not None
        click(qtbot, review.save_button)
        assert export_file.exists()
        members.list_view.select_row(1)
        click(qtbot, members.erase_button)
        erase = members.erase_dialog
        assert erase is not None
        type_text(qtbot, erase.confirm_edit, ben["alias"])
        click(qtbot, erase.erase_button)
        assert members.model.rowCount() == 1
        seen_titles.append(titles())
        app.lock()
        unlock_typing(qtbot, app, NEW_PASSPHRASE)
    finally:
        app.shutdown()

    assert settings_file.exists()  # window layout was saved — and nothing else
    with Workspace.open(data_dir, NEW_PASSPHRASE) as ws:
        (note,) = ws.notes.find()
        assert note.body == f"{body} {anna['alias']} and [former member] talked. {edited}"

    # Searched everywhere the app could write; the export is the only exception.
    places = [data_dir, temp_dir, settings_file.parent, home()]
    assert canary.find_markers(places, every) == []
    assert not any(m in " ".join(seen_titles) for m in every)
    exported = canary.find_markers([export_file.parent], every)
    assert {hit.split(": ")[1].split(" ")[0] for hit in exported} == {
        *anna.values(),
        body,
        edited,
    }  # Anna's own record: Ben's alias is redacted, the undone text never saved


@pytest.mark.slow
def test_gui_killed_mid_autosave_keeps_what_it_acknowledged_and_no_plaintext(
    data_dir: Path, tmp_path: Path, temp_dir: Path
) -> None:
    marker = canary.marker("guiautosave")
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        ws.groups.create(GroupDraft("G"))
    settings_file = tmp_path / "config" / "settings.ini"
    env = dict(os.environ, TMPDIR=str(temp_dir), QT_QPA_PLATFORM="offscreen")
    for round_no in range(2):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir), PASSPHRASE, marker, str(settings_file)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        acknowledged = -1
        deadline = time.monotonic() + 60
        while acknowledged < 10 + 10 * round_no and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged = int(line)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        assert acknowledged >= 10, "the worker did not get going"
        with Workspace.open(data_dir, PASSPHRASE) as ws:
            newest = ws.notes.find()[0]
            assert f"{marker}-{acknowledged}" in newest.body
            with ws.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        places = [data_dir, temp_dir, settings_file.parent, home()]
        assert canary.find_markers(places, [marker]) == []
