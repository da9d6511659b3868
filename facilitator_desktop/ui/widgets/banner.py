"""A quiet, tinted strip for facts the user should not miss (e.g. "this is a demo")."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget

from facilitator_desktop.ui.widgets.tone import is_dark


class Banner(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self._recolouring = False
        self._recolour()

    def text(self) -> str:
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._recolouring:
            self._recolour()

    def _recolour(self) -> None:
        self._recolouring = True
        try:
            base = QApplication.palette(self)
            # A soft amber that reads as "note", not "error", in both themes.
            background = QColor("#4a3c12") if is_dark(base) else QColor("#fff4d6")
            text = QColor("#f8e7b5") if is_dark(base) else QColor("#4d3b00")
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, background)
            palette.setColor(QPalette.ColorRole.WindowText, text)
            self.setPalette(palette)
        finally:
            self._recolouring = False
