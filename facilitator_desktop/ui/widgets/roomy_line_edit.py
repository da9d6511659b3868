"""A line edit wide enough for its words at any font, and honest when a long text is cut.

At a large font a field sized in pixels shows a name mid-word ("ome round"). `keep_roomy`
gives the field a minimum width of so many average characters of its own font (again on
every font change) and, when its text (or, empty, its placeholder) is still wider than the
room it is drawn in, puts the whole of it in the tooltip; the tooltip it had comes back
when the text fits again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QLineEdit, QStyle, QToolButton

# What QLineEdit keeps clear on each side of its text, inside the frame.
_TEXT_MARGIN = 2


def text_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text in: inside its frame and text margins, less
    the room of a shown clear button (or other side button)."""
    style = edit.style()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    side = style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize, None, edit) + 6
    side += style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconMargin, None, edit)
    buttons = sum(
        1
        for button in edit.findChildren(QToolButton)
        if button.parentWidget() is edit and button.isVisibleTo(edit)
    )
    inner = edit.contentsRect().width() - 2 * (frame if edit.hasFrame() else 0)
    return inner - margins.left() - margins.right() - buttons * side - 2 * _TEXT_MARGIN


def shown_whole(edit: QLineEdit) -> bool:
    """The text, or the placeholder of an empty field, fits the room it is drawn in."""
    text = edit.text() or edit.placeholderText()
    return edit.fontMetrics().horizontalAdvance(text) <= text_room(edit)


def chars_wide(edit: QLineEdit, chars: int) -> int:
    """A line edit's width for `chars` average characters of its font, frame included."""
    metrics = edit.fontMetrics()
    # Qt sizes a line edit for 17 "x"s; what it adds around them is the frame's share.
    around = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return chars * metrics.averageCharWidth() + max(0, around)


class _Roomy(QObject):
    def __init__(self, edit: QLineEdit, chars: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self._chars = chars
        self._own_tip = edit.toolTip()
        self._tip_shown = ""
        edit.installEventFilter(self)
        edit.textChanged.connect(self._on_text)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self._on_text()
        elif kind == QEvent.Type.ToolTipChange and self._edit.toolTip() != self._tip_shown:
            self._own_tip = self._edit.toolTip()  # set by its owner: kept for when it fits
        return False

    def _fit(self) -> None:
        self._edit.setMinimumWidth(chars_wide(self._edit, self._chars))
        self._on_text()

    @Slot()
    def _on_text(self) -> None:
        edit = self._edit
        whole = edit.text() or edit.placeholderText()
        self._tip_shown = self._own_tip if shown_whole(edit) else whole
        if edit.toolTip() != self._tip_shown:
            edit.setToolTip(self._tip_shown)


def keep_roomy(edit: QLineEdit, chars: int = 14) -> None:
    """Keep `edit` at least `chars` average characters wide, its text in its tooltip when
    it is cut all the same."""
    _Roomy(edit, chars)
