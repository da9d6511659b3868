"""A combo box that ends its current text with "…" when the box is too narrow for it.

QComboBox draws its current text unshortened, so a narrow box (the sidebar's, at a large
font) cuts it off mid-letter. This one shortens it and gives the whole text as tooltip;
assistive technology reads the whole text as the combo box's value either way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

# The style draws the label inside the edit field less a pixel each side, and an icon
# with a little space after it (QCommonStyle's CE_ComboBoxLabel).
_LABEL_INSET = 2
_ICON_GAP = 4
#: The fewest characters a box asks to show: it may shrink to them in a short row (large
#: type), since whatever does not fit ends in "…" with the whole text in the tooltip.
SHRINKS_TO = 12


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""
        self.currentTextChanged.connect(self._on_text_changed)

    def set_hint(self, hint: str) -> None:
        """A tooltip of the box's own, kept under the whole text when the text is shortened."""
        self._hint = hint
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        spare = self.minimumContentsLength() - SHRINKS_TO
        if spare <= 0 or self.isEditable():
            return hint
        # QComboBox counts its minimum contents length in widths of "x".
        return QSize(
            hint.width() - spare * self.fontMetrics().horizontalAdvance("x"), hint.height()
        )

    def text_room(self) -> int:
        """The width the style leaves for the current text."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        room = field.width() - _LABEL_INSET
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + _ICON_GAP
        return max(0, room)

    def full_text(self) -> str:
        if self.currentIndex() < 0:
            return self.placeholderText()
        return self.currentText()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self.full_text(), Qt.TextElideMode.ElideRight, self.text_room()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():  # the line edit shows (and scrolls) the text itself
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_tooltip()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        full = self.full_text()
        shortened = self.shown_text() != full
        self.setToolTip("\n".join(t for t in (full if shortened else "", self._hint) if t))
