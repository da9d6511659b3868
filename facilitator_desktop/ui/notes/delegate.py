"""Note list rows: the first line in bold, a muted line of facts, and — while searching —
an excerpt with the matches marked. Painted as rich text built from escaped pieces."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator_desktop.ui.notes.highlight import highlight_html
from facilitator_desktop.ui.notes.models import DAMAGED_ROLE, META_ROLE, SNIPPET_ROLE, TITLE_ROLE
from facilitator_desktop.ui.widgets.tone import Tone, tone_color

PAD_X = 10
PAD_Y = 7

AnyIndex = QModelIndex | QPersistentModelIndex


class NoteItemDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: AnyIndex, width: int) -> QTextDocument:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        muted = text_colour if selected else tone_color(Tone.MUTED, palette)
        damaged = bool(index.data(DAMAGED_ROLE))
        title_colour = tone_color(Tone.ERROR, palette) if damaged and not selected else text_colour

        font = option.font
        bold = QFont(font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(
            str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, max(40, width)
        )
        meta = QFontMetrics(font).elidedText(
            str(index.data(META_ROLE) or ""), Qt.TextElideMode.ElideRight, max(40, width)
        )
        snippet = index.data(SNIPPET_ROLE)
        parts = []
        # A short note's excerpt starts with its first line: then the title would repeat it.
        full_title = str(index.data(TITLE_ROLE) or "")
        if not (snippet and snippet[0].startswith(full_title)):
            parts.append(
                f'<div style="color:{title_colour.name()}; font-weight:bold;">'
                f"{html.escape(title)}</div>"
            )
        parts.append(f'<div style="color:{muted.name()};">{html.escape(meta)}</div>')
        if snippet:
            text, spans = snippet
            parts.append(
                f'<div style="color:{text_colour.name()};">'
                f"{highlight_html(text, spans, palette)}</div>"
            )
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml("".join(parts))
        document.setTextWidth(width)
        return document

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        return max(80, width - 2 * PAD_X)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        width = rect.width() - 2 * PAD_X
        document = self._document(opt, index, width)
        painter.save()
        painter.translate(rect.left() + PAD_X, rect.top() + PAD_Y)
        painter.setClipRect(QRectF(0, 0, width, rect.height() - PAD_Y))
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt)
        document = self._document(opt, index, width)
        return QSize(width + 2 * PAD_X, round(document.size().height()) + 2 * PAD_Y)
