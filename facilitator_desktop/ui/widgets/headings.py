"""Heading labels: larger, bolder text derived from the application font."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

_SCALE = {1: 1.6, 2: 1.25, 3: 1.0}


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * _SCALE.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setObjectName(f"heading{level}")
    return label


class PageHeader(QWidget):
    """A page title with a muted line of context under it (e.g. the current group)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, 1, self)
        self.subtitle = ToneLabel("", Tone.MUTED, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
