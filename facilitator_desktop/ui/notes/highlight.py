"""Search matches as rich text: the text is escaped first, then the matches are marked."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette

from facilitator_desktop.ui.widgets.tone import is_dark


def mark_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a match: a soft amber that reads in both themes."""
    if is_dark(palette):
        return QColor("#8a6d1a"), QColor("#ffffff")
    return QColor("#ffe08a"), QColor("#1a1a1a")


def highlight_html(text: str, spans: Iterable[tuple[int, int]], palette: QPalette) -> str:
    """`text` as HTML with each (start, end) span in bold on a marker-pen background.

    Every piece of the user's text goes through html.escape: a note that contains "<b>"
    or "&amp;" shows exactly that.
    """
    background, foreground = mark_colours(palette)
    opening = (
        f'<span style="background-color:{background.name()}; color:{foreground.name()}; '
        'font-weight:bold;">'
    )
    parts: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        parts.append(html.escape(text[position:start]))
        parts.append(opening + html.escape(text[start:end]) + "</span>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)
