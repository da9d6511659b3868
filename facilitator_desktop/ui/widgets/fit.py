"""Let a dialog grow when an inline message appears, so wrapped text is never clipped."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(width, needed)
