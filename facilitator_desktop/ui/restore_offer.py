"""The offer to restore a backup when the workspace file is damaged or missing.

A damaged file and a missing one are told apart (two different messages). The backup
offered is the newest one that passes SQLite's integrity check and a trial unlock with the
passphrase the facilitator just typed (services.restore_choice); newer backups that failed
are named with the reason. When none passes, the facilitator is told so and may choose a
file themselves (a backup or an export kept elsewhere), which is checked like an import
before anything is replaced. A damaged file is always kept aside, never deleted.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services import backups
from facilitator_desktop.services.context import utc_now
from facilitator_desktop.services.restore_choice import RestoreChoice, Verdict, choose_backup
from facilitator_desktop.ui.backups_dialog import made_text
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import put_back_damaged, restore, set_aside_damaged

CONTEXT = "RestoreOffer"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def missing_not_restored() -> str:
    return _tr(
        "The workspace file is missing from this folder and no backup was restored. Unlock "
        "again to look at the backups once more, or quit and start the app again to begin "
        "a new, empty workspace (the backups are kept)."
    )


def ask_to_restore_missing(parent: QWidget | None, data_dir: Path) -> bool:
    """At start, the database is gone but backups are there: restore one (the passphrase
    is asked next), or start a new, empty workspace. Never a silent new workspace."""
    if not backups.list_backups(data_dir):
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Workspace missing"))
    box.setText(_tr("The workspace file is missing from this folder."))
    box.setInformativeText(
        _tr(
            "Its backups folder holds copies of a workspace. Restore the newest one that "
            "opens with your passphrase (you type it next), or start a new, empty workspace. "
            "The backups are kept either way."
        )
    )
    restore = box.addButton(_tr("&Restore a backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Start a new workspace"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_restore(
    parent: QWidget | None, data_dir: Path, passphrase: str, *, missing: bool
) -> bool:
    """Offer the newest good backup; True when one (or a chosen file) was put in place."""
    with busy_cursor():
        choice = choose_backup(data_dir, passphrase)
    if choice.looked_at == 0:
        return False  # nothing to offer: the unlock screen says what is wrong
    if choice.chosen is None:
        return _offer_a_file(parent, data_dir, passphrase, choice, missing=missing)
    made = made_text(choice.chosen.created)
    if missing:
        title = _tr("Workspace missing")
        text = _tr(
            "The workspace file is missing from this folder. Restore the backup made {made}?"
        )
        after = _tr("Changes made after the backup are not in it.")
    else:
        title = _tr("Workspace damaged")
        text = _tr("This workspace is damaged. Restore the backup made {made}?")
        after = _tr(
            "The damaged file is kept beside it, renamed, in case it can be repaired. "
            "Changes made after the backup are not in it."
        )
    notes = [_skipped_note(s.backup, s.verdict) for s in choice.skipped]
    if not confirm(
        parent,
        title,
        text.format(made=made),
        "\n\n".join(["\n".join(notes), after] if notes else [after]),
        _tr("&Restore backup"),
    ):
        return False
    if not missing:
        set_aside_damaged(data_dir, _utc_now())
    restore(data_dir, choice.chosen.path)
    return True


def _skipped_note(backup: backups.BackupInfo, verdict: Verdict) -> str:
    made = made_text(backup.created)
    reasons = {
        Verdict.DAMAGED: _tr("A newer backup, made {made}, is damaged and was skipped."),
        Verdict.VAULT_DAMAGED: _tr(
            "A newer backup, made {made}, was skipped: the part that the passphrase opens "
            "is damaged."
        ),
        Verdict.WRONG_PASSPHRASE: _tr(
            "A newer backup, made {made}, does not open with this passphrase and was skipped."
        ),
        Verdict.TOO_NEW: _tr(
            "A newer backup, made {made}, was saved by a newer version of the app and was skipped."
        ),
        Verdict.GOOD: "",
    }
    return reasons[verdict].format(made=made)


def _failed_note(backup: backups.BackupInfo, verdict: Verdict) -> str:
    made = made_text(backup.created)
    reasons = {
        Verdict.DAMAGED: _tr("The backup made {made} is damaged."),
        Verdict.VAULT_DAMAGED: _tr(
            "The backup made {made}: the part that the passphrase opens is damaged."
        ),
        Verdict.WRONG_PASSPHRASE: _tr("The backup made {made} does not open with this passphrase."),
        Verdict.TOO_NEW: _tr("The backup made {made} was saved by a newer version of the app."),
        Verdict.GOOD: "",
    }
    return reasons[verdict].format(made=made)


def _offer_a_file(
    parent: QWidget | None,
    data_dir: Path,
    passphrase: str,
    choice: RestoreChoice,
    *,
    missing: bool,
) -> bool:
    """No backup in the folder passed: say so, and let the facilitator choose a file."""
    failures = [_failed_note(s.backup, s.verdict) for s in choice.skipped[:5]]
    if len(choice.skipped) > 5:
        failures.append(
            QCoreApplication.translate(
                CONTEXT, "… and %Ln older ones.", None, len(choice.skipped) - 5
            )
        )
    lines = [
        "\n".join(failures),
        _tr(
            "If you keep another copy (a backup or an export, on a USB stick for example), "
            "choose it: it is checked before anything is replaced."
        ),
    ]
    problem = ""
    while True:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Workspace missing") if missing else _tr("Workspace damaged"))
        box.setText(_tr("None of the backups in this folder can be restored."))
        box.setInformativeText("\n\n".join([problem, *lines] if problem else lines))
        choose = box.addButton(_tr("&Choose a file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(choose)
        box.exec()
        if box.clickedButton() is not choose:
            return False
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Choose a backup or an exported workspace"),
            str(backups.backups_dir(data_dir)),
            _tr("Workspace files (*.db *.fdw);;All files (*)"),
        )
        if not chosen:
            continue
        try:
            with busy_cursor():
                restore_from_file(data_dir, Path(chosen), passphrase, missing=missing)
        except FacilitatorError as exc:
            problem = error_text(exc)
            continue
        return True


def restore_from_file(data_dir: Path, source: Path, passphrase: str, *, missing: bool) -> None:
    """Put a file the facilitator chose in place, after every check an import makes (trial
    unlock with `passphrase` included). A damaged workspace is kept aside, and put back if
    the file is refused."""
    aside = None if missing else set_aside_damaged(data_dir, _utc_now())
    try:
        Workspace.import_file(source, data_dir, passphrase)
    except BaseException:
        if aside is not None:
            put_back_damaged(data_dir, aside)
        raise


def _utc_now() -> datetime:
    # No workspace is open yet to lend its clock: the services' own wall clock.
    return utc_now()
