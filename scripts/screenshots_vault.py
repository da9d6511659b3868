#!/usr/bin/env python3
"""Screenshots of private notes and the vault: the Notes page (plain and searching, with
highlights), Follow-ups, Settings, the recovery key shown once, and unlocking with it.

    python scripts/screenshots_vault.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_vault(app, folder, out)` is what scripts/screenshots.py calls.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import WINDOW_SIZE, save  # noqa: E402

from facilitator_desktop.app import FacilitatorApp, build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.services.key_changes import KeyChangeReport  # noqa: E402
from facilitator_desktop.services.notes import NoteDraft, NoteFilter  # noqa: E402
from facilitator_desktop.ui.notes import NotesPage  # noqa: E402
from facilitator_desktop.ui.settings_dialog import SettingsDialog  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

DEFAULT_OUTPUT = Path("docs/screenshots")
SEARCH = "hospital"
# A fixed key so the picture does not change on every run; never a real one.
SAMPLE_KEY = "K7QW-3MZP-XR2D-9TFB-HN4C-V6LJ-E5GA-Y8US"


def shoot_vault(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "vault"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    _sample_notes(ws)
    ws.create_recovery_key()  # so a mistyped key is "does not unlock", as it would be
    ws.close()

    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    try:
        dialog = fa.unlock_dialog
        assert dialog is not None
        QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        window = fa.window
        assert window is not None
        window.resize(*WINDOW_SIZE)

        window.show_page("notes")
        page = window.pages["notes"]
        assert isinstance(page, NotesPage)
        page.list_view.setCurrentIndex(page.model.index(1, 0))  # a click on the row
        save(window, out / "notes.png")

        QTest.keyClicks(page.search_edit, SEARCH)
        page.run_search()
        page.list_view.setCurrentIndex(page.model.index(0, 0))
        save(window, out / "notes-search.png")
        page.search_edit.clear()
        page.run_search()

        settings = window.open_settings()
        save(settings, out / "settings.png")
        _shoot_key_change(settings, out)
        settings.reject()

        _shoot_member_rights(fa, out)
        _shoot_recovery(fa, out)
    finally:
        fa.shutdown()


def _sample_notes(ws: Workspace) -> None:
    """A few recent notes with follow-ups, so the pictures show the flags and due dates."""
    group = ws.groups.list()[0]
    members = ws.members.list(group.id)
    today = date.today()
    ws.notes.create(
        NoteDraft(
            f"{members[1].alias} mentioned the hospital appointment is on Friday.\n\n"
            "Ask before the session whether they would like the group to know, or "
            "would rather keep it between us.",
            group.id,
            member_ids=(members[1].id,),
            follow_up=True,
            due_on=today + timedelta(days=2),
        )
    )
    ws.notes.create(
        NoteDraft(
            f"{members[0].alias} and {members[2].alias} sat apart today. Check in with "
            f"both — the hospital visits schedule seems to be straining things.",
            group.id,
            member_ids=(members[0].id, members[2].id),
            follow_up=True,
            due_on=today - timedelta(days=1),
        )
    )
    other = ws.groups.list()[1]
    someone = ws.members.list(other.id)[0]
    ws.notes.create(
        NoteDraft(
            f"Phone {someone.alias} before Tuesday: missed two sessions without a word.",
            other.id,
            member_ids=(someone.id,),
            follow_up=True,
            due_on=today + timedelta(days=5),
        )
    )
    open_ones = ws.notes.find(NoteFilter(follow_up="open"))
    for note in open_ones[6:]:  # keep the list short enough to read
        ws.notes.set_done(note.id)


def _shoot_key_change(settings: SettingsDialog, out: Path) -> None:
    """Change passphrase when someone may know the old one: the choice, its progress, and
    what the app says afterwards (a report like the one a rotation of ten years makes)."""
    settings.change_passphrase()
    dialog = settings.change_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.current, DEMO_PASSPHRASE)
    QTest.keyClicks(dialog.fresh.passphrase, "lantern orbit velvet seven")
    QTest.keyClicks(dialog.fresh.repeat, "lantern orbit velvet seven")
    dialog.exposed.setChecked(True)
    save(dialog, out / "change-passphrase-someone-may-know.png")
    dialog._set_busy(True)
    dialog._on_progress("resealing", 2310, 5773)
    save(dialog, out / "change-passphrase-progress.png")
    dialog._set_busy(False)
    dialog.reject()
    report = KeyChangeReport(True, None, 5773, 0, 0, 10, ())
    settings._show_report(settings.tr("Passphrase changed. Use the new one from now on."), report)
    assert settings.report_box is not None
    save(settings.report_box, out / "change-passphrase-done.png")
    settings.report_box.accept()


def _shoot_member_rights(fa: FacilitatorApp, out: Path) -> None:
    from facilitator_desktop.ui.members_page import MembersPage
    from facilitator_desktop.ui.vault.member_rights import EraseMemberDialog, export_member_record

    window = fa.window
    assert window is not None
    window.show_page("members")
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    member = page.model.item(1)
    review = export_member_record(window, window.ctx, member.id, member.alias)
    assert review is not None
    review.resize(900, 700)
    save(review, out / "export-review.png")
    review.reject()
    erase = EraseMemberDialog(window.ctx, member.id, member.alias, window)
    erase.show()
    save(erase, out / "erase-member.png")
    erase.reject()


def _shoot_recovery(fa: FacilitatorApp, out: Path) -> None:
    from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog

    assert fa.window is not None
    shown = RecoveryKeyDialog(SAMPLE_KEY, fa.window.ctx.today(), fa.window)
    shown.show()
    save(shown, out / "recovery-key.png")
    shown.reject()

    fa.lock()
    dialog = fa.unlock_dialog
    assert dialog is not None
    dialog.use_recovery_key()
    QTest.keyClicks(dialog.recovery.key_edit, "K7QW-3MZP-XR2D-9TFB-HN4C-V6LJ-E5GA-Y8UX")
    QTest.keyClicks(dialog.recovery.fresh.passphrase, "lantern orbit velvet seven")
    QTest.keyClicks(dialog.recovery.fresh.repeat, "lantern orbit velvet seven")
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)  # not this key
    save(dialog, out / "unlock-recovery-key.png")


def _settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings-vault.ini"), QSettings.Format.IniFormat)


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_vault)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
