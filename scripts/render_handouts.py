"""Build every handout from the sample data and render page 1 of each to PNG, to look at.

    .venv/bin/python scripts/render_handouts.py OUT_DIR [--dpi 110] [--all-pages]

Writes OUT_DIR/<name>.pdf and OUT_DIR/<name>.png (OUT_DIR/<name>-p<N>.png with --all-pages)
and prints each handout's page count and warnings. Rendering uses Qt's PDF module offscreen,
so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from reportlab import rl_config

from facilitator_desktop.handouts import (
    HandoutOptions,
    HandoutResult,
    build_ground_rules,
    build_rule_cards,
    build_session_summary,
    build_sign_in_sheet,
    samples,
)
from facilitator_desktop.handouts.data import CardLayout, CardsPerPage, RuleCardData

A4 = HandoutOptions(paper="A4")
LETTER = HandoutOptions(paper="Letter")

_TROUBLE = RuleCardData(
    "Names we cannot print yet",
    "ሰላም and 🧡 have no glyph in the handout fonts; مريم and שלום are right-to-left.",
)


def handouts() -> dict[str, Callable[[], HandoutResult]]:
    """Every handout worth looking at, by output name."""
    jobs: dict[str, Callable[[], HandoutResult]] = {
        "ground-rules-12-a4": lambda: build_ground_rules(samples.ground_rules(), A4),
        "ground-rules-12-letter": lambda: build_ground_rules(samples.ground_rules(), LETTER),
        "ground-rules-40-a4": lambda: build_ground_rules(
            samples.ground_rules(samples.FORTY_CARDS, member_alias=None), A4
        ),
        "ground-rules-missing-glyphs": lambda: build_ground_rules(
            samples.ground_rules((*samples.TWELVE_CARDS[:3], _TROUBLE)), A4
        ),
        "sign-in-a4": lambda: build_sign_in_sheet(samples.sign_in_sheet(), A4),
        "sign-in-letter": lambda: build_sign_in_sheet(samples.sign_in_sheet(), LETTER),
        "summary-a4": lambda: build_session_summary(samples.session_summary(), A4),
        "summary-notes-letter": lambda: build_session_summary(
            samples.session_summary(include_private_notes=True), LETTER
        ),
    }
    layouts: tuple[CardLayout, ...] = ("cut", "tent")
    densities: tuple[CardsPerPage, ...] = (2, 4, 6)
    for layout in layouts:
        for per_page in densities:
            data = samples.rule_cards(layout=layout, per_page=per_page)
            paper = LETTER if per_page == 4 and layout == "tent" else A4
            jobs[f"cards-{layout}-{per_page}-{paper.paper.lower()}"] = partial(
                build_rule_cards, data, paper
            )
    return jobs


def render_pngs(pdf: Path, dpi: int, all_pages: bool) -> list[Path]:
    """Render page 1 (or every page) of `pdf` onto white, next to it."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    document = QPdfDocument()
    document.load(str(pdf))
    pages = range(document.pageCount()) if all_pages else range(1)
    written: list[Path] = []
    for index in pages:
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        page = document.render(index, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, page)
        painter.end()
        suffix = f"-p{index + 1}" if all_pages else ""
        target = pdf.with_name(f"{pdf.stem}{suffix}.png")
        image.save(str(target))
        written.append(target)
    document.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--dpi", type=int, default=110)
    parser.add_argument("--all-pages", action="store_true")
    parser.add_argument("--only", help="build only handouts whose name contains this")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rl_config.invariant = 1
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, build in handouts().items():
        if args.only and args.only not in name:
            continue
        result = build()
        pdf = args.out_dir / f"{name}.pdf"
        pdf.write_bytes(result.pdf)
        pngs = render_pngs(pdf, args.dpi, args.all_pages)
        print(
            f"{name}: {result.page_count} page(s), {len(result.pdf) // 1024} KiB, {len(pngs)} PNG"
        )
        for warning in result.warnings:
            print(f"    warning: {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
