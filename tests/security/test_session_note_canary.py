"""Session notes reach no file, driven through the real windows.

Markers are typed into the group narrative, a theme, a member's progress entry and, once
the note is signed, an addendum; a member's copy is saved to a file the test chooses; the
workspace locks (every editor emptied with its undo history) and unlocks, and the app quits.
Then every place the app could write — the data folder with its backups, the temporary
folder, the settings file and the whole isolated home folder — is searched for each marker
in UTF-8, UTF-16 and base64. Only the chosen export holds what it was asked to hold.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDir, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import build_app
from facilitator_desktop.ui.session_note.addendum_dialog import AddendumDialog
from facilitator_desktop.ui.session_note.member_copy import MemberCopyDialog
from facilitator_desktop.ui.session_note.windows import open_session_note
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.widgets import active
from tests.gui.driving import PromptAnswerer, click, type_text, unlock
from tests.helpers import canary
from tests.helpers.session_notes import small_group, typical_session

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


def test_what_a_session_note_holds_reaches_no_file_but_the_chosen_copy(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, tmp_path: Path, temp_dir: Path
) -> None:
    narrative = canary.marker("narrative")
    theme = canary.marker("theme")
    entry = canary.marker("entry")
    addendum = canary.marker("addendum")
    markers = [narrative, theme, entry, addendum]
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = small_group(ws)
        session_id = typical_session(ws, group)
        ws.create_backup()  # a backup is there to be written again
    settings_file = tmp_path / "config" / "settings.ini"
    export = tmp_path / "chosen" / "copy.pdf"
    export.parent.mkdir()
    app = build_app(
        data_dir,
        kdf_params=FAST_KDF,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        qapp=qapp,
    )
    titles: list[str] = []
    try:
        window = unlock(qtbot, app)
        note = open_session_note(window.ctx, session_id, window)
        assert note is not None
        qtbot.waitUntil(active(note))
        type_text(qtbot, note.themes_edit, f"grief, {theme}")
        type_text(qtbot, note.section_editors[0].editor, f"Anna said {narrative}.")
        type_text(qtbot, note.entries[group.bo].editor, f"Bo: {entry}")
        editor = note.entries[group.bo].editor
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not note.autosaver.pending
        signed = PromptAnswerer("Sign").arm()
        click(qtbot, note.sign_button)
        signed.check()
        click(qtbot, note.group_addendum_button)
        dialog = note.addendum_dialog
        assert isinstance(dialog, AddendumDialog)
        type_text(qtbot, dialog.editor, f"Later: {addendum}")
        click(qtbot, dialog.add_button)
        assert not dialog.editor.toPlainText()  # gone from the closed dialog too

        click(qtbot, note.print_button)
        copy = note.copy_dialog
        assert isinstance(copy, MemberCopyDialog)
        copy.member_box.setCurrentIndex(copy.member_box.findData(group.bo))
        assert copy.save_to(export) == export
        titles.append(" ".join(w.windowTitle() for w in QApplication.topLevelWidgets()))

        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert app.workspace is not None and app.workspace.locked
        assert not note.isVisible() and not note.themes_edit.text()
        assert not note.themes_edit.isUndoAvailable() and note.section_editors == []
        window = unlock(qtbot, app)
        again = open_session_note(window.ctx, session_id, window)
        assert again is not None and again.section_editors[0].editor.toPlainText() == (
            f"Anna said {narrative}."
        )
        titles.append(" ".join(w.windowTitle() for w in QApplication.topLevelWidgets()))
        again.accept()
    finally:
        app.shutdown()

    # The chosen copy holds Bo's part and the group's, and nothing else holds any of it.
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(export.read_bytes())).pages
    )
    flat = "".join(text.split())
    for marker in markers:
        assert marker in flat, marker
    home = Path(os.environ["HOME"])  # isolated per test by tests/conftest.py
    places = [data_dir, temp_dir, settings_file.parent, home]
    assert canary.find_markers(places, markers) == []
    assert not any(m in " ".join(titles) for m in markers)
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        view = ws.session_notes.open(session_id)
    assert view.signed and view.body.themes == ("grief", theme)
    assert [a.text for a in view.addenda] == [f"Later: {addendum}"]
