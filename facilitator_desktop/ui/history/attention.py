"""Follow-ups: one place for what needs attention across the groups — members who missed
sessions in a row without notice, members who have been quiet for three sessions or more,
and open note follow-ups by due date. Each line leads to the member's page or to the note.

Each member line carries their last few attendance marks as lettered chips; the line in
focus shows the member's airtime over recent sessions as bars. Everything here is private
(aliases, note text): it is dropped when the workspace locks. The widgets are here; what
the lines say and where they lead is `AttentionPresenter`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.history import navigation
from facilitator_desktop.ui.history.attention_presenter import (
    RECENT,
    AttentionPresenter,
    Detail,
    Line,
    Section,
)
from facilitator_desktop.ui.history.charts.share_history import ShareHistory
from facilitator_desktop.ui.history.page import HistoryPage
from facilitator_desktop.ui.history.recent_marks import RECENT_ROLE, RecentDelegate
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.widgets.headings import PageHeader, heading
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel, tone_color

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
WHAT, RECENT_COLUMN, GROUP, DUE = range(4)


class AttentionPage(Page):
    key = "attention"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.presenter = AttentionPresenter(ctx, self)

        self.header = PageHeader(self.title(), self)
        self.only_group_box = QCheckBox(self.tr("Only the &current group"), self)
        self.only_group_box.toggled.connect(self._on_scope_toggled)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Last sessions"), self.tr("Group"), self.tr("Due")]
        )
        self.tree.headerItem().setToolTip(
            RECENT_COLUMN, self.tr("Their last attendance marks, oldest on the left")
        )
        self.tree.setAccessibleName(self.tr("What needs attention"))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(RoomyItemDelegate(self.tree))
        recent = RecentDelegate(RECENT, self.tree)
        self.tree.setItemDelegateForColumn(RECENT_COLUMN, recent)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RECENT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RECENT_COLUMN, recent.width() + 4)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.hint = ToneLabel(
            self.tr("Double-click a line, or select it and press Enter, to open it."),
            Tone.MUTED,
            self,
        )

        # --- the line in focus ----------------------------------------------------------------
        self.detail_caption = caption(self.tr("Selected"), self)
        self.detail_title = heading("", 3, self)
        self.detail_title.setWordWrap(True)
        self.detail_chart = ShareHistory(self)
        self.detail_chart_hint = ToneLabel(
            self.tr("Their airtime share in recent sessions; letters: attendance."),
            Tone.MUTED,
            self,
        )
        self.detail_text = QPlainTextEdit(self)
        self.detail_text.setReadOnly(True)
        self.detail_text.setUndoRedoEnabled(False)
        self.detail_text.setAccessibleName(self.tr("The selected note"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self._on_open)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setToolTip(self.tr("The note's follow-up is done; it leaves this list"))
        self.done_button.clicked.connect(self._on_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.detail_caption)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_chart)
        detail_layout.addWidget(self.detail_chart_hint)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.detail_text, 10)
        detail_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 320])

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.only_group_box, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        ctx.currentGroupChanged.connect(self._on_group_changed)
        self._update_subtitle()
        self._show_detail(None)

    def title(self) -> str:
        return self.tr("Follow-ups")

    # --- Page contract -------------------------------------------------------------------------

    def workspace_locked(self) -> bool:
        self.clear()
        return False

    def workspace_unlocked(self) -> None:
        if self.isVisible():
            self.reload()

    def focus_first(self) -> None:
        self.tree.setFocus()

    # --- loading -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.presenter.clear()
        self.tree.clear()
        self._show_detail(None)
        self._update_subtitle()

    def lines(self) -> list[Line]:
        return self.presenter.lines()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the follow-ups again: the last few sessions of each group, and notes."""
        keep = self._current_line()
        self.tree.blockSignals(True)
        self.clear()
        self.tree.blockSignals(False)
        sections = self.presenter.reload(only_current_group=self.only_group_box.isChecked())
        if sections is None:
            return
        self._fill(sections)
        self._select(keep)

    def _fill(self, sections: Sequence[Section]) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        warning = QBrush(tone_color(Tone.WARNING, self.palette()))
        for section in sections:
            top = QTreeWidgetItem(self.tree, [section.heading])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFont(WHAT, bold)
            top.setFirstColumnSpanned(True)
            for row in section.rows:
                item = QTreeWidgetItem(top, [row.line.label, "", row.group, row.due])
                item.setData(WHAT, LINE_ROLE, row.index)
                item.setToolTip(WHAT, row.tip)
                if row.line.recent:
                    item.setData(RECENT_COLUMN, RECENT_ROLE, row.line.recent)
                    item.setToolTip(RECENT_COLUMN, row.recent_tip)
                if row.overdue:
                    item.setForeground(DUE, warning)
        self.tree.expandAll()
        if not sections:
            nothing = self.tr("Nothing needs following up right now.")
            empty = QTreeWidgetItem(self.tree, [nothing])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setFirstColumnSpanned(True)
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        self.header.set_subtitle(self.presenter.subtitle())

    # --- selection and opening -----------------------------------------------------------------

    def _line_of(self, item: QTreeWidgetItem | None) -> Line | None:
        return self.presenter.line_at(item.data(WHAT, LINE_ROLE)) if item is not None else None

    def _current_line(self) -> Line | None:
        return self._line_of(self.tree.currentItem())

    def item_for(self, line: Line) -> QTreeWidgetItem | None:
        index = self.presenter.index_of(line)
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for child in range(section.childCount() if section is not None else 0):
                item = section.child(child) if section is not None else None
                if item is not None and item.data(WHAT, LINE_ROLE) == index:
                    return item
        return None

    def _select(self, line: Line | None) -> None:
        item = self.item_for(line) if line is not None else None
        if item is None and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            item = first.child(0) if first is not None and first.childCount() else None
        if item is not None:
            self.tree.setCurrentItem(item)

    def open_line(self, line: Line) -> bool:
        """Lead to what the line is about: the member's page, or the note."""
        return self.presenter.open_line(line)

    def _show_detail(self, line: Line | None) -> None:
        detail = self.presenter.detail(line) if line is not None else None
        self._show(detail)

    def _show(self, detail: Detail | None) -> None:
        self.detail_title.clear()
        self.detail_text.clear()
        self.detail_chart.set_bars(())
        self.open_button.setEnabled(detail is not None and detail.open_enabled)
        is_note = detail is not None and detail.note is not None
        self.done_button.setVisible(is_note)
        self.detail_text.setVisible(is_note)
        # A member's recent airtime; a session note to sign has no member (and no chart).
        charted = detail is not None and not is_note and detail.line.member_id is not None
        self.detail_chart.setVisible(charted)
        self.detail_chart_hint.setVisible(charted)
        self.detail_caption.setVisible(detail is not None)
        if detail is None:
            return
        self.detail_title.setText(detail.line.text)
        self.detail_text.setPlainText(detail.note or "")
        self.detail_chart.set_bars(detail.bars)
        self.open_button.setText(detail.open_text)

    # --- what the presenter asks (AttentionShows) ----------------------------------------------

    def notes_can_open(self) -> bool:
        return navigation.notes_page_can_open(self)

    def open_note(self, note_id: int) -> bool:
        return navigation.open_note(self, self.ctx, note_id)

    def show_note_text(self) -> None:
        self.detail_text.setFocus()

    def open_member_page(self, group_id: int, member_id: int, note_id: int | None) -> bool:
        """History's page of the member, in their group; their note selected there."""
        page = navigation.page_of(self, HistoryPage.key)
        if not isinstance(page, HistoryPage):
            return False
        if group_id != self.ctx.current_group_id() and not self.ctx.request_group(group_id):
            return False
        if navigation.show_page(self, HistoryPage.key) is None:
            return False
        opened = page.open_member(member_id, group_id)
        if opened and note_id is not None:
            page.member_view.select_note(note_id)
        return opened

    # --- slots ---------------------------------------------------------------------------------

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._show_detail(self._line_of(current))

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        line = self._line_of(item)
        if line is not None:
            self.presenter.open_line(line)

    @Slot()
    def _on_open(self) -> None:
        line = self._current_line()
        if line is not None:
            self.presenter.open_line(line)

    @Slot()
    def _on_done(self) -> None:
        line = self._current_line()
        if line is not None and self.presenter.mark_done(line):
            self.reload()

    @Slot(bool)
    def _on_scope_toggled(self, _checked: bool) -> None:
        if self.isVisible():
            self.reload()

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        if self.isVisible() and self.only_group_box.isChecked():
            self.reload()
