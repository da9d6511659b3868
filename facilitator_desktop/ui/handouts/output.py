"""Where a built handout goes: a PDF file, the printer, or a copy for the PDF viewer.

Part of the page's view: it asks (file and print dialogs) and says what went wrong in a
message box over the page. Only the handout the preview shows, built from the current
options, ever leaves (`HandoutsPresenter.result`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator_desktop import partial_files
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.handouts.labels import file_stem, kind_title
from facilitator_desktop.ui.handouts.presenter import HandoutsPresenter
from facilitator_desktop.ui.handouts.preview import PreviewPane
from facilitator_desktop.ui.handouts.printing import (
    PrintError,
    pages_to_print,
    prepare_printer,
    print_document,
    send_pdf,
)
from facilitator_desktop.ui.handouts.viewer import ViewerCopies
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.busy import busy_cursor


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("HandoutsPage", text, disambiguation, n)


class HandoutOutput:
    def __init__(
        self,
        page: QWidget,
        ctx: UiContext,
        presenter: HandoutsPresenter,
        preview: PreviewPane,
    ) -> None:
        self._page = page  # the parent of every dialog
        self._ctx = ctx
        self._presenter = presenter
        self._preview = preview
        self.viewer_copies = ViewerCopies()

    # --- a PDF file ----------------------------------------------------------------------------

    def ask_and_save(self) -> None:
        """Save as PDF…: where, then save."""
        if self._presenter.result() is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self._page,
            _tr("Save handout as PDF"),
            str(self._suggested_path()),
            _tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, path: Path) -> Path | None:
        """Write the current handout to `path` (".pdf" added when missing)."""
        result = self._presenter.result()
        if result is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # Only this user may read it: a handout can name members.
            partial_files.write_file(path, result.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self._page,
                _tr("Save as PDF"),
                _tr("The PDF could not be saved: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return None
        emit(self._ctx.statusMessage, _tr("Saved {file}.").format(file=path.name))
        return path

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{file_stem(self._presenter.kind())}-{self._ctx.today().isoformat()}.pdf"
        return Path(folder) / name if folder else Path(name)

    # --- the printer ---------------------------------------------------------------------------

    def ask_and_print(self) -> None:
        """Print…: the system's print dialog (a page range may be chosen), then print."""
        result = self._presenter.result()
        paper = self._presenter.paper()
        if result is None or paper is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, paper, kind_title(self._presenter.kind()))
        dialog = QPrintDialog(printer, self._page)
        dialog.setWindowTitle(_tr("Print handout"))
        dialog.setMinMax(1, result.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            pages = self.print_to(printer)
        except PrintError:
            QMessageBox.warning(
                self._page,
                _tr("Print"),
                _tr("The printer could not be started. Check it is connected and on."),
            )
            return
        emit(self._ctx.statusMessage, _tr("Sent %Ln pages to the printer.", "", pages))

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the range picked in the dialog) onto `printer`: the PDF
        itself where the print service takes it, else page by page."""
        result = self._presenter.result()
        paper = self._presenter.paper()
        if result is None or paper is None:
            return 0
        with busy_cursor():
            if send_pdf(result.pdf, printer, paper):
                return len(pages_to_print(printer, result.page_count))
            try:
                return print_document(self._preview.document, printer, self._print_progress)
            finally:
                self._preview.set_status(self._presenter.summary(result))

    def _print_progress(self, done: int, total: int) -> None:
        self._preview.set_status(
            _tr("Printing page {n} of {total}…").format(
                n=formatting.number(done + 1), total=formatting.number(total)
            )
        )
        # Repaint between pages; clicks and keys wait until printing is done.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    # --- the PDF viewer ------------------------------------------------------------------------

    def open_in_viewer(self) -> None:
        """A private copy (deleted on lock and quit) opened in the user's PDF viewer."""
        result = self._presenter.result()
        if result is None:
            return
        try:
            path = self.viewer_copies.write(result.pdf, file_stem(self._presenter.kind()))
        except OSError as exc:
            QMessageBox.warning(
                self._page,
                _tr("Open in PDF viewer"),
                _tr("The copy for the viewer could not be written: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self._page,
                _tr("Open in PDF viewer"),
                _tr("No PDF viewer is set up on this computer. Use Save as PDF… instead."),
            )
            return
        emit(
            self._ctx.statusMessage,
            _tr("Opened a copy in your PDF viewer; it is deleted when you lock or quit."),
        )
