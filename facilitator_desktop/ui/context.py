"""What every screen shares: the open workspace, the group list and the current group.

app.py builds one per unlocked workspace and hands it to the main window and its pages;
there are no module-level singletons.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.ui.qmodels.groups import GroupListModel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.workspace import Workspace

NO_GROUP = -1
LeaveGuard = Callable[[], bool]


class UiContext(QObject):
    # The current group's id, or NO_GROUP.
    currentGroupChanged = Signal(int)
    # The list of groups (names, archived flags) was reloaded.
    groupsChanged = Signal()
    # A short, non-private message for the status bar.
    statusMessage = Signal(str)
    # A page asks the main window to show another page (by key).
    pageRequested = Signal(str)
    # Open this note on the Notes page (e.g. from Follow-ups).
    noteRequested = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        *,
        demo: bool,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.demo = demo
        # The clock for measuring short waits (autosave, idle); tests inject a fake one.
        self.monotonic = monotonic
        self.groups = GroupListModel(self)
        self._current = NO_GROUP
        self._show_archived = False
        self._leave_guard: LeaveGuard | None = None

    # --- time ---------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The wall clock, as stored (naive UTC): the workspace's injected one, so tests and
        screenshots can fix it."""
        return self.workspace.context.now()

    def today(self) -> date:
        """Today in the computer's time zone, by the same clock."""
        return to_local(self.now()).date()

    # --- group list --------------------------------------------------------------------------

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> bool:
        """False when hiding archived groups would leave unsaved edits and the user stayed."""
        if show == self._show_archived:
            return True
        current = self.current_group()
        if not show and current is not None and current.archived and not self._may_leave():
            return False
        self._show_archived = show
        self.reload_groups()
        return True

    def reload_groups(self, select: int | None = None) -> None:
        """Re-read groups; keep (or move to `select`) the current group when still listed.

        Callers guard unsaved edits first when `select` moves away from the current group.
        """
        self.groups.set_groups(self.workspace.groups.list(include_archived=self._show_archived))
        wanted = self._current if select is None else select
        if self.groups.row_of(wanted) < 0:
            first = self.groups.group_at(0)
            wanted = first.id if first else NO_GROUP
        emit(self.groupsChanged)
        self._set_current(wanted)

    # --- navigation between pages ------------------------------------------------------------

    def request_page(self, key: str) -> None:
        emit(self.pageRequested, key)

    def open_note(self, note_id: int) -> None:
        """Show the note on the Notes page (the page switches itself into view)."""
        emit(self.noteRequested, note_id)

    # --- current group -----------------------------------------------------------------------

    def current_group_id(self) -> int:
        return self._current

    def current_group(self) -> GroupInfo | None:
        return self.groups.group_at(self.groups.row_of(self._current))

    def set_leave_guard(self, guard: LeaveGuard) -> None:
        """The main window asks about unsaved edits before the group changes."""
        self._leave_guard = guard

    def request_group(self, group_id: int) -> bool:
        """Switch group on the user's request; False when they chose to stay."""
        if group_id == self._current:
            return True
        if not self._may_leave():
            return False
        self._set_current(group_id)
        return True

    def _may_leave(self) -> bool:
        return self._leave_guard is None or self._leave_guard()

    def _set_current(self, group_id: int) -> None:
        if group_id != self._current:
            self._current = group_id
            emit(self.currentGroupChanged, group_id)
