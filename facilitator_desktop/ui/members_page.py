"""Members of the current group in seat order, and a form for their details.

This is the only screen that shows private details (full name, contact, remarks); they are
decrypted on demand and dropped when the workspace locks.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
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
from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.members import MemberDraft, MemberInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.handouts.acknowledgements import AcknowledgementPanel
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest, open_handout
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.qmodels.members import MemberListModel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.member_rights import (
    EraseMemberDialog,
    ask_save_path,
    export_member_record,
)
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import PageHeader, heading
from facilitator_desktop.ui.widgets.reorder_list import ReorderListView
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class MembersPage(Page):
    key = "members"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._member_id: int | None = None  # None: the form describes a new member
        self._member_before_lock: int | None = None  # an id only, to reselect after unlock
        self._dirty = False
        self._loading = False

        self.header = PageHeader(self.title(), self)

        # --- list ------------------------------------------------------------------------------
        self.model = MemberListModel(self)
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
        self.show_left_box = QCheckBox(self.tr("Show members who &left"), self)
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
        list_column.addWidget(self.show_left_box)
        list_column.addWidget(self.seat_hint)
        self.sign_in_button = QPushButton(self.tr("Print sign-in s&heet…"), self)
        self.sign_in_button.clicked.connect(self._on_print_sign_in)
        list_column.addWidget(self.sign_in_button)
        list_panel = QWidget(self)
        list_panel.setLayout(list_column)
        list_panel.setFixedWidth(280)
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
        self.choose_export_path = ask_save_path  # tests put a chooser of their own here
        self.erase_dialog: EraseMemberDialog | None = None
        self.export_button = QPushButton(self.tr("E&xport member record…"), self)
        self.export_button.setToolTip(self.tr("A file with everything held about this member"))
        self.export_button.clicked.connect(self._on_export)
        self.erase_button = QPushButton(self.tr("Erase &member…"), self)
        self.erase_button.setToolTip(self.tr("Remove this member and their history for good"))
        self.erase_button.clicked.connect(self._on_erase)
        rights = QHBoxLayout()  # with "Mark as left", away from Save
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
        ctx.groupsChanged.connect(self._update_header)
        self._reload()

    def title(self) -> str:
        return self.tr("Members")

    # --- Page contract -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        if not self._dirty:
            return None
        return self.tr("the new member") if self._member_id is None else self.tr("this member")

    def save_changes(self) -> bool:
        return self._save()

    def discard_changes(self) -> None:
        self._show_member(self._selected_member())

    def workspace_locked(self) -> bool:
        dropped = self._dirty
        self._member_before_lock = self._member_id
        self.model.clear()
        self._member_id = None
        self._fill_form(None)
        self.acknowledgements.set_member(None)
        self._set_dirty(False)
        return dropped

    def workspace_unlocked(self) -> None:
        self._reload(select=self._member_before_lock)
        self._member_before_lock = None

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.list_view.setFocus()
        else:
            self.add_button.setFocus()

    # --- loading -------------------------------------------------------------------------------

    def _group_id(self) -> int:
        return self.ctx.current_group_id()

    def _reload(self, select: int | None = None) -> None:
        """Re-read members; select `select` (or keep the current member)."""
        keep = select if select is not None else self._member_id
        group_id = self._group_id()
        self.stack.setCurrentIndex(0 if group_id != NO_GROUP else 1)
        if group_id == NO_GROUP or self.ctx.workspace.locked:
            self.model.set_items([])
        else:
            include_left = self.show_left_box.isChecked()
            self.model.set_items(
                self.ctx.workspace.members.list(group_id, include_left=include_left)
            )
        self._update_header()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)

    def _select_row(self, row: int) -> None:
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
        self._show_member(self.model.item(row) if row >= 0 else None)

    def _selected_member(self) -> MemberInfo | None:
        row = self.list_view.current_row()
        return self.model.item(row) if row >= 0 else None

    def _show_member(self, member: MemberInfo | None) -> None:
        self._member_id = member.id if member else None
        self._fill_form(member)
        self.acknowledgements.set_member(member)
        self._set_dirty(False)
        self._update_buttons()

    def _fill_form(self, member: MemberInfo | None) -> None:
        self._loading = True
        try:
            self.alias_error.clear_message()
            # setText/setPlainText also reset undo history, so no earlier text lingers.
            self.alias_edit.setText(member.alias if member and not member.damaged else "")
            self.full_name_edit.setText(member.full_name if member else "")
            self.contact_edit.setText(member.contact if member else "")
            self.remarks_edit.setPlainText(member.remarks if member else "")
        finally:
            self._loading = False
        if member is None:
            self.form_title.setText(self.tr("New member"))
        elif member.damaged:
            self.form_title.setText(self.tr("Damaged record"))
        else:
            self.form_title.setText(self.tr("Edit member"))
        editable = member is None or not member.damaged
        for widget in (self.alias_edit, self.private_box, self.save_button):
            widget.setEnabled(editable)

    def _update_buttons(self) -> None:
        member = self._selected_member() if self._member_id is not None else None
        self.left_button.setVisible(member is not None)
        for button in (self.export_button, self.erase_button):
            button.setVisible(member is not None and not member.damaged)
        if member is not None:
            self.left_button.setText(
                self.tr("Mark as l&eft") if member.active else self.tr("R&ejoin")
            )
        row = self.list_view.current_row()
        movable = member is not None and member.active
        self.up_button.setEnabled(movable and row > 0)
        self.down_button.setEnabled(movable and row + 1 < self.model.active_count())
        has_group = self._group_id() != NO_GROUP
        self.add_button.setEnabled(has_group)

    @Slot()
    def _update_header(self) -> None:
        group = self.ctx.current_group()
        if group is None:
            self.header.set_subtitle("")
            return
        count = self.model.active_count()
        self.header.set_subtitle(
            self.tr("{group} · %Ln in seat order", "", count).format(group=group.name)
        )

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.state_label.setText(self.tr("Unsaved changes") if dirty else "")

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self._member_id = None
        self._reload()

    @Slot(bool)
    def _on_show_left_toggled(self, _checked: bool) -> None:
        if not self.may_leave():
            self.show_left_box.blockSignals(True)
            self.show_left_box.setChecked(not _checked)
            self.show_left_box.blockSignals(False)
            return
        self._reload()

    @Slot()
    def _on_edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex
    ) -> None:
        member = self.model.item(current.row()) if current.isValid() else None
        if member is not None and member.id == self._member_id:
            self._update_buttons()  # the same member moved to another seat
            return
        if not self.may_leave():
            # Stay on the member with unsaved edits.
            self._select_back(previous)
            return
        self._show_member(member)

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
        if self._group_id() == NO_GROUP:
            return
        if self._member_id is not None and not self.may_leave():
            return
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clear()
            self.list_view.setCurrentIndex(QModelIndex())
        finally:
            selection.blockSignals(False)
        if self._member_id is not None or not self._dirty:
            self._show_member(None)
        self.alias_edit.setFocus()

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
        """Persist the new seat order right away; a move is a complete user action."""
        try:
            self.ctx.workspace.members.reorder(self._group_id(), self.model.active_ids())
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            self._reload()
            return
        for row in range(self.model.active_count()):
            member = self.model.item(row)
            if member.seat != row + 1:
                self.model.replace(row, dataclasses.replace(member, seat=row + 1))
        self._update_buttons()
        emit(self.ctx.statusMessage, self.tr("Seat order saved."))

    @Slot()
    def _on_save(self) -> None:
        self._save()

    @Slot()
    def _on_print_sign_in(self) -> None:
        open_handout(self.ctx, HandoutRequest(HandoutKind.SIGN_IN_SHEET))

    @Slot()
    def _on_export(self) -> None:
        member = self._selected_member()
        if member is None or member.damaged or not self.may_leave():
            return
        export_member_record(self, self.ctx, member.id, member.alias, self.choose_export_path)

    @Slot()
    def _on_erase(self) -> None:
        member = self._selected_member()
        if member is None or member.damaged or not self.may_leave():
            return
        dialog = EraseMemberDialog(self.ctx, member.id, member.alias, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_erased)
        dialog.finished.connect(self._on_erase_finished)
        self.erase_dialog = dialog
        dialog.open()

    @Slot()
    def _on_erased(self) -> None:
        report = self.erase_dialog.report if self.erase_dialog is not None else None
        self._member_id = None
        self._reload()
        if report is not None:
            emit(
                self.ctx.statusMessage,
                self.tr(
                    "Member erased, backups included: {deleted} notes removed, their name "
                    "taken out of {kept} others."
                ).format(deleted=report.notes_deleted, kept=report.notes_redacted),
            )

    @Slot()
    def _on_erase_finished(self) -> None:
        self.erase_dialog = None

    @Slot()
    def _on_left_toggle(self) -> None:
        member = self._selected_member()
        if member is None or not self.may_leave():
            return
        left_on = self.ctx.today() if member.active else None
        try:
            self.ctx.workspace.members.set_left(member.id, left_on)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        self._reload(select=member.id)
        if member.active:
            message = self.tr("Marked as left. Their history is kept.")
            if not self.show_left_box.isChecked():
                message += " " + self.tr("Tick “Show members who left” to see them.")
        else:
            message = self.tr("Welcome back: rejoined the group.")
        emit(self.ctx.statusMessage, message)

    # --- saving --------------------------------------------------------------------------------

    def _save(self) -> bool:
        group_id = self._group_id()
        if group_id == NO_GROUP:
            return False
        self.alias_error.clear_message()
        draft = MemberDraft(
            alias=self.alias_edit.text(),
            full_name=self.full_name_edit.text(),
            contact=self.contact_edit.text(),
            remarks=self.remarks_edit.toPlainText(),
        )
        members = self.ctx.workspace.members
        try:
            if self._member_id is None:
                info = members.add(group_id, draft)
            else:
                info = members.update(self._member_id, draft)
        except ValidationError as exc:
            # Everything typed stays in the form; the message sits under the alias.
            self.alias_error.show_message(exc.message)
            self.alias_edit.setFocus()
            return False
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return False
        created = self._member_id is None
        self._set_dirty(False)
        self._reload(select=info.id)
        emit(
            self.ctx.statusMessage,
            self.tr("Member added.") if created else self.tr("Member saved."),
        )
        return True
