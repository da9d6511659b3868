"""Ground rules: pick cards from the library, edit and order the group's rule set, and
save it as a new version. Earlier versions stay readable (members acknowledged them)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.rules import RuleCardDraft, RuleSetInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import short_date
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest, open_handout
from facilitator_desktop.ui.i18n import app_language
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.qmodels.rule_cards import (
    LibraryListModel,
    RuleCardListModel,
    card_problem,
)
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.card_editor import RuleCardEditor
from facilitator_desktop.ui.widgets.eliding_combo import ElidingComboBox
from facilitator_desktop.ui.widgets.headings import PageHeader, heading
from facilitator_desktop.ui.widgets.reorder_list import ReorderListView
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel
from facilitator_desktop.ui.widgets.wrapped_list import roomy_wrapped

WORKING_COPY = -1  # version picker data for the editable working set


class RulesPage(Page):
    key = "rules"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._saved: RuleSetInfo | None = None  # the group's latest version
        self._viewing = False  # True while an earlier version is shown read-only
        self._working_cards: list[RuleCardDraft] = []  # the editable set, in order
        self._loading = False

        self.header = PageHeader(self.title(), self)

        # --- version picker --------------------------------------------------------------------
        # It may shrink at large type, its text then ending in "…" (whole in its tooltip).
        self.version_combo = ElidingComboBox(self)
        self.version_combo.setMinimumContentsLength(34)
        self.version_combo.setAccessibleName(self.tr("Rule set version"))
        self.version_combo.activated.connect(self._on_version_picked)
        version_label = QLabel(self.tr("&Version:"), self)
        version_label.setBuddy(self.version_combo)
        self.read_only_banner = Banner("", self)
        self.read_only_banner.hide()
        version_row = QHBoxLayout()
        for widget in (version_label, self.version_combo):
            version_row.addWidget(widget)
        version_row.addStretch(1)
        self.print_rules_button = QPushButton(self.tr("Print ground rules…"), self)
        self.print_rules_button.clicked.connect(self._on_print_ground_rules)
        self.print_cards_button = QPushButton(self.tr("Print rule cards…"), self)
        self.print_cards_button.clicked.connect(self._on_print_rule_cards)
        version_row.addWidget(self.print_rules_button)
        version_row.addWidget(self.print_cards_button)

        # --- library ---------------------------------------------------------------------------
        self.library_model = LibraryListModel(self)
        self._library_language: str | None = None  # the cards' language, once loaded
        self.library_view = QListView(self)
        self.library_view.setModel(self.library_model)
        self.library_view.setAccessibleName(self.tr("Rule card library"))
        roomy_wrapped(self.library_view)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.selectionModel().currentChanged.connect(self._on_library_current)
        self.library_view.activated.connect(self._on_library_activated)
        self.library_detail = ToneLabel("", Tone.MUTED, self)
        self.library_detail.setMinimumHeight(72)
        self.library_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add_button = QPushButton(self.tr("&Add to rule set  →"), self)
        self.add_button.setToolTip(self.tr("Add the selected library card (Enter)"))
        self.add_button.clicked.connect(self._on_add_from_library)
        # Nested layouts would otherwise inherit the wide gap between the columns.
        library_column = QVBoxLayout()
        library_column.setSpacing(8)
        library_column.addWidget(heading(self.tr("Library"), 3, self))
        library_column.addWidget(self.library_view, 1)
        library_column.addWidget(self.library_detail)
        library_column.addWidget(self.add_button)

        # --- the group's rule set --------------------------------------------------------------
        self.model = RuleCardListModel(self)
        self.model.rowMoved.connect(self._on_row_moved)
        self.cards_view = ReorderListView(self)
        self.cards_view.setModel(self.model)
        self.cards_view.setAccessibleName(self.tr("Rule set"))
        roomy_wrapped(self.cards_view)
        self.cards_view.setToolTip(self.tr("Drag to reorder, or use Alt+Up and Alt+Down."))
        self.cards_view.selectionModel().currentChanged.connect(self._on_card_current)
        self.up_button = QPushButton(self.tr("Move u&p"), self)
        self.up_button.setToolTip(self.tr("Move the card up (Alt+Up)"))
        self.up_button.clicked.connect(self._on_move_up)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.setToolTip(self.tr("Move the card down (Alt+Down)"))
        self.down_button.clicked.connect(self._on_move_down)
        self.new_button = QPushButton(self.tr("&New card"), self)
        self.new_button.setToolTip(self.tr("Write a card of your own (Ctrl+N)"))
        self.new_button.clicked.connect(self._on_new_card)
        self.retire_button = QPushButton(self.tr("&Retire card"), self)
        self.retire_button.setToolTip(
            self.tr("Leave this card out of the next version; earlier versions keep it.")
        )
        self.retire_button.clicked.connect(self._on_retire)
        self.cards_heading = heading(self.tr("Rule set"), 3, self)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        card_row = QHBoxLayout()
        card_row.addWidget(self.new_button)
        card_row.addWidget(self.retire_button)
        cards_column = QVBoxLayout()
        cards_column.setSpacing(8)
        cards_column.addWidget(self.cards_heading)
        cards_column.addWidget(self.cards_view, 1)
        cards_column.addLayout(move_row)
        cards_column.addLayout(card_row)

        # --- card editor -----------------------------------------------------------------------
        self.editor = RuleCardEditor(self)
        self.editor.edited.connect(self._on_card_edited)
        self.save_button = QPushButton(self.tr("&Save as new version"), self)
        self.save_button.setToolTip(self.tr("Save the rule set as a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save)
        self.state_label = ToneLabel("", Tone.MUTED, self)
        editor_column = QVBoxLayout()
        editor_column.setSpacing(8)
        editor_column.addWidget(heading(self.tr("Card"), 3, self))
        editor_column.addWidget(self.editor)
        editor_column.addStretch(1)
        editor_column.addWidget(self.state_label)
        editor_column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        columns_widget = QWidget(self)
        columns = QHBoxLayout(columns_widget)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(20)
        columns.addLayout(library_column, 3)
        columns.addLayout(cards_column, 3)
        columns.addLayout(editor_column, 4)

        self.empty_state = ToneLabel(
            self.tr("Create a group on the Groups page first; its ground rules are set here."),
            Tone.MUTED,
            self,
        )
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addLayout(version_row)
        body_layout.addWidget(self.read_only_banner)
        body_layout.addWidget(columns_widget, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(body)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self.page_shortcut(QKeySequence.StandardKey.Save, self._on_save)
        self.page_shortcut(QKeySequence.StandardKey.New, self._on_new_card)
        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self._update_header)
        ctx.groupsChanged.connect(self._update_library)
        self._load_group()

    def title(self) -> str:
        return self.tr("Rules")

    # --- Page contract -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        return self.tr("the rule set") if self._dirty() else None

    def save_changes(self) -> bool:
        return self._save()

    def discard_changes(self) -> None:
        self._load_group()

    def focus_first(self) -> None:
        (self.cards_view if self.model.rowCount() else self.library_view).setFocus()

    # --- state ---------------------------------------------------------------------------------

    def _group_id(self) -> int:
        return self.ctx.current_group_id()

    def _saved_cards(self) -> tuple[RuleCardDraft, ...]:
        return self._saved.cards if self._saved else ()

    def _dirty(self) -> bool:
        return tuple(self._working_cards) != self._saved_cards()

    def _load_group(self, select_row: int = 0) -> None:
        """Show the group's latest version as the editable working copy."""
        self._update_library()
        group_id = self._group_id()
        self.stack.setCurrentIndex(0 if group_id != NO_GROUP else 1)
        self._saved = self.ctx.workspace.rules.current(group_id) if group_id != NO_GROUP else None
        self._working_cards = list(self._saved_cards())
        self._fill_versions()
        self._show_working(select_row)

    def _fill_versions(self) -> None:
        self.version_combo.clear()
        group_id = self._group_id()
        versions = self.ctx.workspace.rules.versions(group_id) if group_id != NO_GROUP else []
        latest = versions[0].version if versions else 0
        self.version_combo.addItem(
            self.tr("Working copy (based on version {n})").format(n=latest)
            if latest
            else self.tr("Working copy (not saved yet)"),
            WORKING_COPY,
        )
        for summary in versions:
            label = self.tr("Version {n} · {date} · %Ln cards", "", summary.card_count).format(
                n=summary.version, date=short_date(summary.created_at)
            )
            if summary.version == latest:
                label += self.tr(" (current)")
            self.version_combo.addItem(label, summary.id)

    def _show_working(self, select_row: int = 0) -> None:
        self._viewing = False
        self.version_combo.setCurrentIndex(0)
        self.read_only_banner.hide()
        self.model.set_movable(True)
        self.model.set_items(self._working_cards)
        self.cards_view.set_reorder_enabled(True)
        self.cards_heading.setText(self.tr("Rule set"))
        self._select_card(min(select_row, self.model.rowCount() - 1))
        self._refresh_state()

    def _show_version(self, rule_set: RuleSetInfo) -> None:
        """An earlier (or the current) saved version, read-only."""
        self._viewing = True
        self.read_only_banner.label.setText(
            self.tr(
                "You are looking at version {n} from {date}, read-only. "
                "Pick “Working copy” to edit the rules."
            ).format(n=rule_set.version, date=short_date(rule_set.created_at))
        )
        self.read_only_banner.show()
        self.model.set_movable(False)
        self.model.set_items(rule_set.cards)
        self.cards_view.set_reorder_enabled(False)
        self.cards_heading.setText(self.tr("Version {n}").format(n=rule_set.version))
        self._select_card(0)
        self._refresh_state()

    def _select_card(self, row: int) -> None:
        self.cards_view.select_row(row)
        self._show_card(row)

    def _show_card(self, row: int) -> None:
        card = self.model.item(row) if 0 <= row < self.model.rowCount() else None
        self.editor.set_card(card, read_only=self._viewing)
        if card is not None and not self._viewing:
            problem = card_problem(card)
            if problem is not None and card.title:
                self.editor.errors.show(problem.field, error_text(problem))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        editing = not self._viewing and self._group_id() != NO_GROUP
        row = self.cards_view.current_row()
        self.up_button.setEnabled(editing and row > 0)
        self.down_button.setEnabled(editing and 0 <= row < self.model.rowCount() - 1)
        self.retire_button.setEnabled(editing and row >= 0)
        for button in (self.print_rules_button, self.print_cards_button):
            button.setEnabled(self._saved is not None and bool(self._saved.cards))
        self.new_button.setEnabled(editing)
        self.save_button.setEnabled(editing)
        library_row = self.library_view.currentIndex().row()
        self.add_button.setEnabled(
            editing and library_row >= 0 and not self.library_model.is_in_set(library_row)
        )

    @Slot()
    def _update_library(self) -> None:
        """The library in the group's handout language (the app's when it has none): a
        Polish group picks Polish cards, English where a card is not translated yet."""
        group = self.ctx.current_group()
        language = (group.handout_language if group else "") or app_language()
        if language == self._library_language:
            return
        self._library_language = language
        self.library_model.set_cards(self.ctx.workspace.rules.library(language))
        self.library_model.set_in_set(set() if self._viewing else self.model.library_keys())
        self.library_detail.clear()

    def _refresh_state(self) -> None:
        self.library_model.set_in_set(set() if self._viewing else self.model.library_keys())
        if self._viewing:
            self.state_label.setText("")
        elif self._dirty():
            self.state_label.setText(self.tr("Unsaved changes to the rule set"))
            self.state_label.set_tone(Tone.WARNING)
        elif self._saved is not None:
            self.state_label.setText(
                self.tr("Version {n} is current.").format(n=self._saved.version)
            )
            self.state_label.set_tone(Tone.MUTED)
        else:
            self.state_label.setText(self.tr("No rule set yet: add cards from the library."))
            self.state_label.set_tone(Tone.MUTED)
        self._update_header()
        self._refresh_buttons()

    @Slot()
    def _update_header(self) -> None:
        group = self.ctx.current_group()
        self.header.set_subtitle(
            self.tr("Ground rules of {group}").format(group=group.name) if group else ""
        )

    # --- slots: navigation ---------------------------------------------------------------------

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self._load_group()

    @Slot(int)
    def _on_version_picked(self, index: int) -> None:
        rule_set_id = self.version_combo.itemData(index)
        if rule_set_id == WORKING_COPY or rule_set_id is None:
            if self._viewing:
                self._show_working()
            return
        try:
            rule_set = self.ctx.workspace.rules.get_version(int(rule_set_id))
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self._show_version(rule_set)

    @Slot(QModelIndex, QModelIndex)
    def _on_card_current(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        self._show_card(current.row() if current.isValid() else -1)

    @Slot(QModelIndex, QModelIndex)
    def _on_library_current(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        if current.isValid():
            card = self.library_model.card(current.row())
            text = card.statement
            if card.why:
                text += "\n\n" + card.why
            self.library_detail.setText(text)
        else:
            self.library_detail.setText("")
        self._refresh_buttons()

    # --- slots: editing ------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_library_activated(self, _index: QModelIndex) -> None:
        self._on_add_from_library()

    @Slot()
    def _on_add_from_library(self) -> None:
        index = self.library_view.currentIndex()
        if self._viewing or self._group_id() == NO_GROUP or not index.isValid():
            return
        card = self.library_model.card(index.row())
        existing = self.model.row_of_key(card.key)
        if existing >= 0:
            self._select_card(existing)
            emit(self.ctx.statusMessage, self.tr("That card is already in the rule set."))
            return
        self._working_cards.append(RuleCardDraft.from_library(card))
        row = self.model.append(self._working_cards[-1])
        self._select_card(row)
        self._refresh_state()

    @Slot()
    def _on_new_card(self) -> None:
        if self._viewing or self._group_id() == NO_GROUP:
            return
        self._working_cards.append(RuleCardDraft("", ""))
        row = self.model.append(self._working_cards[-1])
        self._select_card(row)
        self._refresh_state()
        self.editor.title_edit.setFocus()

    @Slot()
    def _on_retire(self) -> None:
        row = self.cards_view.current_row()
        if self._viewing or row < 0:
            return
        del self._working_cards[row]
        self.model.remove(row)
        self._select_card(min(row, self.model.rowCount() - 1))
        self._refresh_state()
        emit(
            self.ctx.statusMessage,
            self.tr("Card retired from the working set; earlier versions keep it."),
        )

    @Slot()
    def _on_card_edited(self) -> None:
        row = self.cards_view.current_row()
        if self._viewing or row < 0:
            return
        card = self.editor.card()
        self._working_cards[row] = card
        self.model.replace(row, card)
        self._refresh_state()

    @Slot()
    def _on_move_up(self) -> None:
        self.cards_view.move_current(-1)
        self.cards_view.setFocus()

    @Slot()
    def _on_move_down(self) -> None:
        self.cards_view.move_current(+1)
        self.cards_view.setFocus()

    @Slot(int, int)
    def _on_row_moved(self, _old: int, _new: int) -> None:
        if not self._viewing:
            self._working_cards = self.model.items()
            self._refresh_state()

    @Slot()
    def _on_print_ground_rules(self) -> None:
        open_handout(self.ctx, HandoutRequest(HandoutKind.GROUND_RULES))

    @Slot()
    def _on_print_rule_cards(self) -> None:
        open_handout(self.ctx, HandoutRequest(HandoutKind.RULE_CARDS))

    # --- saving --------------------------------------------------------------------------------

    @Slot()
    def _on_save(self) -> None:
        self._save()

    def _save(self) -> bool:
        group_id = self._group_id()
        if self._viewing or group_id == NO_GROUP:
            return False
        for row, card in enumerate(self._working_cards):
            problem = card_problem(card)
            if problem is not None:
                self._select_card(row)
                self.editor.show_error(problem.field, error_text(problem))
                emit(
                    self.ctx.statusMessage,
                    self.tr("Card {n} needs attention before saving.").format(n=row + 1),
                )
                return False
        previous = self._saved.version if self._saved else 0
        try:
            saved = self.ctx.workspace.rules.save(group_id, self._working_cards)
        except ValidationError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        row = self.cards_view.current_row()
        self._load_group(select_row=max(row, 0))
        if saved.version == previous:
            message = self.tr("No changes: version {n} stays current.").format(n=saved.version)
        else:
            message = self.tr("Saved as version {n}.").format(n=saved.version)
        self.state_label.setText(message)
        self.state_label.set_tone(Tone.SUCCESS)
        emit(self.ctx.statusMessage, message)
        return True
