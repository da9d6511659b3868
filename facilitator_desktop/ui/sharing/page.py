"""Settings → Sharing: the server, this laptop's card, the shared groups with their
co-facilitators, conflicts and problems, and the sync's status with "Sync now".

Opened from the Settings dialog (window-modal, without blocking; the lock closes it).
Every action is one service call; what the background sync changes shows on its next report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.formatting import number
from facilitator_desktop.ui.sharing.accept_dialog import AcceptInvitationDialog
from facilitator_desktop.ui.sharing.card_box import CardBox
from facilitator_desktop.ui.sharing.conflicts_box import ConflictsBox
from facilitator_desktop.ui.sharing.groups_box import Ask, SharedGroupsBox
from facilitator_desktop.ui.sharing.host import sync_host
from facilitator_desktop.ui.sharing.problems_box import ProblemsBox
from facilitator_desktop.ui.sharing.server_form import ServerForm
from facilitator_desktop.ui.sharing.share_dialog import ShareGroupDialog
from facilitator_desktop.ui.sharing.status_line import SyncStatusLine
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.scrolled import scrolled

if TYPE_CHECKING:
    from facilitator_desktop.services.sharing_runner import SyncStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingPage", text)


class SharingDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, ask: Ask = confirm):
        super().__init__(parent)
        self.setWindowTitle(_tr("Sharing"))
        self.setObjectName("sharingDialog")
        self.ctx = ctx
        self.host = sync_host(ctx)
        sharing = self.host.sharing()
        self.sharing = sharing
        self.share_dialog: ShareGroupDialog | None = None
        self.accept_dialog: AcceptInvitationDialog | None = None

        self.server = ServerForm(sharing, self)
        self.server.saved.connect(self._on_changed)

        self.card = CardBox(sharing, self)
        self.share_button = QPushButton(_tr("&Share a group…"), self)
        self.share_button.clicked.connect(self.open_share)
        self.accept_button = QPushButton(_tr("&Accept an invitation…"), self)
        self.accept_button.clicked.connect(self.open_accept)
        self.groups = SharedGroupsBox(sharing, self._group_names, self, ask=ask)
        self.groups.changed.connect(self._on_changed)
        people = QWidget(self)
        actions = QHBoxLayout()
        actions.addWidget(self.share_button)
        actions.addWidget(self.accept_button)
        actions.addStretch(1)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.card)
        people_layout.addLayout(actions)
        people_layout.addWidget(self.groups, 1)

        self.conflicts = ConflictsBox(sharing, self)
        self.problems = ProblemsBox(sharing, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(people, self.tabs), _tr("&Co-facilitators"))
        self.tabs.addTab(scrolled(self.server, self.tabs), _tr("Se&rver"))
        self.tabs.addTab(self.conflicts, _tr("Con&flicts"))
        self.tabs.addTab(self.problems, _tr("&Problems"))
        self.conflicts.counted.connect(self._on_conflicts_counted)
        self.problems.counted.connect(self._on_problems_counted)

        self.status = SyncStatusLine(ctx, self)
        self.status.setWordWrap(True)
        self.sync_button = QPushButton(_tr("S&ync now"), self)
        self.sync_button.clicked.connect(self.sync_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.sync_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.setMinimumSize(760, 620)

        self.host.statusChanged.connect(self._on_status)
        self.card.show_card()
        self.reload()

    # --- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.groups.reload()
        self.conflicts.reload()
        self.problems.reload()
        self.status.repaint_status()
        self.sync_button.setEnabled(self.host.wanted())

    def _group_names(self) -> dict[int, str]:
        try:
            groups = self.ctx.workspace.groups.list(include_archived=True)
        except FacilitatorError:
            return {}
        return {g.id: g.name for g in groups}

    @Slot(int)
    def _on_conflicts_counted(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(
            index,
            _tr("Con&flicts ({count})").format(count=number(count)) if count else _tr("Con&flicts"),
        )

    @Slot(int)
    def _on_problems_counted(self, count: int) -> None:
        index = self.tabs.indexOf(self.problems)
        self.tabs.setTabText(
            index,
            _tr("&Problems ({count})").format(count=number(count)) if count else _tr("&Problems"),
        )

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        if status.state in ("synced", "offline", "off"):
            # A sync may have brought a group, conflicts or refusals.
            self.groups.reload()
            self.conflicts.reload()
            self.problems.reload()
            if status.state == "synced":
                self.ctx.reload_groups()

    # --- actions ---------------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        self.host.sync_now()

    @Slot()
    def _on_changed(self) -> None:
        self.reload()
        self.host.sync_now()

    @Slot()
    def open_share(self) -> ShareGroupDialog:
        groups = self.ctx.workspace.groups.list()
        dialog = ShareGroupDialog(self.sharing, groups, self.ctx.current_group_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.shared.connect(self._on_changed)
        dialog.finished.connect(self._on_share_finished)
        self.share_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_share_finished(self) -> None:
        self.share_dialog = None

    @Slot()
    def open_accept(self) -> AcceptInvitationDialog:
        dialog = AcceptInvitationDialog(self.sharing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_invitation.connect(self._on_changed)
        dialog.finished.connect(self._on_accept_finished)
        self.accept_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_accept_finished(self) -> None:
        self.accept_dialog = None

    def done(self, result: int) -> None:
        self.server.wipe()
        super().done(result)
