"""A small window that runs a change of secrets and shows how far it got.

It cannot be cancelled: a change half-way is finished (it takes seconds), never abandoned.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from facilitator_desktop.services.key_changes import KeyChangeReport
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.key_change_task import KeyChangeTask, KeyChangeWork
from facilitator_desktop.ui.vault.key_change_text import stage_text
from facilitator_desktop.ui.widgets.headings import heading


class KeyChangeProgressDialog(QDialog):
    # The change is done: its KeyChangeReport.
    changed = Signal(object)
    # It failed and nothing changed: the exception.
    changeFailed = Signal(object)

    def __init__(self, title: str, work: KeyChangeWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("keyChangeProgressDialog")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._work = work
        self.stage = QLabel(self.tr("Checking the passphrase…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(title, 2, self))
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        self.setMinimumWidth(460)
        self.task = KeyChangeTask(self)
        self.task.progressed.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)

    def open(self) -> None:
        super().open()
        self.task.start(self._work)

    @Slot(str, int, int)
    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(stage_text(stage, done, total))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    @Slot(object)
    def _on_finished(self, report: KeyChangeReport) -> None:
        self.accept()
        emit(self.changed, report)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self.reject()
        emit(self.changeFailed, error)

    def reject(self) -> None:
        if self.task.running:
            return  # Escape does nothing while the change runs
        super().reject()
