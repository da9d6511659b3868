"""Driving Settings → Sharing as a facilitator would, on simulated laptops.

    ana = SharingDriver.open(qtbot, ana_ctx)
    ana.set_server(cluster, dbname)          # types the form, clicks Save
    share = ana.start_share(group_id, ben.card())   # pastes the card, clicks Next
    share.number()                           # the large digits shown
    share.confirm("0412 7730 9921")          # types them, clicks Share
    ana.sync()                               # Sync now, until the status says Synced

Tests say what a user does and sees; how the page is built stays here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.sharing_runner import SyncStatus
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.sharing.accept_dialog import AcceptInvitationDialog
from facilitator_desktop.ui.sharing.page import SharingDialog
from facilitator_desktop.ui.sharing.share_dialog import ShareGroupDialog
from facilitator_desktop.ui.sharing.status_text import status_words
from tests.gui.drivers.widgets import click, pick
from tests.gui.driving import PromptAnswerer
from tests.helpers.postgres import PostgresCluster

SYNC_TIMEOUT_MS = 20_000


def replace_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select all and type over it, as a user fixing a field does."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        paste(widget, text)


def paste(widget: QWidget, text: str) -> None:
    """Ctrl+V of `text`, as pasted from a mail or a chat (long lines are not typed)."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


class QuestionReader(PromptAnswerer):
    """Answers the next question like PromptAnswerer, keeping its explanation too."""

    informative = ""

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not self.answered:
            self.informative = box.informativeText()
        super()._answer()


def read_question(label: str) -> QuestionReader:
    reader = QuestionReader(label)
    reader.arm()
    return reader


class ShareDriver:
    def __init__(self, dialog: ShareGroupDialog) -> None:
        self.dialog = dialog

    def number(self) -> str:
        return self.dialog.compare.number.text()

    def confirm(self, digits: str) -> None:
        replace_text(self.dialog.compare.digits, digits)
        click(self.dialog.share_button)

    def error(self) -> str:
        """What is said under the safety number's field (or the card's)."""
        return self.dialog.compare.error.message() or self.dialog.card_error.message()

    def typed_digits(self) -> str:
        return self.dialog.compare.digits.text()

    def invitation(self) -> str:
        assert self.dialog.step() == 2, "the invitation is not shown"
        return self.dialog.invitation.toPlainText()

    def done(self) -> None:
        click(self.dialog.close_button)


class AcceptDriver:
    def __init__(self, dialog: AcceptInvitationDialog) -> None:
        self.dialog = dialog

    def paste(self, text: str) -> None:
        if self.dialog.step() == 1:
            click(self.dialog.back_button)
        replace_text(self.dialog.pasted, text)
        click(self.dialog.next_button)

    def number(self) -> str:
        return self.dialog.compare.number.text()

    def error(self) -> str:
        return self.dialog.compare.error.message() or self.dialog.pasted_error.message()

    def confirm(self, digits: str) -> None:
        replace_text(self.dialog.compare.digits, digits)
        click(self.dialog.accept_button)

    def accepted(self) -> bool:
        return self.dialog.step() == 2


class SharingDriver:
    def __init__(self, qtbot: QtBot, dialog: SharingDialog) -> None:
        self.qtbot = qtbot
        self.dialog = dialog

    @classmethod
    def open(cls, qtbot: QtBot, ctx: UiContext) -> SharingDriver:
        dialog = SharingDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        return cls(qtbot, dialog)

    # --- the server ------------------------------------------------------------------------

    def type_server(self, host: str, port: int, dbname: str, role: str, password: str) -> None:
        form = self.dialog.server
        self.show_tab(form)
        replace_text(form.host, host)
        form.port.setValue(port)
        replace_text(form.dbname, dbname)
        replace_text(form.role, role)
        replace_text(form.password, password)

    def show_tab(self, part: QWidget) -> None:
        """Click the tab that holds `part`."""
        tabs = self.dialog.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is part or (page is not None and page.isAncestorOf(part)):
                bar = tabs.tabBar()
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                assert tabs.currentIndex() == index
                return
        raise AssertionError("no tab holds that part")

    def set_server(self, cluster: PostgresCluster, dbname: str) -> str:
        self.type_server(cluster.host, cluster.port, dbname, cluster.user, cluster.password)
        click(self.dialog.server.save_button)
        return self.server_message()

    def server_message(self) -> str:
        return self.dialog.server.result.text()

    def field_error(self, field: str) -> str:
        return self.dialog.server.errors[field].message()

    def test_connection(self) -> str:
        form = self.dialog.server
        click(form.test_button)
        self.qtbot.waitUntil(lambda: form.test_button.isEnabled(), timeout=SYNC_TIMEOUT_MS)
        return form.result.text()

    # --- cards and invitations -------------------------------------------------------------

    def card(self) -> str:
        return self.dialog.card.card_text()

    def start_share(self, group_id: int, card: str) -> ShareDriver:
        click(self.dialog.share_button)
        share = self.dialog.share_dialog
        assert share is not None and share.isVisible()
        pick(share.group, group_id)
        paste(share.card, card)
        click(share.next_button)
        return ShareDriver(share)

    def start_accept(self, text: str) -> AcceptDriver:
        click(self.dialog.accept_button)
        accept = self.dialog.accept_dialog
        assert accept is not None and accept.isVisible()
        driver = AcceptDriver(accept)
        driver.paste(text)
        return driver

    def share_with(self, group_id: int, other: SharingDriver) -> None:
        """The whole careful flow: cards exchanged, numbers compared, invitation accepted."""
        share = self.start_share(group_id, other.card())
        digits = share.number()
        share.confirm(digits)
        accept = other.start_accept(share.invitation())
        assert accept.number() == digits
        accept.confirm(digits)
        assert accept.accepted(), accept.error()
        share.done()
        click(accept.dialog.close_button)

    # --- the shared groups -----------------------------------------------------------------

    def group_titles(self) -> list[str]:
        self.dialog.groups.reload()
        return self.dialog.groups.group_titles()

    def remove(self, group_id: int, device_id: str) -> None:
        groups = self.dialog.groups
        assert groups.select(group_id, device_id)
        click(groups.remove_button)

    def stop_sharing(self, group_id: int) -> None:
        groups = self.dialog.groups
        assert groups.select(group_id)
        click(groups.stop_button)

    # --- sync ------------------------------------------------------------------------------

    def status(self) -> SyncStatus | None:
        return self.dialog.host.status()

    def status_text(self) -> str:
        return self.dialog.status.text()

    def sync(self, *, expect: str = "synced") -> SyncStatus:
        """Click Sync now and wait for that sync's outcome (a new status of `expect`)."""
        before = self.status()
        click(self.dialog.sync_button)

        def arrived() -> bool:
            now = self.status()
            return now is not None and now is not before and now.state == expect

        self.qtbot.waitUntil(arrived, timeout=SYNC_TIMEOUT_MS)
        status = self.status()
        assert status is not None
        return status

    def words(self) -> str:
        return status_words(self.status(), self.dialog.ctx.now()).text

    # --- conflicts and problems ------------------------------------------------------------

    def conflicts(self) -> list[tuple[str, str]]:
        self.dialog.conflicts.reload()
        return self.dialog.conflicts.rows()

    def keep_current(self) -> None:
        click(self.dialog.conflicts.keep_button)

    def problems(self) -> list[str]:
        self.dialog.problems.reload()
        return self.dialog.problems.rows()

    def tab_titles(self) -> list[str]:
        tabs = self.dialog.tabs
        return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]

    def close(self) -> None:
        self.dialog.host.stop()
        self.dialog.close()
