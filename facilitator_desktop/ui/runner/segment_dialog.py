"""Add a segment, or rename a segment and change its minutes, during a session.

Bad input (empty name, 0 or 500 minutes, letters) is refused inline with a clear message;
the dialog stays open with what was typed, and the agenda is not touched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.agenda import SegmentKind
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading

MAX_MINUTES = 480
NAME_MAX = 80


class SegmentDialog(QDialog):
    """``SegmentDialog(parent)`` adds; ``SegmentDialog(parent, name=..., minutes=...)`` edits
    the name and minutes of an existing segment (its kind is shown, not editable: the
    talking order of a segment under way cannot change its kind)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str | None = None,
        minutes: float | None = None,
        kind: SegmentKind = "open",
    ) -> None:
        super().__init__(parent)
        self.adding = name is None
        title = self.tr("Add a segment") if self.adding else self.tr("Change a segment")
        self.setWindowTitle(title)
        self.setModal(True)
        self._minutes = 0
        self.name_edit = QLineEdit(name or "", self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("e.g. Closing round"))
        self.name_error = FieldError(self.name_edit, self)
        self.minutes_edit = QLineEdit(self)
        self.minutes_edit.setPlaceholderText(self.tr("minutes"))
        self.minutes_edit.setMaxLength(4)
        if minutes is not None:
            self.minutes_edit.setText(f"{minutes:g}")
        self.minutes_edit.setAccessibleName(self.tr("Minutes"))
        self.minutes_error = FieldError(self.minutes_edit, self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Round: everyone in seat order"), "round")
        self.kind_combo.addItem(self.tr("Open: raise a hand to join the queue"), "open")
        self.kind_combo.setCurrentIndex(0 if kind == "round" else 1)
        self.kind_combo.setEnabled(self.adding)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Minutes:"), self.minutes_edit)
        form.addRow("", self.minutes_error)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add") if self.adding else self.tr("Change"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 2))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        (self.name_edit if self.adding else self.minutes_edit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
        self.setMinimumWidth(380)

    # --- values ------------------------------------------------------------------------------

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def minutes(self) -> int:
        return self._minutes

    def kind(self) -> SegmentKind:
        return "round" if self.kind_combo.currentData() == "round" else "open"

    # --- validation --------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name():
            found["name"] = self.tr("Give the segment a name, e.g. “Check-out”.")
        text = self.minutes_edit.text().strip()
        if not text:
            found["minutes"] = self.tr("Enter how many minutes the segment takes.")
        elif not text.isdigit():
            found["minutes"] = self.tr("Enter whole minutes as a number, e.g. 10.")
        elif int(text) < 1:
            found["minutes"] = self.tr("A segment needs at least 1 minute.")
        elif int(text) > MAX_MINUTES:
            found["minutes"] = self.tr("A segment can be at most {max} minutes.").format(
                max=MAX_MINUTES
            )
        return found

    @Slot()
    def _on_ok(self) -> None:
        found = self.problems()
        self.name_error.show_message(found.get("name", ""))
        self.minutes_error.show_message(found.get("minutes", ""))
        if found:
            (self.name_edit if "name" in found else self.minutes_edit).setFocus()
            return
        self._minutes = int(self.minutes_edit.text().strip())
        self.accept()
