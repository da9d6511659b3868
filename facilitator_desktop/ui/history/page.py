"""The History screen: past sessions (paged, filterable by date) with one session's summary,
the group's insights, and a member's page.

Nothing is read until the screen is shown, and only what it shows: the first page of
sessions and the newest session's summary; the insights and a member's page when their tab
is opened. Aliases and notes are dropped when the workspace locks.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.history import SessionRow
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history.delete_session import ask_to_delete
from facilitator_desktop.ui.history.export import export_csv, save_summary_pdf
from facilitator_desktop.ui.history.insights_view import InsightsView
from facilitator_desktop.ui.history.member_view import MemberView
from facilitator_desktop.ui.history.period_filter import ALL, PeriodFilter
from facilitator_desktop.ui.history.session_model import (
    ATTENDED,
    DATE,
    LENGTH,
    OVERRUNS,
    SEGMENTS,
    SessionListModel,
)
from facilitator_desktop.ui.history.session_split import SessionSplit
from facilitator_desktop.ui.history.session_view import SessionView
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import PageHeader
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

SESSIONS_TAB, INSIGHTS_TAB, MEMBER_TAB = range(3)


class HistoryPage(Page):
    key = "history"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = {SESSIONS_TAB, INSIGHTS_TAB, MEMBER_TAB}
        self._session_before_lock: int | None = None
        self._member_before_lock: int | None = None

        self.header = PageHeader(self.title(), self)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_attendance_action = QAction(self.tr("Attendance as CSV…"), self)
        self.export_attendance_action.triggered.connect(self._on_export_attendance)
        self.export_airtime_action = QAction(self.tr("Airtime per member as CSV…"), self)
        self.export_airtime_action.triggered.connect(self._on_export_airtime)
        self.export_summary_action = QAction(self.tr("This session's summary as PDF…"), self)
        self.export_summary_action.triggered.connect(self._on_export_summary)
        menu.addAction(self.export_attendance_action)
        menu.addAction(self.export_airtime_action)
        menu.addSeparator()
        menu.addAction(self.export_summary_action)
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        # --- sessions tab --------------------------------------------------------------------
        # The workspace's clock gives "today", so tests and screenshots can fix it.
        self.period = PeriodFilter(ctx.today(), self)
        self.period.changed.connect(self._reload_list)

        self.model = SessionListModel(self._fetch, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Past sessions, newest first"))
        # One Tab stop: the arrows move between sessions, Tab goes on to the next control.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(RoomyItemDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Stretch)
        for column in (LENGTH, ATTENDED, SEGMENTS, OVERRUNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list_hint = ToneLabel("", Tone.MUTED, self)
        # A test session, or one opened by mistake: the question says what goes.
        self.delete_button = QPushButton(self.tr("&Delete session…"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the selected session and everything recorded in it (Delete)")
        )
        self.delete_button.clicked.connect(self.delete_session)
        self.delete_key = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_session,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.list_hint, 1)
        hint_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        list_panel = QWidget(self)
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.period)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(hint_row)

        self.session_view = SessionView(ctx, self)
        self.session_view.memberActivated.connect(self._on_member_activated)
        self.session_view.corrected.connect(self._on_session_corrected)
        # The list as wide as its table needs; stacked above the session when both don't fit.
        self.sessions_tab = SessionSplit(list_panel, self.table, self.session_view, self)

        # --- insights and member tabs --------------------------------------------------------
        self.insights = InsightsView(ctx, self)
        self.insights.memberActivated.connect(self._on_member_activated)
        self.insights.sessionActivated.connect(self._on_session_activated)
        self.member_view = MemberView(ctx, self)
        self.member_view.sessionActivated.connect(self._on_session_activated)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("History"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sessions_tab, self.tr("&Sessions"))
        self.tabs.addTab(self.insights, self.tr("Group &insights"))
        self.tabs.addTab(self.member_view, self.tr("&Member"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.empty_state = ToneLabel(
            self.tr("Create a group on the Groups page; its past sessions are listed here."),
            Tone.MUTED,
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_state)
        self.empty_state.setVisible(False)

        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self._update_header)

    def title(self) -> str:
        return self.tr("History")

    # --- Page contract -------------------------------------------------------------------------

    def workspace_locked(self) -> bool:
        self._session_before_lock = self.session_view.session_id()
        self._member_before_lock = self.member_view.member_id()
        self.session_view.close_dialogs()
        self.session_view.clear()
        self.member_view.clear()
        self.insights.clear()
        self.model.clear()
        self._stale = {SESSIONS_TAB, INSIGHTS_TAB, MEMBER_TAB}
        return False

    def workspace_unlocked(self) -> None:
        self._stale = {SESSIONS_TAB, INSIGHTS_TAB, MEMBER_TAB}
        if self.isVisible():
            self._refresh_current()

    def focus_first(self) -> None:
        if self.tabs.currentIndex() == SESSIONS_TAB:
            self.table.setFocus()
        else:
            self.tabs.currentWidget().setFocus()

    def forget_tab(self, tab: int) -> None:
        """Drop what one tab shows, so its next showing reads it afresh (as after a lock,
        for that tab alone): the history benchmark times those reads one tab at a time."""
        if tab == SESSIONS_TAB:
            self.session_view.clear()
            self.model.clear()
        elif tab == INSIGHTS_TAB:
            self.insights.clear()
        elif tab == MEMBER_TAB:
            self.member_view.clear()
        else:
            raise ValueError(f"no history tab {tab}")
        self._stale.add(tab)

    # --- opening things ------------------------------------------------------------------------

    def group_id(self) -> int | None:
        group = self.ctx.current_group_id()
        return None if group == NO_GROUP else group

    def open_session(self, session_id: int) -> None:
        """Show a session on the Sessions tab (selected in the list when it is loaded)."""
        self.tabs.setCurrentIndex(SESSIONS_TAB)
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self.session_view.show_session(session_id)
        self._update_actions()

    def open_member(self, member_id: int, group_id: int | None = None) -> bool:
        """Show a member's page (switching to their group first when needed)."""
        if group_id is not None and group_id != self.group_id():
            if not self.ctx.request_group(group_id):
                return False
        if MEMBER_TAB in self._stale or self.member_view.group_id() != self.group_id():
            self.member_view.set_group(self.group_id())
            self._stale.discard(MEMBER_TAB)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(MEMBER_TAB)
        self.tabs.blockSignals(False)
        return self.member_view.show_member(member_id)

    # --- loading -------------------------------------------------------------------------------

    def _fetch(
        self,
        group_id: int,
        since: date | None,
        until: date | None,
        limit: int,
        before: datetime | None,
    ) -> list[SessionRow]:
        try:
            return self.ctx.workspace.history.sessions(
                group_id, since=since, until=until, limit=limit, before=before
            )
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return []

    def _period(self) -> tuple[date | None, date | None]:
        return self.period.period(self.ctx.today())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_current()

    def _refresh_current(self) -> None:
        if self.ctx.workspace.locked:
            return
        group_id = self.group_id()
        self.tabs.setVisible(group_id is not None)
        self.empty_state.setVisible(group_id is None)
        self._update_header()
        tab = self.tabs.currentIndex()
        if tab == SESSIONS_TAB:
            if SESSIONS_TAB in self._stale or self._newer_session_exists():
                self._load_sessions(select=self._session_before_lock)
                self._session_before_lock = None
        elif tab == INSIGHTS_TAB and INSIGHTS_TAB in self._stale:
            self.insights.load(group_id)
        elif tab == MEMBER_TAB and MEMBER_TAB in self._stale:
            self.member_view.set_group(group_id)
            if self._member_before_lock is not None:
                self.member_view.show_member(self._member_before_lock)
                self._member_before_lock = None
        self._stale.discard(tab)
        self._update_actions()

    def _newer_session_exists(self) -> bool:
        """A session finished since the list was read (one tiny query)."""
        group_id = self.group_id()
        if group_id is None:
            return False
        since, until = self._period()
        newest = self._fetch(group_id, since, until, 1, None)
        return bool(newest) and newest[0].id != self.model.first_id()

    def _load_sessions(self, select: int | None = None) -> None:
        since, until = self._period()
        keep = select if select is not None else self.session_view.session_id()
        self.model.load(self.group_id(), since, until)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.session_view.clear()
        self._update_list_hint()

    def _update_list_hint(self) -> None:
        if self.group_id() is None:
            self.list_hint.clear()
        elif not self.model.rowCount():
            self.list_hint.setText(
                self.tr("No finished sessions in this period.")
                if self.period.kind() != ALL
                else self.tr("No finished sessions yet. They appear here after the first one.")
            )
        else:
            self.list_hint.setText(self.tr("Newest first; scroll down for older sessions."))

    @Slot()
    def _update_header(self) -> None:
        group = self.ctx.current_group()
        self.header.set_subtitle(
            self.tr("{group} · how the sessions went").format(group=group.name) if group else ""
        )

    def _update_actions(self) -> None:
        has_group = self.group_id() is not None
        self.export_attendance_action.setEnabled(has_group)
        self.export_airtime_action.setEnabled(has_group)
        self.export_summary_action.setEnabled(self.session_view.session_id() is not None)
        self.delete_button.setEnabled(self.session_view.session_id() is not None)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self.session_view.clear()
        self.member_view.clear()
        self.insights.clear()
        self.model.clear()
        self._stale = {SESSIONS_TAB, INSIGHTS_TAB, MEMBER_TAB}
        if self.isVisible():
            self._refresh_current()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self.isVisible():
            self._refresh_current()

    @Slot()
    def _reload_list(self) -> None:
        if self.isVisible() and not self.ctx.workspace.locked:
            self._load_sessions()
        else:
            self._stale.add(SESSIONS_TAB)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None and row.id != self.session_view.session_id():
            self.session_view.show_session(row.id)
        self._update_actions()

    @Slot(int)
    def _on_session_activated(self, session_id: int) -> None:
        self.open_session(session_id)

    @Slot(int)
    def _on_member_activated(self, member_id: int) -> None:
        self.open_member(member_id)

    @Slot(int)
    def _on_session_corrected(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        current = self.model.row_at(row)
        group_id = self.group_id()
        if current is not None and group_id is not None:
            # The row itself, re-read: the newest session starting at or before it.
            fresh = self._fetch(
                group_id, None, None, 1, current.started_at + timedelta(microseconds=1)
            )
            if fresh and fresh[0].id == session_id:
                self.model.replace(fresh[0])
        self._stale.update({INSIGHTS_TAB, MEMBER_TAB})

    @Slot()
    def _on_export_attendance(self) -> None:
        group_id = self.group_id()
        if group_id is not None:
            export_csv(self, self.ctx, group_id, "attendance")

    @Slot()
    def _on_export_airtime(self) -> None:
        group_id = self.group_id()
        if group_id is not None:
            export_csv(self, self.ctx, group_id, "airtime")

    @Slot()
    def _on_export_summary(self) -> None:
        session_id = self.session_view.session_id()
        if session_id is not None:
            save_summary_pdf(self, self.ctx, session_id)

    @Slot()
    def delete_session(self) -> None:
        """Delete the shown session after one question that lists what goes."""
        session_id = self.session_view.session_id()
        if session_id is None:
            return
        workspace = self.ctx.workspace
        try:
            contents = workspace.sessions.contents(session_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        answer = ask_to_delete(self, contents)
        if answer is None:
            return
        # The row that takes its place in the list: the next older one, else the newer one.
        row = self.model.row_of(session_id)
        neighbour = self.model.row_at(row + 1) or self.model.row_at(row - 1)
        try:
            gone = workspace.sessions.delete(session_id, delete_notes=answer.delete_notes)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        if gone.notes_deleted:
            workspace.notes.forget_all()  # no deleted text stays decrypted in memory
        self.session_view.clear()
        self._load_sessions(select=neighbour.id if neighbour is not None else None)
        self._stale.update({INSIGHTS_TAB, MEMBER_TAB})
        self._update_actions()
        emit(
            self.ctx.statusMessage,
            self.tr("Session deleted with its notes.")
            if gone.notes_deleted and gone.notes
            else self.tr("Session deleted."),
        )
