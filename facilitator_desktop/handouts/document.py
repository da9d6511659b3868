"""Turning a platypus story into PDF bytes on our page layout (header band, body, footer)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from facilitator_desktop import APP_NAME
from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import PageChrome, deferred_chrome_canvas
from facilitator_desktop.handouts.data import Paper
from facilitator_desktop.handouts.paper import page_size


def body_size(paper: Paper) -> tuple[float, float]:
    """Width and height of the text area under the header band, in points."""
    width, height = page_size(paper)
    top = style.MARGIN + style.HEADER_HEIGHT + style.HEADER_GAP
    bottom = style.MARGIN
    return width - 2 * style.MARGIN, height - top - bottom


def build_flowing(
    story: Sequence[Flowable], *, chrome: PageChrome, paper: Paper, title: str, lang: str = "en"
) -> tuple[bytes, int]:
    """Lay out `story` page after page; return the PDF bytes and the number of pages.

    `title` goes into the PDF's metadata (shown in a viewer's title bar, in the group's own
    script) and `lang` into the catalogue's /Lang; no author or other personal details are
    written there.
    """
    buffer = BytesIO()
    width, height = page_size(paper)
    body_width, body_height = body_size(paper)
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=style.MARGIN,
        rightMargin=style.MARGIN,
        topMargin=height - style.MARGIN - body_height,
        bottomMargin=style.MARGIN,
        title=title,
        author="",
        subject="",
        creator=APP_NAME,
        lang=lang,
    )
    frame = Frame(
        style.MARGIN,
        style.MARGIN,
        body_width,
        body_height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []
    doc.build(list(story), canvasmaker=deferred_chrome_canvas(chrome.draw, pages))
    return buffer.getvalue(), pages[0]
