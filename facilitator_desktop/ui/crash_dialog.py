"""The calm message shown when something unexpected went wrong (see `crash_log`).

In the running app a crash in a slot or on another thread is shown by a box that does not
block the window (a session in the room goes on); a second one while it is up only counts
in it. At start, before there is any window, `show_start_crash` asks in a modal box.
Either box offers to open the folder with the crash log, which holds no private text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from facilitator_desktop.crash_log import CrashReport, CrashReporter
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def _report_words(report: CrashReport) -> str:
    if report.path is None:
        return _tr(
            "A short report could not be written on this computer (the disk may be full "
            "or read-only)."
        )
    return _tr(
        "A short report was written on this computer. It records only where in the program "
        "the problem happened: no names, notes or other text from your workspace. Nothing "
        "is sent anywhere."
    )


class CrashBox(QMessageBox):
    """One crash (or several in a row): what happened, in calm words, and the log folder."""

    def __init__(
        self, report: CrashReport, *, at_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.times = 1
        self.setIcon(QMessageBox.Icon.Information)  # not an alarm: nothing saved is lost
        self.setWindowTitle(_tr("Something went wrong"))
        if at_start:
            self.setText(
                _tr("Facilitator Desktop could not start: it met a problem it did not expect.")
            )
            advice = _tr("What you saved before is safe. Please try starting it again.")
        else:
            self.setText(_tr("Facilitator Desktop met a problem it did not expect."))
            advice = _tr(
                "What you saved is safe. If something on screen looks wrong, save what you "
                "can and restart the app."
            )
        self._advice = f"{advice}\n\n{_report_words(report)}"
        self.setInformativeText(self._advice)
        self.open_folder_button: QAbstractButton | None = None
        if report.path is not None:
            self.open_folder_button = self.addButton(
                _tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
            )
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(close)
        self.setEscapeButton(close)
        self.buttonClicked.connect(self._on_button)

    def happened_again(self) -> None:
        self.times += 1
        again = QCoreApplication.translate(
            "CrashDialog",
            "It has happened %Ln times since this message appeared.",
            None,
            self.times,
        )
        self.setInformativeText(f"{self._advice}\n\n{again}")

    @Slot(QAbstractButton)
    def _on_button(self, button: QAbstractButton) -> None:
        if button is self.open_folder_button and self.report.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path.parent)))


class CrashDialogs(QObject):
    """Shows a `CrashBox` for each report, on the GUI thread whichever thread crashed."""

    # A crash was logged (on any thread); queued to the GUI thread to show it.
    crashed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: CrashBox | None = None
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def attach(self, reporter: CrashReporter) -> None:
        reporter.listeners.append(self.notify)

    def detach(self, reporter: CrashReporter) -> None:
        if self.notify in reporter.listeners:
            reporter.listeners.remove(self.notify)

    def notify(self, report: CrashReport) -> None:
        """Called by the reporter, on whichever thread crashed."""
        emit(self.crashed, report)

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        if self.box is not None and self.box.isVisible():
            self.box.happened_again()
            return
        self.box = CrashBox(report)
        # Not modal: the room's keys (Space, N) keep working while it is up.
        self.box.setWindowModality(Qt.WindowModality.NonModal)
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.finished.connect(self._on_closed)
        self.box.show()

    @Slot()
    def _on_closed(self) -> None:
        self.box = None


def show_start_crash(report: CrashReport) -> None:
    """The app could not start: say so in a window (made now if there is none yet)."""
    if QApplication.instance() is None:
        QApplication([])
    CrashBox(report, at_start=True).exec()
