"""Printing a handout.

Where the system's print service takes PDF itself (CUPS, on Linux and macOS: the ``lp``
command), `send_pdf()` hands it the very PDF the preview shows, so text stays vector and the
printout matches the saved file exactly, with no waiting for rendering. Elsewhere (Windows,
no CUPS) `print_document()` renders each page at the printer's resolution, up to 600 dpi,
onto the QPrinter: about 0.6 s a page on a 2-core laptop. Pages are rendered in horizontal
bands: a whole A4 page at 600 dpi would be a 140 MB image, a band is a few megabytes. Both
are apart from the print dialog, so tests can drive them.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from facilitator_desktop.handouts.data import Paper

MAX_DPI = 600  # a "print to file" QPrinter reports 1200 dpi; text is crisp well below
BAND_PIXELS = 8_000_000  # ~32 MB of ARGB per band


class PrintError(Exception):
    """The printer could not be started (no printer, file not writable, cancelled)."""


def page_size_for(paper: Paper) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4)


def prepare_printer(printer: QPrinter, paper: Paper, doc_name: str) -> None:
    """Paper, orientation and page range matching the handout. `doc_name` shows in print
    queues other people may see: a generic name, never a group or member."""
    printer.setPageSize(page_size_for(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF already has its margins
    printer.setDocName(doc_name)
    printer.setFromTo(0, 0)


LP_TIMEOUT_S = 30


def send_pdf(pdf: bytes, printer: QPrinter, paper: Paper) -> bool:
    """Give `pdf` to the CUPS queue chosen in the print dialog; False when there is no such
    service here (then print with `print_document`). Raises PrintError when CUPS refuses."""
    lp = shutil.which("lp")
    name = printer.printerName()
    if lp is None or not name or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return False
    command = [lp, "-d", name, "-n", str(max(1, printer.copyCount())), "-t", printer.docName()]
    command += ["-o", f"media={'Letter' if paper == 'Letter' else 'A4'}", "-o", "fit-to-page"]
    first, last = printer.fromPage(), printer.toPage()
    if first > 0 and last > 0:
        command += ["-P", f"{first}-{last}"]
    try:
        done = subprocess.run(  # noqa: S603  (our arguments, no shell)
            command, input=pdf, capture_output=True, timeout=LP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError("the print service did not answer") from exc
    if done.returncode != 0:
        raise PrintError("the print service refused the document")
    return True


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """0-based pages in the range picked in the print dialog (all when none was picked)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(page_count)
    return range(max(first, 1) - 1, min(last, page_count))


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Render the pages of `document` onto `printer`; returns the number of pages printed.

    Each page is scaled to fit the printer's paper (1:1 when the sizes match), centred, at
    the printer's resolution up to `MAX_DPI`. `progress(done, total)` is called before each
    page (a page at 600 dpi takes most of a second: the caller can repaint in between).
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    try:
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_DPI)
        for count, index in enumerate(pages):
            if progress is not None:
                progress(count, len(pages))
            if count:
                printer.newPage()
            _print_page(document, index, painter, QRectF(paper), printer.resolution(), dpi)
    finally:
        painter.end()
    return len(pages)


def _print_page(
    document: QPdfDocument,
    index: int,
    painter: QPainter,
    paper: QRectF,
    device_dpi: int,
    render_dpi: int,
) -> None:
    points = document.pagePointSize(index)
    if points.isEmpty():
        return
    # Where the page goes on the paper, in device pixels: natural size, shrunk to fit.
    natural = QSizeF(points.width() * device_dpi / 72, points.height() * device_dpi / 72)
    fit = min(1.0, paper.width() / natural.width(), paper.height() / natural.height())
    target = QSizeF(natural.width() * fit, natural.height() * fit)
    left = paper.left() + (paper.width() - target.width()) / 2
    top = paper.top() + (paper.height() - target.height()) / 2
    # The rendered image: the same page at the render resolution.
    scale = fit * render_dpi / device_dpi
    image_size = QSize(
        max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale))
    )
    band_height = max(1, BAND_PIXELS // image_size.width())
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(image_size)
    to_device = target.height() / image_size.height()
    x0, x1 = round(left), round(left + target.width())
    y = 0
    while y < image_size.height():
        height = min(band_height, image_size.height() - y)
        options.setScaledClipRect(QRect(0, y, image_size.width(), height))
        band = document.render(index, QSize(image_size.width(), height), options)
        # Whole device pixels, each band starting exactly where the last one ended: no
        # hairline gap or overlap where the bands meet.
        y0, y1 = round(top + y * to_device), round(top + (y + height) * to_device)
        painter.drawImage(QRect(x0, y0, x1 - x0, y1 - y0), band)
        y += height
