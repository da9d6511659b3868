"""The unlock screen's "Use recovery key" form: the key, then a new passphrase twice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.new_passphrase import NewPassphraseFields
from facilitator_desktop.ui.vault.recovery_key import key_groups, monospace_font
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.passphrase_edit import ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

KEY_GROUPS = 8


class RecoveryKeyEdit(QLineEdit):
    """Typed from paper: monospaced, never completed or remembered by input methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(monospace_font(1.2))
        self.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("W" * 42))
        self.setAccessibleName(self.tr("Recovery key"))
        self.setDragEnabled(False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhPreferUppercase
        )

    def wipe(self) -> None:
        self.setText("")  # setText also drops the undo history


class RecoveryPanel(QWidget):
    # The fields changed; read `acceptable()`.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = ToneLabel(
            self.tr(
                "Type the recovery key you printed or wrote down when you set it up. Spaces, "
                "dashes and upper or lower case do not matter. Then choose a new passphrase."
            ),
            Tone.NORMAL,
            self,
        )
        self.key_edit = RecoveryKeyEdit(self)
        self.key_error = FieldError(self.key_edit, self)
        self.fresh = NewPassphraseFields(self)
        self.show_box = ShowPassphraseBox([self.fresh.passphrase, self.fresh.repeat], self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Recovery &key:"), self.key_edit)
        form.addRow("", self.key_error)
        self.fresh.add_rows(form)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.key_edit.textChanged.connect(self._on_changed)
        self.fresh.changed.connect(self._on_changed)

    def key(self) -> str:
        return self.key_edit.text()

    def new_passphrase(self) -> str:
        return self.fresh.text()

    def acceptable(self) -> bool:
        return len(key_groups(self.key_edit.text())) >= KEY_GROUPS and self.fresh.acceptable()

    def show_key_error(self, message: str) -> None:
        self.key_error.show_message(message)

    def wipe(self) -> None:
        self.key_edit.wipe()
        self.fresh.wipe()
        self.key_error.clear_message()

    def focus_key(self) -> None:
        self.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_changed(self) -> None:
        if self.sender() is self.key_edit:
            self.key_error.clear_message()
        emit(self.changed)
