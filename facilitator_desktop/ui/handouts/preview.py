"""The preview: the built PDF in a QPdfView (every page, fit to width), what the facilitator
must know before printing (characters that will not print), and a small busy indicator."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.handouts.data import HandoutResult
from facilitator_desktop.ui.handouts.labels import describe_problem
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

SHOW_BUSY_AFTER_MS = 120  # quick builds finish before an indicator would flicker


class WarningsBanner(Banner):
    """The builder's warnings, with a heading and an icon: never silently dropped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("handoutWarnings")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(0, icon)
        layout.setStretch(1, 1)
        layout.setSpacing(10)
        self.warnings: tuple[str, ...] = ()
        self.hide()

    def set_warnings(self, warnings: tuple[str, ...]) -> None:
        self.warnings = warnings
        if not warnings:
            self.label.clear()
            self.hide()
            return
        heading = self.tr("Check before printing: some text will not print as written.")
        self.label.setText("\n\n".join((heading, *(f"• {w}" for w in warnings))))
        self.label.setAccessibleName(heading)
        self.show()


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # the bytes the document reads from
        self.result: HandoutResult | None = None

        self.view = QPdfView(self)
        self.view.setObjectName("handoutPreview")
        self.view.setAccessibleName(self.tr("Handout preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)

        self.message = ToneLabel("", Tone.MUTED, self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.stack.setCurrentWidget(self.message)

        self.warnings = WarningsBanner(self)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # "working", no percentage
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(72, 8)
        self.busy_bar.setAccessibleName(self.tr("Updating the preview"))
        self.busy_bar.hide()
        self.status = ToneLabel("", Tone.MUTED, self)
        self.status.setWordWrap(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(SHOW_BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.warnings)
        layout.addWidget(self.stack, 1)
        layout.addLayout(status_row)

    # --- content -------------------------------------------------------------------------------

    def show_result(self, result: HandoutResult, summary: str) -> bool:
        """Show a built handout; False (and a message) when Qt cannot read the PDF."""
        page = self.view.pageNavigator().currentPage()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._drop_buffer()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear(self.tr("The preview could not be shown."))
            return False
        self.result = result
        self.warnings.set_warnings(tuple(describe_problem(p) for p in result.problems))
        self.stack.setCurrentWidget(self.view)
        self.status.setText(summary)
        if 0 < page < self.document.pageCount():  # stay on the page the user was reading
            self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        return True

    def clear(self, message: str = "") -> None:
        """Forget the handout (its bytes, pages and warnings) and show `message` instead."""
        self.result = None
        self.document.close()
        self._drop_buffer()
        self.warnings.set_warnings(())
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)
        self.status.clear()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        if busy:
            if not self.busy_bar.isVisible() and not self._busy_timer.isActive():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    @Slot()
    def _show_busy(self) -> None:
        self.busy_bar.show()

    def _drop_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
