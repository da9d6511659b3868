"""`--self-test DIR`: prove a built app works without a person at the keyboard.

Creates a workspace in DIR, locks and unlocks it, fills sample data, loads the rule library,
prints handouts with the bundled fonts (names in every script the handouts support, so the
Noto faces are embedded next to DejaVu), finds the translations, shows the main window
offscreen and quits. Used by `make bundle-test` and by the test that installs the wheel in
a fresh venv; prints one line per step and exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator_desktop.workspace import Workspace

PASSPHRASE = "self-test passphrase"

# One member per script the handouts print with a Noto face, and the face that prints it
# (the PDF names each embedded face by its PostScript name).
NAMES_BY_FONT = {
    "NotoSansArabic": "مريم",
    "NotoSansHebrew": "דוד כהן",
    "NotoSansDevanagari": "प्रिया",
    "NotoSansThai": "สมชาย",
    "NotoSansCJKsc": "李娜",
}
LATIN_FONT = "DejaVuSans"
_EMBEDDED_FONT = re.compile(rb"/BaseFont\s*/[A-Z]{6}\+([A-Za-z0-9]+)")


def step(text: str) -> None:
    print(f"self-test: {text}", flush=True)


def failed(text: str) -> int:
    step(f"{text} FAILED")
    return 1


def embedded_fonts(pdf: bytes) -> set[str]:
    """The families of the fonts a ReportLab PDF embeds ("NotoSansArabic", not the face)."""
    return {match.decode("ascii") for match in _EMBEDDED_FONT.findall(pdf)}


def run(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from facilitator_desktop import demo
    from facilitator_desktop.crypto.kdf import FLOOR
    from facilitator_desktop.paths import resources_root
    from facilitator_desktop.workspace import Workspace

    step(f"resources in {resources_root()}")
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    step("workspace created")
    ws.close()
    ws = Workspace.open(data_dir, PASSPHRASE)
    ws.lock()
    ws.unlock(PASSPHRASE)
    step("workspace unlocked")
    (group_id, *_) = demo.populate(ws, groups=1, weeks=2)

    if _rule_library() or _handouts(ws, group_id):
        return 1
    ws.create_backup()
    step("backup verified")
    ws.close()
    return _window(data_dir)


def _rule_library() -> int:
    from facilitator_desktop.i18n import SHIPPED_LANGUAGES
    from facilitator_desktop.services.rule_library import load_library

    english = load_library()
    if not english:
        return failed("rule library")
    for language in SHIPPED_LANGUAGES:
        load_library(language=language)  # a malformed translation raises ValueError
    step(f"rule library loaded ({len(english)} cards, {len(SHIPPED_LANGUAGES)} languages)")
    return 0


def _handouts(ws: Workspace, group_id: int) -> int:
    from facilitator_desktop.handouts import build_ground_rules, build_sign_in_sheet
    from facilitator_desktop.services.members import MemberDraft

    members = [ws.members.add(group_id, MemberDraft(alias=name)) for name in NAMES_BY_FONT.values()]
    result = build_ground_rules(ws.handout_data.ground_rules(group_id, member_id=members[0].id))
    if not result.pdf.startswith(b"%PDF") or result.page_count < 1:
        return failed("handout")
    step(f"handout built ({result.page_count} page, {len(result.pdf)} bytes)")

    sheet = build_sign_in_sheet(ws.handout_data.sign_in_sheet(group_id, date.today()))
    fonts = embedded_fonts(result.pdf) | embedded_fonts(sheet.pdf)
    missing = sorted({LATIN_FONT, *NAMES_BY_FONT} - fonts)
    if missing or result.missing_glyphs or sheet.missing_glyphs:
        boxes = {g.char for g in result.missing_glyphs + sheet.missing_glyphs}
        return failed(f"fonts (not embedded: {missing}; printed as boxes: {sorted(boxes)})")
    shown = ", ".join(sorted(fonts & {LATIN_FONT, *NAMES_BY_FONT}))
    step(f"names in every script printed with {shown}")
    return 0


def _window(data_dir: Path) -> int:
    from PySide6.QtCore import QSettings, QTimer, QTranslator
    from PySide6.QtWidgets import QApplication

    from facilitator_desktop.i18n import SHIPPED_LANGUAGES
    from facilitator_desktop.ui.app_settings import AppSettings
    from facilitator_desktop.ui.context import UiContext
    from facilitator_desktop.ui.i18n import CATALOGUE_PREFIX, catalogue_folder
    from facilitator_desktop.ui.main_window import MainWindow
    from facilitator_desktop.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = catalogue_folder()
    built = [
        code for code in SHIPPED_LANGUAGES if (folder / f"{CATALOGUE_PREFIX}{code}.qm").is_file()
    ]
    unreadable = [
        code for code in built if not QTranslator(app).load(CATALOGUE_PREFIX + code, str(folder))
    ]
    if unreadable:
        return failed(f"translations (unreadable: {unreadable})")
    step(f"translations found: {' '.join(built) if built else 'none built'}")

    ws = Workspace.open(data_dir, PASSPHRASE)
    settings = QSettings(str(data_dir / "self-test.ini"), QSettings.Format.IniFormat)
    window = MainWindow(UiContext(ws, demo=False), AppSettings(settings))
    window.show()
    QTimer.singleShot(200, app.quit)
    app.exec()
    window.close()
    ws.close()
    step("main window shown and closed")
    return 0
