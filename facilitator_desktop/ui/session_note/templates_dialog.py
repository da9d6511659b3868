"""A small editor for session-note templates: the four built-ins (changed, or put back as
shipped) and the facilitator's own (new, changed, deleted). A template is a name and its
sections, each a heading and a line of guidance; notes already written keep their headings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.note_templates import (
    SECTIONS_MAX,
    TemplateDraft,
    TemplateInfo,
    TemplateSection,
)
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.session_note.template_words import shown
from facilitator_desktop.ui.widgets.prompts import UnsavedChoice, ask_unsaved, confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE, GUIDANCE = range(2)


class TemplatesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Session note templates"))
        self._templates: list[TemplateInfo] = []
        self._current: TemplateInfo | None = None
        self._dirty = False
        self._filling = False

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(260)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("&New template"), self)
        self.new_button.clicked.connect(self._on_new)

        self.name_edit = QLineEdit(self)
        self.name_edit.textEdited.connect(self._on_edited)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        self.sections = QTableWidget(0, 2, self)
        self.sections.setHorizontalHeaderLabels([self.tr("Heading"), self.tr("Guidance")])
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.verticalHeader().setVisible(False)
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.sections.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GUIDANCE, QHeaderView.ResizeMode.Stretch)
        self.sections.itemChanged.connect(self._on_edited)
        self.add_button = QPushButton(self.tr("&Add section"), self)
        self.add_button.clicked.connect(self._on_add_section)
        self.remove_button = QPushButton(self.tr("Re&move section"), self)
        self.remove_button.clicked.connect(self._on_remove_section)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(self._on_up)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.clicked.connect(self._on_down)
        self.error_label = ToneLabel("", Tone.ERROR, self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.save_button.clicked.connect(self._on_save)
        self.delete_button = QPushButton(self.tr("&Delete template"), self)
        self.delete_button.clicked.connect(self._on_delete)
        self.reset_button = QPushButton(self.tr("Put back as &shipped"), self)
        self.reset_button.clicked.connect(self._on_reset)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self._on_close)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        section_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            section_buttons.addWidget(button)
        section_buttons.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.sections, 1)
        right.addLayout(section_buttons)
        right.addWidget(
            ToneLabel(
                self.tr("Notes already written keep the headings they were written under."),
                Tone.MUTED,
                self,
            )
        )
        right.addWidget(self.error_label)
        right.addLayout(actions)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)
        self.resize(1000, 480)
        self.reload()

    # --- the list ------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        try:
            self._templates = self.ctx.workspace.note_templates.list()
        except FacilitatorError as exc:
            self._fail(error_text(exc))
            return
        self.list.blockSignals(True)
        self.list.clear()
        for template in self._templates:
            name = shown(template.name)
            if template.builtin:
                name = self.tr("{name} (built in)").format(name=name)
            item = QListWidgetItem(name, self.list)
            item.setData(ID_ROLE, template.id)
        self.list.blockSignals(False)
        wanted = select if select is not None else (self._current.id if self._current else None)
        row = next((i for i, t in enumerate(self._templates) if t.id == wanted), 0)
        self.list.setCurrentRow(row)
        self._show(self._templates[row] if self._templates else None)

    def _show(self, template: TemplateInfo | None) -> None:
        self._current = template
        self._filling = True
        self.name_edit.setText(shown(template.name) if template else "")
        self.sections.setRowCount(0)
        for section in template.sections if template else ():
            self._append(shown(section.title), shown(section.guidance))
        self._filling = False
        self._dirty = False
        self.error_label.hide()
        builtin = template is not None and template.builtin
        self.delete_button.setVisible(template is not None and not builtin)
        self.reset_button.setVisible(builtin)
        self._update_buttons()

    def _append(self, title: str, guidance: str) -> None:
        row = self.sections.rowCount()
        self.sections.insertRow(row)
        self.sections.setItem(row, TITLE, QTableWidgetItem(title))
        self.sections.setItem(row, GUIDANCE, QTableWidgetItem(guidance))

    def draft(self) -> TemplateDraft:
        sections = []
        for row in range(self.sections.rowCount()):
            title, guidance = self.sections.item(row, TITLE), self.sections.item(row, GUIDANCE)
            sections.append(
                TemplateSection(title.text() if title else "", guidance.text() if guidance else "")
            )
        return TemplateDraft(self.name_edit.text(), tuple(sections))

    # --- editing -------------------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        if not self._filling:
            self._dirty = True

    @Slot()
    def _on_add_section(self) -> None:
        if self.sections.rowCount() >= SECTIONS_MAX:
            self._fail(self.tr("A template has at most 12 sections."))
            return
        self._append("", "")
        row = self.sections.rowCount() - 1
        self.sections.setCurrentCell(row, TITLE)
        item = self.sections.item(row, TITLE)
        if item is not None:
            self.sections.editItem(item)
        self._dirty = True
        self._update_buttons()

    @Slot()
    def _on_remove_section(self) -> None:
        row = self.sections.currentRow()
        if row >= 0:
            self.sections.removeRow(row)
            self._dirty = True
            self._update_buttons()

    @Slot()
    def _on_up(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.sections.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.sections.rowCount():
            return
        self._filling = True
        for column in (TITLE, GUIDANCE):
            here, there = (
                self.sections.takeItem(row, column),
                self.sections.takeItem(target, column),
            )
            self.sections.setItem(row, column, there)
            self.sections.setItem(target, column, here)
        self._filling = False
        self.sections.setCurrentCell(target, self.sections.currentColumn())
        self._dirty = True

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.sections.rowCount() > 1)
        self.add_button.setEnabled(self.sections.rowCount() < SECTIONS_MAX)

    # --- saving --------------------------------------------------------------------------------

    @Slot()
    def _on_new(self) -> None:
        if not self._may_leave():
            return
        self.list.clearSelection()
        self._show(None)
        self.name_edit.setText(self.tr("My template"))
        self._append(self.tr("Note"), "")
        self._dirty = True
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def save(self) -> bool:
        templates = self.ctx.workspace.note_templates
        try:
            if self._current is None:
                saved = templates.create(self.draft())
            else:
                saved = templates.update(self._current.id, self.draft())
        except FacilitatorError as exc:
            self._fail(error_text(exc))
            return False
        self._dirty = False
        self.reload(saved.id)
        return True

    @Slot()
    def _on_save(self) -> None:
        self.save()

    @Slot()
    def _on_delete(self) -> None:
        template = self._current
        if template is None or template.builtin:
            return
        if not confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “{name}”?").format(name=template.name),
            self.tr(
                "Groups that use it go back to free text. Notes written with it keep their "
                "sections."
            ),
            self.tr("&Delete"),
        ):
            return
        try:
            self.ctx.workspace.note_templates.delete(template.id)
        except FacilitatorError as exc:
            self._fail(error_text(exc))
            return
        self._current = None
        self.reload()

    @Slot()
    def _on_reset(self) -> None:
        template = self._current
        if template is None or not template.builtin:
            return
        try:
            self.ctx.workspace.note_templates.reset(template.id)
        except FacilitatorError as exc:
            self._fail(error_text(exc))
            return
        self.reload(template.id)

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # --- leaving -------------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        if not self._may_leave():
            if previous is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        template_id = current.data(ID_ROLE)
        self._show(next((t for t in self._templates if t.id == template_id), None))

    def _may_leave(self) -> bool:
        if not self._dirty:
            return True
        choice = ask_unsaved(self, self.tr("the template"))
        if choice is UnsavedChoice.SAVE:
            return self.save()
        if choice is UnsavedChoice.DISCARD:
            self._dirty = False
            return True
        return False

    @Slot()
    def _on_close(self) -> None:
        if self._may_leave():
            self.accept()

    def reject(self) -> None:
        # Esc, or a lock: no question asked. Edits that make a valid template are kept.
        if self._dirty:
            self.save()
        super().reject()
