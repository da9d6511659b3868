"""Groups: the list of groups and a form for name, schedule, limits and default agenda.

The widgets are here; what the form describes, saving and archiving are
`GroupsPresenter`'s."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.validation import GROUP_NAME_MAX, SegmentSpec
from facilitator_desktop.i18n import NATIVE_NAMES, SHIPPED_LANGUAGES
from facilitator_desktop.services.groups import GroupDraft, GroupInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.formatting import number
from facilitator_desktop.ui.groups_presenter import GroupsPresenter
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.session_note.template_picker import TemplatePicker
from facilitator_desktop.ui.widgets.agenda_editor import AgendaEditor
from facilitator_desktop.ui.widgets.checkin_scale_editor import CheckinScaleEditor
from facilitator_desktop.ui.widgets.field_error import FieldError, FormErrors
from facilitator_desktop.ui.widgets.headings import PageHeader, heading
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _buddy(text: str, field: QWidget) -> QLabel:
    # QFormLayout only sets a buddy when the field is a widget, not a layout.
    label = QLabel(text)
    label.setBuddy(field)
    return label


class GroupsPage(Page):
    key = "groups"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.presenter = GroupsPresenter(ctx, self)

        self.header = PageHeader(self.title(), self)
        self.header.set_subtitle(
            self.tr("Each group has its own schedule, members, ground rules and agenda.")
        )

        # --- list ------------------------------------------------------------------------------
        self.list_view = QListView(self)
        self.list_view.setModel(ctx.groups)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAccessibleName(self.tr("Groups"))
        self.list_view.setItemDelegate(RoomyItemDelegate(self.list_view))
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.new_button = QPushButton(self.tr("New grou&p"), self)
        self.new_button.setToolTip(self.tr("Start a new group (Ctrl+N)"))
        self.new_button.clicked.connect(self._on_new)
        list_column = QVBoxLayout()
        list_column.setSpacing(8)  # nested layouts would inherit the wide column gap
        list_column.addWidget(self.new_button)
        list_column.addWidget(self.list_view, 1)

        # --- form ------------------------------------------------------------------------------
        self.form_title = heading("", 2, self)
        self.damaged_label = ToneLabel("", Tone.ERROR, self)
        self.damaged_label.setObjectName("damagedGroup")
        self.damaged_label.hide()
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(GROUP_NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("e.g. Tuesday Grief Circle"))
        self.name_error = FieldError(self.name_edit, self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Who the group is for (optional)"))
        self.description_edit.setFixedHeight(64)
        self.weekday_combo = QComboBox(self)
        self.weekday_combo.addItem(self.tr("No fixed day"), None)
        locale = QLocale()
        for day in range(7):  # the service counts from 0 = Monday, Qt from 1 = Monday
            self.weekday_combo.addItem(locale.dayName(day + 1), day)
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setMaxLength(5)
        self.time_edit.setFixedWidth(80)
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.time_error = FieldError(self.time_edit, self)
        schedule = QHBoxLayout()
        schedule.setSpacing(8)
        schedule.addWidget(self.weekday_combo)
        schedule.addWidget(QLabel(self.tr("at"), self))
        schedule.addWidget(self.time_edit)
        schedule.addStretch(1)

        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(10, 480)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_error = FieldError(self.minutes_spin, self)
        self.soft_limit_spin = QSpinBox(self)
        self.soft_limit_spin.setRange(1, 60)
        self.soft_limit_spin.setSuffix(self.tr(" min"))
        soft_limit = QHBoxLayout()
        soft_limit.setSpacing(10)
        soft_limit.addWidget(self.soft_limit_spin)
        soft_limit_hint = ToneLabel(
            self.tr("A quiet colour cue when someone speaks longer than this."), Tone.MUTED, self
        )
        soft_limit_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        soft_limit.addWidget(soft_limit_hint, 1)
        self.soft_limit_error = FieldError(self.soft_limit_spin, self)

        # What the room reads: handouts, rule cards and the room display of this group.
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("The app's language"), "")
        for code in SHIPPED_LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setAccessibleName(self.tr("Language of the group's handouts"))
        language = QHBoxLayout()
        language.setSpacing(10)
        language.addWidget(self.language_combo)
        language_hint = ToneLabel(
            self.tr("Handouts, rule cards from the library and the room display."),
            Tone.MUTED,
            self,
        )
        language_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        language.addWidget(language_hint, 1)
        self.language_error = FieldError(self.language_combo, self)

        self.agenda_editor = AgendaEditor(self)
        self.agenda_total = ToneLabel("", Tone.MUTED, self)
        self.agenda_total.setWordWrap(False)
        self.agenda_error = FieldError(self.agenda_editor, self)

        # Saved as soon as it is picked (not part of the form's Save).
        self.template_picker = TemplatePicker(ctx, self)
        self.checkin_editor = CheckinScaleEditor(ctx, self)  # saved with the form
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(_buddy(self.tr("Meets &on:"), self.weekday_combo), schedule)
        form.addRow("", self.time_error)
        form.addRow(self.tr("Session &length:"), self.minutes_spin)
        form.addRow("", self.minutes_error)
        form.addRow(_buddy(self.tr("Spea&ker soft limit:"), self.soft_limit_spin), soft_limit)
        form.addRow("", self.soft_limit_error)
        form.addRow(_buddy(self.tr("&Handouts in:"), self.language_combo), language)
        form.addRow("", self.language_error)
        form.addRow(
            _buddy(self.tr("Session no&tes:"), self.template_picker.box), self.template_picker
        )
        form.addRow(
            _buddy(self.tr("Check-&in score:"), self.checkin_editor.low_spin), self.checkin_editor
        )
        form.addRow(_buddy(self.tr("Default &agenda:"), self.agenda_editor), self.agenda_editor)
        form.addRow("", self.agenda_total)
        form.addRow("", self.agenda_error)

        self.errors = FormErrors(
            {
                "name": self.name_error,
                "start_time": self.time_error,
                "default_minutes": self.minutes_error,
                "speaker_soft_limit_min": self.soft_limit_error,
                "handout_language": self.language_error,
                "agenda": self.agenda_error,
            }
        )
        self._error_focus: dict[str, QWidget] = {
            "name": self.name_edit,
            "start_time": self.time_edit,
            "default_minutes": self.minutes_spin,
            "speaker_soft_limit_min": self.soft_limit_spin,
            "handout_language": self.language_combo,
            "agenda": self.agenda_editor,
        }

        self.save_button = QPushButton(self.tr("&Save group"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save)
        self.archive_button = QPushButton(self.tr("Archi&ve group…"), self)
        self.archive_button.clicked.connect(self._on_archive_toggle)
        self.state_label = ToneLabel("", Tone.MUTED, self)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.archive_button)

        form_panel = QWidget(self)
        form_layout = QVBoxLayout(form_panel)
        form_layout.setContentsMargins(0, 0, 8, 0)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.damaged_label)
        form_layout.addSpacing(4)
        form_layout.addLayout(form)
        form_layout.addSpacing(8)
        form_layout.addLayout(actions)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Group details"))
        scroll.setWidget(form_panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(list_column, 0)
        body.addWidget(scroll, 1)
        self.list_view.setFixedWidth(260)
        self.new_button.setFixedWidth(260)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)

        # Any edit marks the form dirty.
        self.name_edit.textEdited.connect(self._on_edited)
        self.name_edit.returnPressed.connect(self._on_save)
        self.time_edit.textEdited.connect(self._on_edited)
        self.time_edit.returnPressed.connect(self._on_save)
        self.description_edit.textChanged.connect(self._on_edited)
        self.weekday_combo.currentIndexChanged.connect(self._on_edited)
        self.minutes_spin.valueChanged.connect(self._on_edited)
        self.soft_limit_spin.valueChanged.connect(self._on_edited)
        self.language_combo.currentIndexChanged.connect(self._on_edited)
        self.agenda_editor.changed.connect(self._on_edited)
        self.checkin_editor.changed.connect(self._on_edited)
        self.page_shortcut(QKeySequence.StandardKey.Save, self._on_save)
        self.page_shortcut(QKeySequence.StandardKey.New, self._on_new)

        ctx.currentGroupChanged.connect(self._on_current_group_changed)
        ctx.groupsChanged.connect(self._on_groups_changed)
        self.presenter.load_current()

    def title(self) -> str:
        return self.tr("Groups")

    # --- Page contract -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        return self.presenter.unsaved_what()

    def save_changes(self) -> bool:
        return self.presenter.save()

    def discard_changes(self) -> None:
        self.presenter.load_current()

    def focus_first(self) -> None:
        self.name_edit.setFocus()

    def workspace_locked(self) -> bool:
        return self.presenter.workspace_locked()

    def workspace_unlocked(self) -> None:
        self.presenter.workspace_unlocked()

    # --- what the presenter asks (GroupsShows) -------------------------------------------------

    def fill_form(self, group: GroupInfo | None, agenda: tuple[SegmentSpec, ...]) -> None:
        self.name_edit.setText(group.name if group else "")
        weekday = group.weekday if group else None
        self.weekday_combo.setCurrentIndex(self.weekday_combo.findData(weekday))
        if weekday is None:
            self.weekday_combo.setCurrentIndex(0)
        self.time_edit.setText((group.start_time or "") if group else "")
        self.minutes_spin.setValue(group.default_minutes if group else 90)
        self.soft_limit_spin.setValue(group.speaker_soft_limit_min if group else 5)
        language = self.language_combo.findData(group.handout_language if group else "")
        self.language_combo.setCurrentIndex(max(language, 0))
        self.agenda_editor.set_segments(agenda)
        self.template_picker.set_group(group.id if group and not group.damaged else None)
        self.checkin_editor.set_group(group.id if group and not group.damaged else None)

    def show_description(self, text: str) -> None:
        self.description_edit.setPlainText(text)  # also clears the undo history

    def description(self) -> str:
        return self.description_edit.toPlainText()

    def draft(self) -> GroupDraft:
        weekday = self.weekday_combo.currentData()
        return GroupDraft(
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            weekday=weekday if isinstance(weekday, int) else None,
            start_time=self.time_edit.text(),
            default_minutes=self.minutes_spin.value(),
            speaker_soft_limit_min=self.soft_limit_spin.value(),
            agenda=self.agenda_editor.segments(),
            handout_language=str(self.language_combo.currentData() or ""),
        )

    def show_damage(self, *, group: bool, description: bool) -> None:
        if group:
            self.damaged_label.setText(
                self.tr(
                    "This group's record is damaged, so it cannot be changed. Its members, "
                    "rules and history are kept, and the other groups are fine."
                )
            )
        elif description:
            self.damaged_label.setText(
                self.tr(
                    "The description is damaged and cannot be shown. Saving the group "
                    "replaces it with what you type."
                )
            )
        self.damaged_label.setVisible(group or description)
        for widget in (
            self.name_edit,
            self.description_edit,
            self.weekday_combo,
            self.time_edit,
            self.minutes_spin,
            self.soft_limit_spin,
            self.language_combo,
            self.agenda_editor,
            self.checkin_editor,
            self.save_button,
        ):
            widget.setEnabled(not group)

    def save_checkin(self, group_id: int | None) -> bool:
        return self.checkin_editor.save(group_id)

    def show_titles(self, group: GroupInfo | None) -> None:
        if group is None:
            first = self.ctx.groups.rowCount() == 0
            self.form_title.setText(
                self.tr("Create your first group") if first else self.tr("New group")
            )
            self.save_button.setText(self.tr("&Save new group"))
            self.archive_button.setEnabled(False)
            self.archive_button.setText(self.tr("Archi&ve group…"))
        else:
            self.form_title.setText(group.name)
            self.save_button.setText(self.tr("&Save group"))
            self.archive_button.setEnabled(True)
            self.archive_button.setText(
                self.tr("Unarchi&ve group") if group.archived else self.tr("Archi&ve group…")
            )
        self._update_agenda_total()

    def _update_agenda_total(self) -> None:
        total = self.agenda_editor.total_minutes()
        length = self.minutes_spin.value()
        self.agenda_total.setText(
            self.tr("Agenda total: {total} of %Ln minutes", "", length).format(total=number(total))
        )
        self.agenda_total.set_tone(Tone.WARNING if total > length else Tone.MUTED)
        if total > length:
            self.agenda_total.setText(
                self.agenda_total.text() + self.tr(" — longer than the session")
            )

    def show_dirty(self, dirty: bool) -> None:
        self.state_label.setText(self.tr("Unsaved changes") if dirty else "")

    def sync_list_selection(self) -> None:
        """Show the group being edited as the list's current row (none while creating)."""
        editing = self.presenter.editing_id
        selection = self.list_view.selectionModel()
        row = -1 if editing is None else self.ctx.groups.row_of(editing)
        selection.blockSignals(True)
        try:
            if row < 0:
                selection.clear()
            else:
                self.list_view.setCurrentIndex(self.ctx.groups.index(row, 0))
        finally:
            selection.blockSignals(False)
        self.list_view.viewport().update()
        if editing is None:
            self.show_titles(None)

    def clear_errors(self) -> None:
        self.errors.clear()

    def show_error(self, field: str, message: str) -> None:
        self.errors.show(field, message)
        self._error_focus.get(field, self.name_edit).setFocus()

    def focus_name(self) -> None:
        self.name_edit.setFocus()

    def confirm_archive(self, name: str) -> bool:
        return confirm(
            self,
            self.tr("Archive group"),
            self.tr("Archive “{name}”?").format(name=name),
            self.tr(
                "The group leaves the lists, but nothing is deleted: its members, "
                "ground rules and history are kept. Tick “Show archived” to find it "
                "again and unarchive it at any time."
            ),
            self.tr("&Archive"),
        )

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        self._update_agenda_total()
        self.presenter.edited()

    @Slot(int)
    def _on_current_group_changed(self, _group_id: int) -> None:
        self.presenter.load_current()

    @Slot()
    def _on_groups_changed(self) -> None:
        self.sync_list_selection()

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        self.presenter.pick(self.ctx.groups.group_at(current.row()) if current.isValid() else None)

    @Slot()
    def _on_new(self) -> None:
        self.presenter.new_group()

    @Slot()
    def _on_save(self) -> None:
        self.presenter.save()

    @Slot()
    def _on_archive_toggle(self) -> None:
        self.presenter.toggle_archived()
