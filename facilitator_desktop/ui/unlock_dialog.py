"""Unlock: at start, and again after the workspace was locked (Ctrl+L).

"Use recovery key" switches the dialog to the recovery form: the key, then a new
passphrase (twice), which replaces the forgotten one.

A disk that is full or read-only is told in words fit for this moment: at start nothing is
open yet (not "what you see is kept"), after a lock what was open is kept as it was. The
lock screen also says when a note the disk would not take is kept, sealed, until unlock.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import APP_NAME
from facilitator_desktop.errors import (
    FacilitatorError,
    StorageError,
    StorageFull,
    WorkspaceReadOnly,
    WrongPassphrase,
    WrongRecoveryKey,
)
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.first_paint import FirstPaint
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit, ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QShowEvent

    from facilitator_desktop.ui.vault.recovery_unlock import RecoveryPanel
    from facilitator_desktop.ui.widgets.banner import Banner

# Opens (or re-opens) the workspace; raises WrongPassphrase, WorkspaceCorrupt, ...
UnlockAttempt = Callable[[str], None]
# recover(recovery key, new passphrase): opens the workspace with the recovery key and sets
# the new passphrase; raises WrongRecoveryKey, WorkspaceCorrupt, ...
RecoverAttempt = Callable[[str, str], None]


class UnlockReason(Enum):
    START = "start"
    LOCKED = "locked"


class UnlockDialog(QDialog):
    def __init__(
        self,
        attempt: UnlockAttempt,
        reason: UnlockReason = UnlockReason.START,
        *,
        demo_note: str = "",
        recover: RecoverAttempt | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._recover = recover
        self._reason = reason
        self.setWindowTitle(APP_NAME)
        self.setObjectName("unlockDialog")

        if reason is UnlockReason.LOCKED:
            title_text = self.tr("Workspace locked")
            intro_text = self.tr("Enter your passphrase to carry on where you left off.")
        else:
            title_text = self.tr("Unlock your workspace")
            intro_text = self.tr("Enter your passphrase to open your groups, members and notes.")
        self._texts = (title_text, intro_text)
        self.title = title = heading(title_text, 1, self)
        self.intro = intro = ToneLabel(intro_text, Tone.NORMAL, self)
        # What the lock kept that the disk would not take (see show_notice): built when there
        # is one, so the usual window paints without it (~2 ms).
        self._notice: Banner | None = None

        self.passphrase = PassphraseEdit(self.tr("Passphrase"), self)
        self.passphrase_error = FieldError(self.passphrase, self)
        self.show_box = ShowPassphraseBox([self.passphrase], self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.passphrase_error)
        form.addRow("", self.show_box)
        # Parents by keyword here and below: a positional one makes PySide6 weigh the
        # (icon, text, parent) overload, which builds QIcon's enums (~2.5 ms) before the paint.
        self.recovery_link = QPushButton(self.tr("Forgot it? Use &recovery key"), parent=self)
        self.recovery_link.setFlat(True)
        self.recovery_link.setObjectName("linkButton")
        # A hand over the link once the dialog is painted: a Qt.CursorShape would build the
        # `Qt` namespace (~13 ms) before it.
        self._painted = FirstPaint(self)
        self._painted.painted.connect(self._point_at_link)
        link_palette = self.recovery_link.palette()
        link_palette.setColor(
            QPalette.ColorRole.ButtonText, link_palette.color(QPalette.ColorRole.Link)
        )
        self.recovery_link.setPalette(link_palette)
        self.recovery_link.clicked.connect(self.use_recovery_key)
        self.recovery_link.setVisible(recover is not None)
        form.addRow("", self.recovery_link)
        passphrase_page = QWidget(self)
        passphrase_page.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        # The recovery form is built on first use: the lock screen paints sooner without it.
        self._recovery: RecoveryPanel | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(passphrase_page)
        self._fit_pages()

        # Damaged or too-new workspaces: not the passphrase's fault, so not under the field.
        self.problem = FieldError(None, self)

        # By keyword: a positional parent makes PySide6 weigh the (orientation, parent)
        # overload, which builds the whole `Qt` namespace (~13 ms) before the first paint.
        buttons = QDialogButtonBox(parent=self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), parent=self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"), parent=self)
        self.back_button = QPushButton(self.tr("&Back to passphrase"), parent=self)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.hide()  # after addButton(), which shows it
        self.unlock_button.clicked.connect(self._on_unlock)
        self.quit_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.use_passphrase)
        self.passphrase.textChanged.connect(self._on_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        if demo_note:
            from facilitator_desktop.ui.widgets.banner import Banner

            layout.addWidget(Banner(demo_note, self))
        self._notice_at = layout.count()
        layout.addSpacing(4)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.passphrase.setFocus()

    @property
    def recovery(self) -> RecoveryPanel:
        if self._recovery is None:
            from facilitator_desktop.ui.vault.recovery_unlock import RecoveryPanel

            self._recovery = RecoveryPanel(self)
            self._recovery.changed.connect(self._on_text_changed)
            self.pages.addWidget(self._recovery)
            self._fit_pages()
        return self._recovery

    @property
    def notice(self) -> Banner:
        if self._notice is None:
            from facilitator_desktop.ui.widgets.banner import Banner

            self._notice = Banner("", self)
            self._notice.setObjectName("heldNotice")
            self._notice.hide()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(self._notice_at, self._notice)
        return self._notice

    def show_notice(self, text: str) -> None:
        """A fact about the lock to read before unlocking (empty: none)."""
        if not text and self._notice is None:
            return
        self.notice.label.setText(text)
        self.notice.setVisible(bool(text))
        if text and self.isVisible():
            self.adjustSize()

    def notice_text(self) -> str:
        if self._notice is None:
            return ""
        return self._notice.text() if self._notice.isVisibleTo(self) else ""

    def error_text(self) -> str:
        """Whatever error the dialog currently shows (for tests and screenshots)."""
        messages = (
            self.passphrase_error.message(),
            self._recovery.key_error.message() if self._recovery is not None else "",
            self.problem.message(),
        )
        return " ".join(m for m in messages if m)

    def recovering(self) -> bool:
        return self._recovery is not None and self.pages.currentWidget() is self._recovery

    @Slot()
    def use_recovery_key(self) -> None:
        """Switch to the recovery form (the "Use recovery key" link)."""
        if self._recover is None:
            return
        self.passphrase.wipe()
        self.passphrase_error.clear_message()
        self.problem.clear_message()
        self.pages.setCurrentWidget(self.recovery)
        self._fit_pages()
        self.title.setText(self.tr("Unlock with your recovery key"))
        self.intro.hide()
        self.unlock_button.setText(self.tr("&Unlock and set passphrase"))
        self.back_button.show()
        self._on_text_changed()
        self.recovery.focus_key()

    @Slot()
    def use_passphrase(self) -> None:
        if self._recovery is not None:
            self._recovery.wipe()
        self.problem.clear_message()
        self.pages.setCurrentIndex(0)
        self._fit_pages()
        self.title.setText(self._texts[0])
        self.intro.show()
        self.unlock_button.setText(self.tr("&Unlock"))
        self.back_button.hide()
        self._on_text_changed()
        self.passphrase.setFocus()

    def _fit_pages(self) -> None:
        """Size the dialog to the page shown, not to the larger hidden one."""
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is None:  # only for an index out of range, which count() rules out
                continue
            policy = (
                QSizePolicy.Policy.Preferred
                if page is self.pages.currentWidget()
                else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
        self.pages.adjustSize()
        if self.isVisible():
            self.adjustSize()

    @Slot()
    def _on_text_changed(self) -> None:
        if self.recovering():
            self.unlock_button.setEnabled(self.recovery.acceptable())
        else:
            self.unlock_button.setEnabled(bool(self.passphrase.text()))

    @Slot()
    def _on_unlock(self) -> None:
        if self.recovering():
            self._on_recover()
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.passphrase_error.clear_message()
        self.problem.clear_message()
        self.unlock_button.setEnabled(False)
        try:
            with busy_cursor():
                self._attempt(passphrase)
        except WrongPassphrase:
            self.passphrase.wipe()
            self.passphrase_error.show_message(
                self.tr("That passphrase does not unlock this workspace. Please try again.")
            )
            self.passphrase.setFocus()
            return
        except FacilitatorError as exc:
            self.problem.show_message(self._problem_text(exc))
            self.passphrase.wipe()
            return
        except OSError as exc:
            self.problem.show_message(self._os_problem_text(exc))
            self.passphrase.wipe()
            return
        finally:
            self._on_text_changed()
        self.passphrase.wipe()
        self.accept()

    def _on_recover(self) -> None:
        assert self._recover is not None
        if not self.recovery.acceptable():
            return
        self.recovery.key_error.clear_message()
        self.problem.clear_message()
        self.unlock_button.setEnabled(False)
        try:
            with busy_cursor():
                self._recover(self.recovery.key(), self.recovery.new_passphrase())
        except WrongRecoveryKey as exc:
            self.recovery.show_key_error(error_text(exc))
            self.recovery.focus_key()
            return
        except FacilitatorError as exc:
            self.problem.show_message(self._problem_text(exc))
            return
        except OSError as exc:
            self.problem.show_message(self._os_problem_text(exc))
            return
        finally:
            self._on_text_changed()
        self.recovery.wipe()
        self.use_passphrase()
        self.accept()

    # --- disk problems, told for this moment --------------------------------------------------

    def _problem_text(self, error: FacilitatorError) -> str:
        """The error's own message, except for the plain disk errors: theirs are written
        for an open workspace ("what you see is kept in memory"), which is untrue here."""
        if type(error) is StorageFull:
            return self._disk_full_text()
        if type(error) is WorkspaceReadOnly:
            return self._read_only_text()
        if type(error) is StorageError:
            return self._disk_problem_text()
        return error_text(error)

    def _os_problem_text(self, error: OSError) -> str:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return self._disk_full_text()
        if error.errno == errno.EROFS:
            return self._read_only_text()
        return self.tr("The workspace could not be read: {reason}").format(
            reason=error.strerror or str(error)
        )

    def _disk_full_text(self) -> str:
        if self._reason is UnlockReason.LOCKED:
            return self.tr(
                "The disk is full, so the workspace could not be unlocked. What you had open "
                "is kept as it was. Free some space on this disk, then unlock again."
            )
        return self.tr(
            "The disk is full, so the workspace could not be opened. Nothing is open yet, "
            "and nothing has been changed. Free some space on this disk (empty the "
            "wastebasket, or move large files elsewhere), then unlock again."
        )

    def _read_only_text(self) -> str:
        if self._reason is UnlockReason.LOCKED:
            return self.tr(
                "The disk holding the workspace is read-only, so the workspace could not be "
                "unlocked. What you had open is kept as it was. Make the disk writable "
                "again, then unlock again."
            )
        return self.tr(
            "The disk holding the workspace is read-only, so the workspace could not be "
            "opened. Nothing is open yet, and nothing has been changed. Make the disk "
            "writable again (a memory stick's lock switch, a disk that needs checking), or "
            "copy the data folder to a disk you can write to, then unlock again."
        )

    def _disk_problem_text(self) -> str:
        if self._reason is UnlockReason.LOCKED:
            return self.tr(
                "A problem with the disk stopped the workspace from unlocking. What you had "
                "open is kept as it was. Check that the disk is connected and working, then "
                "unlock again."
            )
        return self.tr(
            "A problem with the disk stopped the workspace from opening. Nothing is open "
            "yet, and nothing has been changed. Check that the disk is connected and "
            "working, then unlock again."
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._painted.watch()

    @Slot()
    def _point_at_link(self) -> None:
        from PySide6.QtCore import Qt

        self.recovery_link.setCursor(Qt.CursorShape.PointingHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # built by now: see showEvent

        # Escape must not quit (or unlock) by accident on the lock screen.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
