"""Settings: change passphrase, recovery key (shown once, printable, used to unlock);
a member's rights: export and erasure."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import WrongPassphrase, WrongRecoveryKey
from facilitator_desktop.ui.settings_dialog import SettingsDialog
from facilitator_desktop.ui.vault.change_passphrase import ChangePassphraseDialog
from facilitator_desktop.ui.vault.confirm_passphrase import ConfirmPassphraseDialog
from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog, key_lines
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import notes_driving
from tests.gui.drivers.members import MembersDriver
from tests.gui.driving import (
    Launch,
    click,
    click_and_wait_for_key_change,
    create_workspace,
    type_text,
    unlock,
)
from tests.gui.notes_driving import ClockedLaunch, notes_page, seed, select_note, visible_windows
from tests.helpers.vault_files import files_opening_with, sqlite_files

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch

NEW_PASSPHRASE = "lantern orbit velvet seven"


def open_settings(qtbot: QtBot, app_window: QWidget) -> SettingsDialog:
    dialog = app_window.open_settings()  # type: ignore[attr-defined]
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def make_recovery_key(qtbot: QtBot, settings: SettingsDialog) -> str:
    click(qtbot, settings.create_key_button)
    confirm = settings.confirm_dialog
    assert isinstance(confirm, ConfirmPassphraseDialog) and confirm.isVisible()
    qtbot.keyClicks(confirm.passphrase, "not it at all")
    click(qtbot, confirm.ok_button)
    assert confirm.error.text() == "That is not the passphrase of this workspace."
    assert confirm.passphrase.text() == ""
    qtbot.keyClicks(confirm.passphrase, PASSPHRASE)
    click(qtbot, confirm.ok_button)
    shown = settings.key_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key = shown.key_label.text().replace("\n", "  ")
    return key


@pytest.mark.parametrize(
    "new",
    [
        NEW_PASSPHRASE,
        "café au lait à l'école",  # NFC
        "cafe\u0301 au lait a\u0300 l'e\u0301cole",  # the same words in NFD
        "🐢 slow and steady 🌙 night sky 🔑",
        # Very long, and still judged (the estimator itself stops at 72 characters).
        "when the kettle sings at dawn the lanterns hum velvet tunes to seven sleepy otters "
        "who juggle marmalade jars beside a crooked lighthouse while ninety paper cranes "
        "argue about the weather with a philosophical tortoise named bartholomew",
    ],
    ids=["words", "nfc", "nfd", "emoji", "very-long"],
)
def test_change_passphrase_asks_the_current_one_first(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path, new: str
) -> None:
    seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    settings = open_settings(qtbot, window)
    click(qtbot, settings.change_button)
    dialog = settings.change_dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()

    type_text(qtbot, dialog.current, "a wrong guess")
    type_text(qtbot, dialog.fresh.passphrase, new)
    assert dialog.fresh.strength.label.text()  # the strength hint speaks
    assert not dialog.change_button.isEnabled()  # not repeated yet
    type_text(qtbot, dialog.fresh.repeat, new)
    click_and_wait_for_key_change(qtbot, dialog.change_button, dialog)
    assert dialog.current_error.text() == (
        "That is not the current passphrase. Nothing was changed."
    )
    assert dialog.current.text() == ""
    with Workspace.open(data_dir, PASSPHRASE):
        pass  # unchanged

    type_text(qtbot, dialog.current, PASSPHRASE)
    click_and_wait_for_key_change(qtbot, dialog.change_button, dialog)
    assert settings.change_dialog is None  # closed
    assert settings.status.text().startswith("Passphrase changed. Use the new one from now on.")
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, PASSPHRASE)
    with Workspace.open(data_dir, new) as ws:
        assert len(ws.notes.find()) == 5  # every note still opens

    # Lock and unlock with the new one, typed as a keyboard would.
    settings.reject()
    app.lock()
    dialog_after = app.unlock_dialog
    assert dialog_after is not None
    type_text(qtbot, dialog_after.passphrase, new)
    click(qtbot, dialog_after.unlock_button)
    assert not app.workspace.locked


def test_a_passphrase_set_in_nfc_unlocks_when_typed_in_nfd(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    settings = open_settings(qtbot, unlock(qtbot, app))
    click(qtbot, settings.change_button)
    dialog = settings.change_dialog
    assert dialog is not None
    type_text(qtbot, dialog.current, PASSPHRASE)
    type_text(qtbot, dialog.fresh.passphrase, "café au lait à l'école")
    type_text(qtbot, dialog.fresh.repeat, "café au lait à l'école")
    click_and_wait_for_key_change(qtbot, dialog.change_button, dialog)
    settings.reject()
    app.lock()
    lock_screen = app.unlock_dialog
    assert lock_screen is not None
    type_text(qtbot, lock_screen.passphrase, "cafe\u0301 au lait a\u0300 l'e\u0301cole")
    click(qtbot, lock_screen.unlock_button)
    assert app.workspace is not None and not app.workspace.locked


def test_mismatched_and_too_short_passphrases_are_refused_inline(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    settings = open_settings(qtbot, window)
    click(qtbot, settings.change_button)
    dialog = settings.change_dialog
    assert dialog is not None
    type_text(qtbot, dialog.current, PASSPHRASE)
    type_text(qtbot, dialog.fresh.passphrase, "short")
    assert dialog.fresh.strength.label.text().startswith("Too short: use at least 8 characters.")
    type_text(qtbot, dialog.fresh.repeat, "shorx")
    assert dialog.fresh.repeat_error.text() == "The two passphrases do not match."
    assert not dialog.change_button.isEnabled()
    dialog.reject()
    assert dialog.current.text() == dialog.fresh.passphrase.text() == ""


def test_recovery_key_is_shown_once_printable_and_unlocks_with_a_new_passphrase(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["chloe"])
    settings = open_settings(qtbot, window)
    assert settings.create_key_button.text() == "Create recovery &key…"
    assert not settings.remove_key_button.isVisible()
    key = make_recovery_key(qtbot, settings)
    shown = settings.key_dialog
    assert shown is not None

    # Groups of four, four to a line, in a large monospaced font.
    lines = shown.key_label.text().split("\n")
    assert len(lines) == 2 and all(len(group) == 4 for group in key.split())
    assert shown.key_label.font().fixedPitch() or shown.key_label.font().styleHint()
    assert shown.key_label.font().pointSizeF() > shown.font().pointSizeF() * 1.5
    assert "only time the key is shown" in shown.warning.text()
    printable = shown.printable_document().toPlainText()
    assert all(line in printable for line in lines)
    assert "Use recovery key" in printable

    click(qtbot, shown.copy_button)
    clipboard = QGuiApplication.clipboard()
    assert "".join(clipboard.text().split("-")) == "".join(key.split())
    click(qtbot, shown.done_button)
    assert clipboard.text() == ""  # the copy goes when the window closes
    assert shown.key_label.text() == ""
    assert settings.create_key_button.text() == "Re&place recovery key…"
    settings.reject()

    # Forgotten passphrase: the lock screen offers the recovery key.
    app.lock()
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.recovery_link.isVisible()
    click(qtbot, dialog.recovery_link)
    assert dialog.recovering()
    assert dialog.title.text() == "Unlock with your recovery key"
    wrong = "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH"
    type_text(qtbot, dialog.recovery.key_edit, wrong)
    type_text(qtbot, dialog.recovery.fresh.passphrase, NEW_PASSPHRASE)
    type_text(qtbot, dialog.recovery.fresh.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.unlock_button)
    assert "does not unlock this workspace" in dialog.error_text()
    assert app.workspace is not None and app.workspace.locked

    dialog.recovery.key_edit.setText(key.lower())  # case and spacing do not matter
    click(qtbot, dialog.unlock_button)
    assert not app.workspace.locked
    assert window.isVisible() and window.current_page() is page
    assert page.editor.body().startswith("Chloé wants")
    assert visible_windows() == [window]

    app.shutdown()
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, PASSPHRASE)
    with Workspace.open(data_dir, NEW_PASSPHRASE) as ws:
        assert ws.has_recovery_key  # the key keeps working until it is replaced


def test_recovery_key_at_creation_and_at_start(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    first = clocked_launch()
    assert first.create_dialog is not None
    assert not first.create_dialog.recovery_box.isChecked()  # optional
    first.create_dialog.recovery_box.setChecked(True)
    create_workspace(qtbot, first)
    shown = first.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key = shown.key_label.text()
    assert len(key_lines(key)) == 2
    click(qtbot, shown.done_button)
    first.shutdown()

    second = clocked_launch()
    dialog = second.unlock_dialog
    assert dialog is not None
    click(qtbot, dialog.recovery_link)
    click(qtbot, dialog.back_button)
    assert not dialog.recovering() and dialog.recovery.key_edit.text() == ""
    click(qtbot, dialog.recovery_link)
    type_text(qtbot, dialog.recovery.key_edit, key.replace("\n", " "))
    type_text(qtbot, dialog.recovery.fresh.passphrase, NEW_PASSPHRASE)
    type_text(qtbot, dialog.recovery.fresh.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.unlock_button)
    assert second.window is not None and second.window.isVisible()
    second.shutdown()
    Workspace.open(data_dir, NEW_PASSPHRASE).close()  # the new passphrase opens it


def test_remove_the_recovery_key(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    settings = open_settings(qtbot, unlock(qtbot, app))
    key = make_recovery_key(qtbot, settings)
    assert settings.key_dialog is not None
    settings.key_dialog.accept()
    click(qtbot, settings.remove_key_button)
    confirm = settings.confirm_dialog
    assert isinstance(confirm, ConfirmPassphraseDialog) and confirm.isVisible()
    qtbot.keyClicks(confirm.passphrase, PASSPHRASE)
    click(qtbot, confirm.ok_button)
    qtbot.waitUntil(lambda: settings.progress_dialog is None, timeout=20_000)
    assert app.workspace is not None and not app.workspace.has_recovery_key
    assert settings.status.text().startswith("Recovery key removed; it opens nothing any more.")
    assert not settings.remove_key_button.isVisible()
    with pytest.raises(WrongRecoveryKey):
        Workspace.open_with_recovery_key(data_dir, key, "another passphrase")


def test_replacing_the_recovery_key_shows_the_new_one_and_the_old_opens_nothing(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    settings = open_settings(qtbot, unlock(qtbot, app))
    first = make_recovery_key(qtbot, settings)
    assert settings.key_dialog is not None
    settings.key_dialog.accept()
    assert settings.create_key_button.text().replace("&", "") == "Replace recovery key…"
    click(qtbot, settings.create_key_button)
    confirm = settings.confirm_dialog
    assert confirm is not None
    qtbot.keyClicks(confirm.passphrase, PASSPHRASE)
    click(qtbot, confirm.ok_button)
    qtbot.waitUntil(lambda: settings.report_box is not None, timeout=20_000)
    assert "Out of reach" in settings.report_box.informativeText()
    settings.report_box.button(QMessageBox.StandardButton.Ok).click()  # then the new key
    assert settings.key_dialog is not None
    second = settings.key_dialog.key_label.text().replace("\n", "  ")
    assert second != first
    settings.key_dialog.accept()
    settings.reject()
    assert app.workspace is not None
    app.workspace.close()
    app.workspace = None
    with pytest.raises(WrongRecoveryKey):
        Workspace.open_with_recovery_key(data_dir, first, "another", kdf_params=FLOOR)
    Workspace.open_with_recovery_key(data_dir, second, "another", kdf_params=FLOOR).close()


def test_someone_may_know_it_rotates_the_key_with_progress_and_says_so(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    assert app.workspace is not None
    app.workspace.create_backup()
    settings = open_settings(qtbot, window)
    click(qtbot, settings.change_button)
    dialog = settings.change_dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    assert "Out of reach" in dialog.consequence.text()
    type_text(qtbot, dialog.current, PASSPHRASE)
    type_text(qtbot, dialog.fresh.passphrase, NEW_PASSPHRASE)
    type_text(qtbot, dialog.fresh.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.exposed)
    assert "new workspace key" in dialog.consequence.text()
    stages: list[str] = []
    dialog.task.progressed.connect(lambda stage, *_: stages.append(stage))
    click_and_wait_for_key_change(qtbot, dialog.change_button, dialog)
    assert settings.change_dialog is None  # closed
    assert {"resealing", "copies"} <= set(stages)
    assert settings.report_box is not None
    text = settings.report_box.informativeText()
    assert "A new workspace key was made" in text and "1 backup was re-encrypted" in text
    assert "Out of reach" in text
    assert len(app.workspace.notes.find()) == 5
    assert files_opening_with(data_dir, passphrase=PASSPHRASE) == []


def test_export_a_member_record_warns_and_writes_where_asked(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path, tmp_path: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    members = MembersDriver.open(qtbot, unlock(qtbot, app))
    members.select(0)  # Anna
    target = tmp_path / "export" / "anna.json"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return target

    members.choose_export_path_with(choose)
    review = members.export()
    assert "Give it only to Anna" in review.warning.text()
    click(qtbot, review.cancel_button)
    assert not asked and not target.exists()

    review = members.export()
    click(qtbot, review.save_button)
    assert asked and "Anna" not in asked[0] and asked[0].endswith(".json")
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["member"]["alias"] == "Anna"
    texts = [n["text"] for n in record["notes"]]
    assert "Anna and [another member] argued about the hospital visits." in texts
    assert all("Ben" not in text for text in texts)  # other members are redacted
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_erase_a_member_needs_their_alias_typed(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    members = MembersDriver.open(qtbot, window)
    members.select(0)  # Anna
    dialog = members.erase()
    assert not dialog.erase_button.isEnabled()
    assert dialog.cancel_button.isDefault()
    text = dialog.explanation.text()
    assert "the note that is only about them" in text
    assert "The note that is also about other members is kept" in text
    assert "cannot be undone" in text
    assert "in every backup" in text
    assert "What stays, out of the app's reach" in text and "already exported" in text
    type_text(qtbot, dialog.confirm_edit, "anna")  # not exactly the alias
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.setText("Anna")
    click(qtbot, dialog.erase_button)
    assert not members.erase_dialog_open()
    assert members.aliases() == ["Ben", "Chloé"]
    assert window.statusBar().currentMessage().startswith("Member erased, backups included: ")

    with Workspace.open(data_dir, PASSPHRASE) as ws:
        ids = {n.id for n in ws.notes.find()}
        assert seeded.notes["anna"] not in ids  # only about her: gone
        kept = ws.notes.get(seeded.notes["both"])
        assert kept.member_ids == (seeded.members["Ben"],)
        assert kept.body.startswith("[former member] and Ben")


@pytest.mark.parametrize("damage", ["deleted", "flipped"])
def test_a_damaged_passphrase_slot_says_so_and_the_recovery_key_opens(
    qtbot: QtBot, launch: Launch, data_dir: Path, damage: str
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        key = ws.create_recovery_key()
        ws.create_backup()  # a backup exists, yet no restore is offered: the key still works
    with sqlite3.connect(data_dir / "workspace.db") as conn:
        if damage == "deleted":
            conn.execute("DELETE FROM vault_slots WHERE kind = 1")
        else:
            conn.execute("UPDATE vault_slots SET blob = substr(blob, 1, 60) WHERE kind = 1")
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.unlock_button)  # no unhandled exception, no restore prompt
    assert "recovery key still opens it" in dialog.error_text()
    assert dialog.recovery_link.isVisible()
    click(qtbot, dialog.recovery_link)
    type_text(qtbot, dialog.recovery.key_edit, key)
    type_text(qtbot, dialog.recovery.fresh.passphrase, NEW_PASSPHRASE)
    type_text(qtbot, dialog.recovery.fresh.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.unlock_button)
    assert app.workspace is not None and not app.workspace.locked
    app.shutdown()
    Workspace.open(data_dir, NEW_PASSPHRASE).close()
    # Every file in the folder, the earlier backup included, opens with the new one only.
    assert files_opening_with(data_dir, passphrase=NEW_PASSPHRASE) == sqlite_files(data_dir)
    assert files_opening_with(data_dir, passphrase=PASSPHRASE) == []


def test_closing_settings_during_a_change_lets_it_finish_quietly(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    settings = open_settings(qtbot, unlock(qtbot, app))
    click(qtbot, settings.change_button)
    dialog = settings.change_dialog
    assert dialog is not None
    type_text(qtbot, dialog.current, PASSPHRASE)
    type_text(qtbot, dialog.fresh.passphrase, NEW_PASSPHRASE)
    type_text(qtbot, dialog.fresh.repeat, NEW_PASSPHRASE)
    click(qtbot, dialog.exposed)
    task = dialog.task
    click(qtbot, dialog.change_button)
    settings.reject()  # the window that asked goes away (as when the workspace locks)
    assert task.wait(20)
    qtbot.wait(50)  # any late signal would be delivered now
    assert app.workspace is not None
    assert len(app.workspace.notes.find()) == 5
    app.shutdown()
    Workspace.open(data_dir, NEW_PASSPHRASE).close()
