"""The group editor's "Check-in" section: the scale of the score each member says aloud in
the check-in round (0–10 at the widest) and the question the facilitator asks.

Saved with the group's form (the Groups page asks `save`). A refusal (a scale narrower than
scores already recorded, a question too long) is shown under the section in words and
everything typed stays where it was, so the facilitator only corrects what was refused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.checkin_scores import (
    DEFAULT_SCALE,
    QUESTION_MAX,
    SCALE_HIGHEST,
    SCALE_LOWEST,
    CheckinScale,
    CheckinScoreService,
    check_scale,
)
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.roomy_line_edit import keep_roomy
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel
from facilitator_desktop.ui.widgets.wrap_row import WrapRowLayout

QUESTION_CHARS = 28


class CheckinScaleEditor(QWidget):
    # Something was typed or stepped (not emitted while a group's scale is being shown).
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False

        # Both ends take the whole range: clamping one to the other would change a number
        # the facilitator typed; a scale that does not go up is refused in words instead.
        self.low_spin = self._spin(self.tr("Lowest check-in score"))
        self.high_spin = self._spin(self.tr("Highest check-in score"))
        self.question_edit = QLineEdit(self)
        self.question_edit.setMaxLength(QUESTION_MAX)
        self.question_edit.setPlaceholderText(self.tr("How are you arriving today?"))
        self.question_edit.setAccessibleName(self.tr("Check-in question"))
        self.question_edit.setClearButtonEnabled(True)
        self.error = FieldError(None, self)  # says which field through show_error
        self.hint = ToneLabel(
            self.tr(
                "Each member rates themselves aloud in the check-in round; S then the number "
                "records it. Higher means better. Scores stay private: never on the room "
                "display."
            ),
            Tone.MUTED,
            self,
        )

        to_label = QLabel(self.tr("to"), self)
        question_label = QLabel(self.tr("ask&ed:"), self)
        question_label.setBuddy(self.question_edit)
        # The question wide enough for its example at any font: under the scale when both
        # do not fit on one line.
        keep_roomy(self.question_edit, QUESTION_CHARS)
        scale = QHBoxLayout()
        scale.setSpacing(8)
        for widget in (self.low_spin, to_label, self.high_spin):
            scale.addWidget(widget)
        asked = QHBoxLayout()
        asked.setSpacing(8)
        asked.addWidget(question_label)
        asked.addWidget(self.question_edit, 1)
        row = WrapRowLayout(spacing=16)
        row.add_group(scale)
        row.add_group(asked, stretch=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

        self.low_spin.valueChanged.connect(self._on_edited)
        self.high_spin.valueChanged.connect(self._on_edited)
        self.question_edit.textEdited.connect(self._on_edited)
        self.show_scale(DEFAULT_SCALE)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(SCALE_LOWEST, SCALE_HIGHEST)
        spin.setAccessibleName(name)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    # --- what the group editor asks ---------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        """Show the scale of `group_id` (None: a new group, which starts at 0 to 10)."""
        self.clear_error()
        scale = DEFAULT_SCALE
        if group_id is not None:
            try:
                scale = CheckinScoreService(self.ctx.workspace.context).scale(group_id)
            except FacilitatorError as exc:
                emit(self.ctx.statusMessage, error_text(exc))
        self.show_scale(scale)

    def show_scale(self, scale: CheckinScale) -> None:
        self._loading = True
        try:
            self.low_spin.setValue(scale.low)
            self.high_spin.setValue(scale.high)
            self.question_edit.setText(scale.question)
        finally:
            self._loading = False

    def typed(self) -> tuple[int, int, str]:
        return self.low_spin.value(), self.high_spin.value(), self.question_edit.text()

    def save(self, group_id: int | None) -> bool:
        """Store the scale as typed for `group_id`; None (a group not created yet, which has
        no scores) only checks it. False, with the reason shown and nothing typed lost,
        when it is refused."""
        self.clear_error()
        low, high, question = self.typed()
        try:
            if group_id is None:
                check_scale(low, high, question)
            else:
                CheckinScoreService(self.ctx.workspace.context).set_scale(
                    group_id, low, high, question
                )
        except ValidationError as exc:
            self.show_error(exc.field, error_text(exc))
            return False
        except FacilitatorError as exc:  # locked, the group gone, the disk refused
            self.show_error("checkin_scale", error_text(exc))
            return False
        return True

    def show_error(self, field: str, message: str) -> None:
        self.error.show_message(message)
        target: QWidget = self.question_edit if field == "checkin_question" else self.low_spin
        target.setAccessibleDescription(message)
        target.setFocus()

    def clear_error(self) -> None:
        self.error.clear_message()
        for field in (self.low_spin, self.question_edit):
            field.setAccessibleDescription("")

    def message(self) -> str:
        return self.error.message()

    # --- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        if not self._loading:
            emit(self.changed)
