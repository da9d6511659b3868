"""The application's style: Fusion, with borders and a focus ring a low-vision user sees.

Fusion derives its borders from a darkened window colour, which reads at 1.2–1.9:1 on both
palettes (WCAG 1.4.11 asks 3:1) and all but vanishes on dark grey; its keyboard focus is a
faint tint. Here fields, buttons, boxes and spin boxes are outlined in the theme's outline
colour (theme.outline) and whatever has the keyboard focus gets a 2 px ring in the focus
colour (theme.focus_ring), in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from facilitator_desktop.ui.theme_colours import focus_ring, outline

PE = QStyle.PrimitiveElement
State = QStyle.StateFlag
#: Primitives whose frame Fusion draws in its faint outline: redrawn in the theme's.
OUTLINED = (PE.PE_FrameLineEdit, PE.PE_PanelButtonCommand)
RING_WIDTH = 2.0


class CalmStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_FrameFocusRect:
            _ring(painter, option, QRectF(option.rect).adjusted(1, 1, -1, -1))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in OUTLINED:
            _frame(painter, option)
        elif element in (PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton):
            _indicator_outline(painter, option, round_=element == PE.PE_IndicatorRadioButton)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and option.subControls & (
            QStyle.SubControl.SC_SpinBoxFrame
        ):
            _frame(painter, option)


def _frame(painter: QPainter, option: QStyleOption) -> None:
    """The control's rounded border in the outline colour, or the focus ring."""
    if option.state & State.State_HasFocus:
        _ring(painter, option, QRectF(option.rect).adjusted(1, 1, -1, -1))
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(outline(option.palette), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.restore()


def _ring(painter: QPainter, option: QStyleOption, rect: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(focus_ring(option.palette), RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 2.5, 2.5)
    painter.restore()


def _indicator_outline(painter: QPainter, option: QStyleOption, *, round_: bool) -> None:
    """Check box and radio outlines: visible on both palettes (Fusion's vanish on dark)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(outline(option.palette), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if round_:
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()
