"""Dated addenda under a signed note's narrative or one member's entry, oldest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.session_notes import AddendumInfo
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class AddendaList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 0, 0, 0)
        self._layout.setSpacing(2)
        self._texts: list[str] = []
        self.hide()

    def texts(self) -> list[str]:
        return list(self._texts)

    def show_addenda(self, addenda: tuple[AddendumInfo, ...]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._texts = []
        for addendum in addenda:
            stamp = self.tr("Addendum of {date}, {time}").format(
                date=formatting.short_date(to_local(addendum.created_at)),
                time=formatting.local_time(addendum.created_at),
            )
            head = ToneLabel(stamp, Tone.MUTED, self)
            text = (
                self.tr("This addendum is damaged and cannot be shown.")
                if addendum.damaged
                else addendum.text
            )
            body = ToneLabel(text, Tone.ERROR if addendum.damaged else Tone.NORMAL, self)
            for label in (head, body):
                label.setTextFormat(Qt.TextFormat.PlainText)
            head.setWordWrap(False)  # a date: one short line
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addWidget(head)
            self._layout.addWidget(body)
            self._texts.append(text)
        self.setVisible(bool(addenda))
