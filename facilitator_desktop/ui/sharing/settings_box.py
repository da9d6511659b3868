"""The Sharing section of the Settings dialog: whether anything is shared, and the button
that opens the Sharing page (server, card, co-facilitators, conflicts, problems)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.formatting import number
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# The page brings the sync engine (psycopg): loaded when it is first opened.
if TYPE_CHECKING:
    from facilitator_desktop.ui.sharing.page import SharingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingSettings", text)


class SharingSettings(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Sharing with co-facilitators"), parent)
        self.ctx = ctx
        self.dialog: SharingDialog | None = None
        self.summary = ToneLabel("", Tone.NORMAL, self)
        self.open_button = QPushButton(_tr("S&haring…"), self)
        self.open_button.clicked.connect(self.open_sharing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_summary()

    def show_summary(self) -> None:
        from facilitator_desktop.ui.sharing.host import sync_host

        try:
            sharing = sync_host(self.ctx).sharing()
            shared = [g for g in sharing.shared_groups() if g.state not in ("left", "removed")]
            server = sharing.server()
        except FacilitatorError:
            shared, server = [], None
        if not shared:
            text = _tr(
                "No group is shared: nothing leaves this laptop. A group can be shared with a "
                "co-facilitator through your agency's server, end-to-end encrypted."
            )
        elif server is None:
            text = _tr(
                "Shared groups: {count}. No server is set yet, so their changes wait on this "
                "laptop."
            ).format(count=number(len(shared)))
        else:
            text = _tr("Shared groups: {count}, through {host}.").format(
                count=number(len(shared)), host=server.host
            )
        self.summary.setText(text)

    @Slot()
    def open_sharing(self) -> SharingDialog:
        """Opens without blocking (window-modal; the lock closes it)."""
        from facilitator_desktop.ui.sharing.page import SharingDialog

        if self.dialog is None:
            dialog = SharingDialog(self.ctx, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._on_finished)
            self.dialog = dialog
        self.dialog.open()
        return self.dialog

    @Slot()
    def _on_finished(self) -> None:
        self.dialog = None
        self.show_summary()
