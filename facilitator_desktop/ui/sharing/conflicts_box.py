"""Settings → Sharing → Conflicts: a field edited on two laptops keeps the later edit; the
other value is listed here until the facilitator has looked at it.

"Keep the current value" resolves it. When the other value was the right one, it is copied
and typed into the record on its page (that edit syncs like any other), then resolved.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.sharing import ConflictInfo, SharingService
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.sharing.card_box import copy_text
from facilitator_desktop.ui.sharing.words import field_words, record_words, top_items
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingConflicts", text)


def what_words(conflict: ConflictInfo) -> str:
    return _tr("{record}: {field}").format(
        record=record_words(conflict.table), field=field_words(conflict.field)
    )


class ConflictsBox(QGroupBox):
    # How many conflicts are listed now.
    counted = Signal(int)

    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Conflicts"), parent)
        self._sharing = sharing
        intro = ToneLabel(
            _tr(
                "When the same detail was changed on two laptops, the later change is kept "
                "everywhere and the other value is listed here. If the other value was the "
                "right one, copy it and edit the record on its page; then keep."
            ),
            Tone.NORMAL,
            self,
        )
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr("What"), _tr("The other value"), _tr("When")])
        self.tree.setAccessibleName(_tr("Conflicts"))
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(self._on_selection)
        self.empty = ToneLabel(_tr("No conflicts."), Tone.MUTED, self)
        self.copy_button = QPushButton(_tr("&Copy the other value"), self)
        self.copy_button.clicked.connect(self.copy_other)
        self.keep_button = QPushButton(_tr("&Keep the current value"), self)
        self.keep_button.clicked.connect(self.keep_current)
        self.message = ToneLabel("", Tone.MUTED, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.conflicts: list[ConflictInfo] = []

    def reload(self) -> None:
        try:
            self.conflicts = self._sharing.conflicts()
        except FacilitatorError as exc:
            self.conflicts = []
            self._say(error_text(exc), Tone.ERROR)
        self.tree.clear()
        for conflict in self.conflicts:
            local = conflict.created_at.replace(tzinfo=UTC).astimezone()
            item = QTreeWidgetItem(
                self.tree,
                [
                    what_words(conflict),
                    conflict.other_value or _tr("(damaged: cannot be shown)"),
                    f"{short_date(local)} {short_time(local)}",
                ],
            )
            item.setData(0, CONFLICT_ROLE, conflict.id)
        rows = top_items(self.tree)
        if rows:
            self.tree.setCurrentItem(rows[0])
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not self.conflicts)
        self.tree.setVisible(bool(self.conflicts))
        self._on_selection()
        emit(self.counted, len(self.conflicts))

    def rows(self) -> list[tuple[str, str]]:
        """(what, the other value) per listed conflict, as shown."""
        return [(item.text(0), item.text(1)) for item in top_items(self.tree)]

    def _current(self) -> ConflictInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, CONFLICT_ROLE)
        return next((c for c in self.conflicts if c.id == wanted), None)

    @Slot()
    def _on_selection(self) -> None:
        current = self._current()
        self.keep_button.setEnabled(current is not None)
        self.copy_button.setEnabled(current is not None and bool(current.other_value))

    @Slot()
    def copy_other(self) -> None:
        current = self._current()
        if current is not None:
            copy_text(current.other_value)
            self._say(_tr("Copied. Paste it into the record, then keep."), Tone.MUTED)

    @Slot()
    def keep_current(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            self._sharing.resolve_conflict(current.id)
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            self.reload()
            return
        self._say(_tr("Resolved: the current value stays."), Tone.SUCCESS)
        self.reload()

    def _say(self, text: str, tone: Tone) -> None:
        self.message.set_tone(tone)
        self.message.setText(text)
