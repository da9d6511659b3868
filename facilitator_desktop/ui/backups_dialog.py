"""Backups… (Workspace menu): the verified backups with what each holds, Back up now,
Restore…, and Export for another laptop…

Restoring replaces the workspace, so this dialog only chooses; the app does the swap
(backing the current state up first, then closing, restoring and asking to unlock again).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services import backups
from facilitator_desktop.services.settings import BACKUP_KEEP
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel
from facilitator_desktop.workspace import Workspace


def made_text(created: datetime) -> str:
    """A backup's UTC stamp in local time, in the user's language and its way of writing
    dates and times: "Tue 3 Mar 2026, 18:42", "wt. 3 mar 2026, 18:42"."""
    utc = QDateTime.fromSecsSinceEpoch(
        int(created.replace(tzinfo=UTC).timestamp()), QTimeZone.utc()
    )
    local = utc.toLocalTime()
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    # Translators: a date and time in Qt's format codes (ddd = short weekday, d = day,
    # MMM = short month name, yyyy = year); reorder for your language. "{time}" is kept.
    pattern = QCoreApplication.translate("BackupsDialog", "ddd d MMM yyyy, {time}")
    return locale.toString(local, pattern.replace("{time}", time_format))


def describe(info: backups.BackupInfo) -> tuple[str, str]:
    """("Tue 3 Mar 2026, 18:42", "2 groups · 19 members · 24 sessions · 42 notes")."""

    def count(text: str, n: int) -> str:
        return QCoreApplication.translate("BackupsDialog", text, None, n)

    counts = " · ".join(
        (
            count("%Ln groups", info.groups),
            count("%Ln members", info.members),
            count("%Ln sessions", info.sessions),
            count("%Ln notes", info.notes),
        )
    )
    return made_text(info.created), counts


def stamps_out_of_order(listed: list[backups.BackupInfo]) -> bool:
    """Whether the clock disagreed with the order the backups were made in (it was set
    back, or forward and corrected): then the list, not the dates, says which is newest."""
    return any(
        newer.created < older.created for newer, older in zip(listed, listed[1:], strict=False)
    )


def damaged_note(found: backups.Verification) -> str:
    return QCoreApplication.translate(
        "BackupsDialog",
        "Backup made. Damaged records found while checking it: %Ln (they are damaged in "
        "the workspace too and cannot be read). Everything else was verified and is in the "
        "backup.",
        None,
        found.damaged,
    )


class BackupsDialog(QDialog):
    # The user chose to restore this backup (the app performs it).
    restoreRequested = Signal(Path)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.resize(640, 420)

        intro = QLabel(
            self.tr(
                "A verified copy is made when you close the app and once a day while it is "
                "open. Backups are encrypted like the workspace and open with the same "
                "passphrase."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Holds")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 200)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        # Shown when the dates disagree with the order the backups were made in.
        self.clock_note = ToneLabel(
            self.tr(
                "The computer's clock was changed between backups, so their dates are out of "
                "order. The list shows them in the order they were made, newest first."
            ),
            Tone.WARNING,
            self,
        )
        self.clock_note.setWordWrap(True)
        self.clock_note.hide()

        self.keep = QSpinBox(self)
        self.keep.setRange(1, 100)
        self.keep.setValue(workspace.settings.get(BACKUP_KEEP))
        self.keep.valueChanged.connect(self._keep_changed)
        keep_label = QLabel(self.tr("&Keep the newest"), self)
        keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups"), self))
        keep_row.addStretch(1)

        self.status = ToneLabel("", Tone.MUTED, self)
        self.back_up = QPushButton(self.tr("&Back up now"), self)
        self.back_up.clicked.connect(self.back_up_now)
        self.restore = QPushButton(self.tr("&Restore…"), self)
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._restore_clicked)
        self.export = QPushButton(self.tr("&Export for another laptop…"), self)
        self.export.clicked.connect(self._export_clicked)
        buttons = QHBoxLayout()
        for button in (self.back_up, self.restore, self.export):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.clock_note)
        layout.addLayout(keep_row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        # This workspace's backups only: another workspace's in the same folder are kept,
        # but restoring one would not bring this workspace back.
        listed = backups.list_backups(self._ws.data_dir, self._ws.keyring.workspace_id)
        self.clock_note.setVisible(stamps_out_of_order(listed))
        for info in listed:
            made, holds = describe(info)
            item = QTreeWidgetItem([made, holds])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addTopLevelItem(item)
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)
        else:
            self.status.setText(self.tr("No backups yet."))

    @Slot()
    def back_up_now(self) -> None:
        try:
            self._ws.create_backup()
        except FacilitatorError as exc:
            self.status.set_tone(Tone.ERROR)
            self.status.setText(error_text(exc))
            return
        found = self._ws.last_backup
        if found is not None and found.damaged:
            self.status.set_tone(Tone.WARNING)
            self.status.setText(damaged_note(found))
        else:
            self.status.set_tone(Tone.SUCCESS)
            self.status.setText(self.tr("Backup made and verified."))
        self.reload()

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot()
    def _selection_changed(self) -> None:
        self.restore.setEnabled(self.selected_path() is not None)

    @Slot(int)
    def _keep_changed(self, count: int) -> None:
        self._ws.settings.set(BACKUP_KEEP, count)

    @Slot()
    def _restore_clicked(self) -> None:
        path = self.selected_path()
        item = self.list.currentItem()
        if path is None or item is None:
            return
        if confirm(
            self,
            self.tr("Restore this backup?"),
            # Translators: {made} is when the backup was made, as the list shows it.
            self.tr("Go back to the backup made {made}?").format(made=item.text(0)),
            self.tr(
                "Everything changed since then is replaced. The current state is backed up "
                "first, so you can come back to it. You will unlock again afterwards."
            ),
            self.tr("Restore"),
        ):
            emit(self.restoreRequested, path)
            self.accept()

    @Slot()
    def _export_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the workspace"),
            "facilitator-workspace.fdw",
            self.tr("Facilitator workspace (*.fdw)"),
        )
        if not target:
            return
        try:
            self._ws.export_to(Path(target))
        except FacilitatorError as exc:
            self.status.set_tone(Tone.ERROR)
            self.status.setText(error_text(exc))
            return
        self.status.set_tone(Tone.SUCCESS)
        self.status.setText(
            self.tr("Exported. On the new laptop choose Import… and use the same passphrase.")
        )
