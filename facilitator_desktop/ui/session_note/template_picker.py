"""The group editor's choice of session-note template: saved as soon as it is picked (it is
not part of the group's form), with a way into the template editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.session_note.template_words import shown
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.eliding_combo import ElidingComboBox

NOT_CHOSEN = -1
#: Characters a template's name asks for; it may shrink further at large type.
TEMPLATE_NAME_SHOWN = 30


class TemplatePicker(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group_id: int | None = None
        # A long template name ends in "…" rather than widen the group form (large type).
        self.box = ElidingComboBox(self)
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(TEMPLATE_NAME_SHOWN)
        self.box.setAccessibleName(self.tr("Session note template"))
        self.box.set_hint(self.tr("How this group's session notes are laid out"))
        self.box.activated.connect(self._on_chosen)
        self.edit_button = QPushButton(self.tr("Edit templates…"), self)
        self.edit_button.clicked.connect(self._on_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.edit_button)

    def set_group(self, group_id: int | None) -> None:
        """Show the template of `group_id` (None: no group, nothing to pick)."""
        self.group_id = group_id
        self.box.clear()
        self.setEnabled(group_id is not None)
        if group_id is None or self.ctx.workspace.locked:
            return
        try:
            templates = self.ctx.workspace.note_templates.list()
            chosen = self.ctx.workspace.note_templates.for_group(group_id).id
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        for template in templates:
            self.box.addItem(shown(template.name), template.id)
        self.box.setCurrentIndex(max(0, self.box.findData(chosen)))

    def chosen(self) -> int | None:
        data = self.box.currentData()
        return data if isinstance(data, int) else None

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        if self.group_id is None:
            return
        try:
            self.ctx.workspace.note_templates.set_for_group(self.group_id, self.chosen())
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            self.set_group(self.group_id)
            return
        emit(
            self.ctx.statusMessage,
            self.tr("Session notes of this group now use “{name}”.").format(
                name=self.box.currentText()
            ),
        )

    @Slot()
    def _on_edit(self) -> None:
        from facilitator_desktop.ui.session_note.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_edited)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_edited(self) -> None:
        self.set_group(self.group_id)
