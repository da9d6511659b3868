"""Members of the current group in seat order, and a form for their details.

This is the only screen that shows private details (full name, contact, remarks); they are
decrypted on demand and dropped when the workspace locks. The widgets are here; what the
form describes, saving, seats, leaving and a member's rights are `MembersPresenter`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.validation import ALIAS_MAX
from facilitator_desktop.services.members import MemberDraft, MemberInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.handouts.acknowledgements import AcknowledgementPanel
from facilitator_desktop.ui.measures.entry_dialog import open_entry_dialog
from facilitator_desktop.ui.members_presenter import MembersPresenter
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.qmodels.members import MemberListModel
from facilitator_desktop.ui.vault.export_review import ChooseSavePath
from facilitator_desktop.ui.vault.member_rights import (
    EraseMemberDialog,
    ask_save_path,
    export_member_record,
)
from facilitator_desktop.ui.widgets.check_line import CheckLine
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import PageHeader, heading
from facilitator_desktop.ui.widgets.reorder_list import ReorderListView
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class MembersPage(Page):
    key = "members"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

        self.header = PageHeader(self.title(), self)

        # --- list ------------------------------------------------------------------------------
        self.model = MemberListModel(self)
        self.presenter = MembersPresenter(ctx, self, self.model)
        self.model.rowMoved.connect(self._on_row_moved)
        self.add_button = QPushButton(self.tr("&Add member"), self)
        self.add_button.setToolTip(self.tr("Add a member to this group (Ctrl+N)"))
        self.add_button.clicked.connect(self._on_add)
        self.list_view = ReorderListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Members in seat order"))
        self.list_view.setItemDelegate(RoomyItemDelegate(self.list_view))
        self.list_view.setToolTip(self.tr("Drag to change seats, or use Alt+Up and Alt+Down."))
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.up_button = QPushButton(self.tr("Move u&p"), self)
        self.up_button.setToolTip(self.tr("Move one seat earlier (Alt+Up)"))
        self.up_button.clicked.connect(self._on_move_up)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.setToolTip(self.tr("Move one seat later (Alt+Down)"))
        self.down_button.clicked.connect(self._on_move_down)
        # Its words wrap (large type) rather than clip or widen the list's column.
        self.show_left_line = CheckLine(self.tr("Show members who &left"), self)
        self.show_left_box = self.show_left_line.box
        self.show_left_box.toggled.connect(self._on_show_left_toggled)
        self.seat_hint = ToneLabel(
            self.tr("Seat order is the order of rounds. Drag to change it."), Tone.MUTED, self
        )
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        list_column = QVBoxLayout()
        list_column.addWidget(self.add_button)
        list_column.addWidget(self.list_view, 1)
        list_column.addLayout(move_row)
        list_column.addWidget(self.show_left_line)
        list_column.addWidget(self.seat_hint)
        self.sign_in_button = QPushButton(self.tr("Print sign-in s&heet…"), self)
        self.sign_in_button.clicked.connect(self._on_print_sign_in)
        list_column.addWidget(self.sign_in_button)
        list_panel = QWidget(self)
        list_panel.setLayout(list_column)
        # 280 pixels where there is room; at large type the form needs some of them, and
        # the page would otherwise scroll sideways.
        list_panel.setMinimumWidth(220)
        list_panel.setMaximumWidth(280)
        list_column.setContentsMargins(0, 0, 0, 0)

        # --- form ------------------------------------------------------------------------------
        self.form_title = heading("", 2, self)
        self.alias_edit = QLineEdit(self)
        self.alias_edit.setMaxLength(ALIAS_MAX)
        self.alias_edit.setPlaceholderText(self.tr("First name or nickname"))
        self.alias_error = FieldError(self.alias_edit, self)
        alias_hint = ToneLabel(
            self.tr("What the room sees. Must be different from everyone else in this group."),
            Tone.MUTED,
            self,
        )
        alias_form = QFormLayout()
        alias_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        alias_form.setVerticalSpacing(6)
        alias_form.addRow(self.tr("Al&ias:"), self.alias_edit)
        alias_form.addRow("", self.alias_error)
        alias_form.addRow("", alias_hint)

        self.private_box = QGroupBox(self.tr("Private — encrypted"), self)
        self.full_name_edit = QLineEdit(self.private_box)
        self.contact_edit = QLineEdit(self.private_box)
        self.contact_edit.setPlaceholderText(self.tr("Phone or email"))
        self.remarks_edit = QPlainTextEdit(self.private_box)
        self.remarks_edit.setTabChangesFocus(True)
        self.remarks_edit.setPlaceholderText(
            self.tr("Anything you need to remember (access needs, who referred them…)")
        )
        self.remarks_edit.setFixedHeight(96)
        private_note = ToneLabel(
            self.tr(
                "Shown only on this screen. Stored encrypted with your passphrase; never on "
                "the room display or handouts."
            ),
            Tone.MUTED,
            self.private_box,
        )
        private_form = QFormLayout(self.private_box)
        private_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        private_form.setVerticalSpacing(8)
        private_form.addRow(self.tr("Full &name:"), self.full_name_edit)
        private_form.addRow(self.tr("C&ontact:"), self.contact_edit)
        private_form.addRow(self.tr("&Remarks:"), self.remarks_edit)
        private_form.addRow("", private_note)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        self.save_button.clicked.connect(self._on_save)
        self.left_button = QPushButton(self.tr("Mark as l&eft"), self)
        self.left_button.clicked.connect(self._on_left_toggle)
        self.state_label = ToneLabel("", Tone.MUTED, self)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.left_button)
        # A member's rights: a copy of their record, and erasure.
        # Where an export goes: the file dialog (tests put a chooser of their own here).
        self.choose_export_path: ChooseSavePath = ask_save_path
        self.erase_dialog: EraseMemberDialog | None = None
        self.export_button = QPushButton(self.tr("E&xport member record…"), self)
        self.export_button.setToolTip(self.tr("A file with everything held about this member"))
        self.export_button.clicked.connect(self._on_export)
        self.erase_button = QPushButton(self.tr("Erase &member…"), self)
        self.erase_button.setToolTip(self.tr("Remove this member and their history for good"))
        self.erase_button.clicked.connect(self._on_erase)
        self.measure_button = QPushButton(self.tr("En&ter a measure…"), self)
        self.measure_button.setToolTip(self.tr("Type in a PHQ-9, GAD-7 or your own measure"))
        self.measure_button.clicked.connect(self._on_enter_measure)
        rights = QHBoxLayout()  # with "Mark as left", away from Save
        rights.addWidget(self.measure_button)
        rights.addStretch(1)
        rights.addWidget(self.export_button)
        rights.addWidget(self.erase_button)

        form_panel = QWidget(self)
        form_layout = QVBoxLayout(form_panel)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(10)
        form_layout.addWidget(self.form_title)
        form_layout.addLayout(alias_form)
        form_layout.addWidget(self.private_box)
        form_layout.addLayout(actions)
        form_layout.addLayout(rights)
        self.acknowledgements = AcknowledgementPanel(ctx, self)
        form_layout.addWidget(self.acknowledgements)
        form_layout.addStretch(1)
        form_panel.setMaximumWidth(720)

        body_widget = QWidget(self)
        body = QHBoxLayout(body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(24)
        body.addWidget(list_panel)
        body.addWidget(form_panel, 1)

        self.empty_state = ToneLabel(
            self.tr("Create a group on the Groups page first; its members are listed here."),
            Tone.MUTED,
            self,
        )
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(body_widget)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        for edit in (self.alias_edit, self.full_name_edit, self.contact_edit):
            edit.textEdited.connect(self._on_edited)
            edit.returnPressed.connect(self._on_save)
        self.remarks_edit.textChanged.connect(self._on_edited)
        self.page_shortcut(QKeySequence.StandardKey.Save, self._on_save)
        self.page_shortcut(QKeySequence.StandardKey.New, self._on_add)

        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self._on_groups_changed)
        self.presenter.reload()

    def title(self) -> str:
        return self.tr("Members")

    # --- Page contract -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        return self.presenter.unsaved_what()

    def save_changes(self) -> bool:
        return self.presenter.save()

    def discard_changes(self) -> None:
        self.presenter.discard_changes()

    def workspace_locked(self) -> bool:
        return self.presenter.workspace_locked()

    def workspace_unlocked(self) -> None:
        self.presenter.workspace_unlocked()

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.list_view.setFocus()
        else:
            self.add_button.setFocus()

    # --- what the presenter asks (MembersShows) ------------------------------------------------

    def show_group(self, has_group: bool) -> None:
        self.stack.setCurrentIndex(0 if has_group else 1)

    def show_left_members(self) -> bool:
        return self.show_left_box.isChecked()

    def select_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        try:
            self.list_view.select_row(row)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            selection.blockSignals(False)
        self.list_view.viewport().update()

    def selected_row(self) -> int:
        return self.list_view.current_row()

    def clear_selection(self) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clear()
            self.list_view.setCurrentIndex(QModelIndex())
        finally:
            selection.blockSignals(False)

    def fill_form(self, member: MemberInfo | None) -> None:
        self.alias_error.clear_message()
        # setText/setPlainText also reset undo history, so no earlier text lingers.
        self.alias_edit.setText(member.alias if member and not member.damaged else "")
        self.full_name_edit.setText(member.full_name if member else "")
        self.contact_edit.setText(member.contact if member else "")
        self.remarks_edit.setPlainText(member.remarks if member else "")
        if member is None:
            self.form_title.setText(self.tr("New member"))
        elif member.damaged:
            self.form_title.setText(self.tr("Damaged record"))
        else:
            self.form_title.setText(self.tr("Edit member"))
        editable = member is None or not member.damaged
        for widget in (self.alias_edit, self.private_box, self.save_button):
            widget.setEnabled(editable)
        self.acknowledgements.set_member(member)

    def draft(self) -> MemberDraft:
        return MemberDraft(
            alias=self.alias_edit.text(),
            full_name=self.full_name_edit.text(),
            contact=self.contact_edit.text(),
            remarks=self.remarks_edit.toPlainText(),
        )

    def show_alias_error(self, message: str) -> None:
        self.alias_error.show_message(message)
        self.alias_edit.setFocus()

    def clear_alias_error(self) -> None:
        self.alias_error.clear_message()

    def focus_alias(self) -> None:
        self.alias_edit.setFocus()

    def show_dirty(self, dirty: bool) -> None:
        self.state_label.setText(self.tr("Unsaved changes") if dirty else "")

    def update_header(self) -> None:
        group = self.ctx.current_group()
        if group is None:
            self.header.set_subtitle("")
            return
        count = self.model.active_count()
        self.header.set_subtitle(
            self.tr("{group} · %Ln in seat order", "", count).format(group=group.name)
        )

    def update_buttons(self, member: MemberInfo | None) -> None:
        self.left_button.setVisible(member is not None)
        for button in (self.export_button, self.erase_button, self.measure_button):
            button.setVisible(member is not None and not member.damaged)
        if member is not None:
            self.left_button.setText(
                self.tr("Mark as l&eft") if member.active else self.tr("R&ejoin")
            )
        row = self.list_view.current_row()
        movable = member is not None and member.active
        self.up_button.setEnabled(movable and row > 0)
        self.down_button.setEnabled(movable and row + 1 < self.model.active_count())
        self.add_button.setEnabled(self.ctx.current_group_id() != NO_GROUP)

    def export_record(self, member: MemberInfo) -> None:
        export_member_record(self, self.ctx, member.id, member.alias, self.choose_export_path)

    def ask_to_erase(self, member: MemberInfo) -> None:
        dialog = EraseMemberDialog(self.ctx, member.id, member.alias, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_erased)
        dialog.finished.connect(self._on_erase_finished)
        self.erase_dialog = dialog
        dialog.open()

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self.presenter.group_changed()

    @Slot()
    def _on_groups_changed(self) -> None:
        self.update_header()

    @Slot(bool)
    def _on_show_left_toggled(self, checked: bool) -> None:
        if not self.presenter.show_left_toggled():
            self.show_left_box.blockSignals(True)
            self.show_left_box.setChecked(not checked)
            self.show_left_box.blockSignals(False)

    @Slot()
    def _on_edited(self) -> None:
        self.presenter.edited()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex
    ) -> None:
        if not self.presenter.current_changed(current.row() if current.isValid() else -1):
            self._select_back(previous)  # stay on the member with unsaved edits

    def _select_back(self, previous: QModelIndex) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        try:
            if previous.isValid():
                self.list_view.setCurrentIndex(previous)
            else:
                selection.clear()
        finally:
            selection.blockSignals(False)

    @Slot()
    def _on_add(self) -> None:
        self.presenter.add()

    @Slot()
    def _on_move_up(self) -> None:
        self.list_view.move_current(-1)
        self.list_view.setFocus()

    @Slot()
    def _on_move_down(self) -> None:
        self.list_view.move_current(+1)
        self.list_view.setFocus()

    @Slot(int, int)
    def _on_row_moved(self, _old: int, _new: int) -> None:
        self.presenter.row_moved()

    @Slot()
    def _on_save(self) -> None:
        self.presenter.save()

    @Slot()
    def _on_print_sign_in(self) -> None:
        self.presenter.print_sign_in()

    @Slot()
    def _on_export(self) -> None:
        self.presenter.export()

    @Slot()
    def _on_erase(self) -> None:
        self.presenter.erase()

    @Slot()
    def _on_enter_measure(self) -> None:
        member = self.presenter.selected_member()
        if member is not None and not member.damaged and self.may_leave():
            open_entry_dialog(self, self.ctx, member.id, member.alias)

    @Slot()
    def _on_erased(self) -> None:
        dialog = self.erase_dialog
        self.presenter.erased(dialog.report if dialog is not None else None)

    @Slot()
    def _on_erase_finished(self) -> None:
        self.erase_dialog = None

    @Slot()
    def _on_left_toggle(self) -> None:
        self.presenter.toggle_left()
