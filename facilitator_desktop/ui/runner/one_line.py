"""A label that always takes exactly one line: a long text is shortened with "…" (the whole
text in its tooltip), an empty one keeps its line.

Texts that change during a session ("Nearly done", "Over time", a segment's name) sit above
buttons; a label that wrapped, or vanished when empty, would move those buttons under the
facilitator's pointer. This one never changes height and never widens its column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class OneLineLabel(ToneLabel):
    def __init__(self, text: str = "", tone: Tone = Tone.NORMAL, parent: QWidget | None = None):
        self._full = ""
        self._hint = ""
        super().__init__("", tone, parent)
        super().setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self.setText(text)

    def text(self) -> str:
        """The whole text, also when the line shows it shortened."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        self._full = text
        self._elide()

    def set_hint(self, hint: str) -> None:
        """A tooltip of its own (the whole text goes above it when the line is shortened)."""
        self._hint = hint
        self._elide()

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - one line is the point
        super().setWordWrap(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().height() + margins.top() + margins.bottom())

    def _elide(self) -> None:
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        shown = self._full
        if width > 0 and metrics.horizontalAdvance(shown) > width:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
        whole = self._full if shown != self._full else ""
        self.setToolTip("\n".join(part for part in (whole, self._hint) if part))
        self.setAccessibleName(self._full)
