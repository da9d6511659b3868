"""The calm sync status at the right of the main window's status bar.

Hidden while nothing is shared. It repaints when the runner reports (through SyncHost, on
the GUI thread) and every half minute, so "2 min ago" ages without anyone syncing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.sharing.host import SyncHost, sync_host
from facilitator_desktop.ui.sharing.status_text import status_words
from facilitator_desktop.ui.widgets.tone import ToneLabel

if TYPE_CHECKING:
    from facilitator_desktop.services.sharing_runner import SyncStatus

REPAINT_MS = 30_000


class SyncStatusLine(ToneLabel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent=parent)
        self.setObjectName("syncStatus")
        self.setWordWrap(False)
        self.setContentsMargins(0, 0, 12, 0)  # apart from the hint beside it
        self.ctx = ctx
        self.host: SyncHost = sync_host(ctx)
        self.host.statusChanged.connect(self._on_status)
        self._ages = QTimer(self)
        self._ages.setInterval(REPAINT_MS)
        self._ages.timeout.connect(self.repaint_status)
        self.hide()

    # --- the window's lifecycle ------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """After the window's first paint and after each unlock: sync if it is set up."""
        self.host.refresh()
        self.repaint_status()

    def workspace_locked(self) -> None:
        """Before the key goes: the runner stops (waiting for a step under way)."""
        self.host.workspace_locked()

    def stop(self) -> None:
        """Quitting: the runner stops before the workspace closes."""
        self.host.stop()

    # --- showing ---------------------------------------------------------------------------

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        self.repaint_status()
        if status.state == "synced":
            self._show_arrived_groups()

    def _show_arrived_groups(self) -> None:
        """A shared group that just arrived (or left) joins the group list at once."""
        try:
            stored = {
                g.id
                for g in self.ctx.workspace.groups.list(include_archived=self.ctx.show_archived)
            }
        except FacilitatorError:
            return
        listed = {g.id for g in self.ctx.groups.groups()}
        if stored != listed:
            self.ctx.reload_groups()

    @Slot()
    def repaint_status(self) -> None:
        words = status_words(self.host.status(), self.ctx.now())
        self.setText(words.text)
        self.set_tone(words.tone)
        self.setToolTip(words.detail)
        self.setAccessibleName(words.text)
        self.setVisible(bool(words.text))
        if words.text and not self._ages.isActive():
            self._ages.start()
        elif not words.text:
            self._ages.stop()
