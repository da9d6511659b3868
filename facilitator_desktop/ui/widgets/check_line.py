"""A check box whose words wrap: the box, then a label beside it that toggles it when
clicked (a QCheckBox draws its text on one line and clips it in a narrow column).

To assistive technology it is the box, named with the label's words; the label is its
buddy, so an "&" in the text is the box's mnemonic.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class CheckLine(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.installEventFilter(self)
        self.box.setAccessibleName(self.label.text().replace("&", ""))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A click on the words toggles the box, as a click on a check box's text does."""
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.box.isEnabled()
            and self.label.rect().contains(event.position().toPoint())
        ):
            self.box.click()
            return True
        return False
