#!/usr/bin/env python3
"""Screenshots of the Handouts screen with a preview of each handout, the warning for a
character the fonts lack, and PNGs of each handout's first page as the app builds it.

    python scripts/screenshots_handouts.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_handouts(app, folder, out)` is what scripts/screenshots.py calls.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from render_handouts import render_pngs  # noqa: E402
from screenshots import WINDOW_SIZE, save  # noqa: E402

from facilitator_desktop.app import FacilitatorApp, build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.services.handout_data import FacilitatorProfile  # noqa: E402
from facilitator_desktop.services.rules import RuleCardDraft  # noqa: E402
from facilitator_desktop.ui.handouts import HandoutKind, HandoutsPage  # noqa: E402
from facilitator_desktop.ui.members_page import MembersPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

DEFAULT_OUTPUT = Path("docs/screenshots")
PAGE_DPI = 110
PROFILE = FacilitatorProfile(
    "Jo Morgan", "jo.morgan@example.org · 0161 496 0000", "Samaritans: 116 123, free, day or night"
)


def wait_for(app: QApplication, page: HandoutsPage, timeout: float = 20.0) -> None:
    """Until the build is in, then a moment for QPdfView's own rendering threads."""
    end = time.monotonic() + timeout
    while not page.is_ready():
        if time.monotonic() > end:
            raise SystemExit("the handout preview did not finish")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(40):
        app.processEvents()
        time.sleep(0.02)


def shoot_handouts(app: QApplication, folder: Path, out: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1  # the same PNGs for the same data
    data = folder / "handouts"
    with Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR) as ws:
        group_id = populate(ws)[0]
        ws.handout_data.save_profile(PROFILE)
    settings = QSettings(str(folder / "handouts-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    window.ctx.request_group(group_id)
    window.show_page(HandoutsPage.key)
    page = window.pages[HandoutsPage.key]
    assert isinstance(page, HandoutsPage)
    wait_for(app, page)

    # Ground rules for one member, with the alias on the acknowledgement line.
    page.ground_rules_options.select_member(window.ctx.workspace.members.list(group_id)[1].id)
    shots = [
        (HandoutKind.GROUND_RULES, "ground-rules"),
        (HandoutKind.RULE_CARDS, "rule-cards"),
        (HandoutKind.SIGN_IN_SHEET, "sign-in-sheet"),
        (HandoutKind.SESSION_SUMMARY, "session-summary"),
    ]
    for kind, name in shots:
        page.set_kind(kind)
        wait_for(app, page)
        save(window, out / f"handouts-{name}.png")
        first_page(page, folder, out / f"handout-{name}.png")

    fa.theme.force(Qt.ColorScheme.Dark)
    page.set_kind(HandoutKind.GROUND_RULES)
    wait_for(app, page)
    save(window, out / "handouts-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)

    shoot_acknowledgements(fa, group_id, out)
    shoot_warning(app, fa, group_id, out)
    fa.shutdown()


def shoot_acknowledgements(fa: FacilitatorApp, group_id: int, out: Path) -> None:
    """The Members page: one member signed the earlier version, not yet the current one."""
    assert fa.window is not None
    ws = fa.window.ctx.workspace
    member = ws.members.list(group_id)[1]
    first = min(ws.rules.versions(group_id), key=lambda v: v.version)
    ws.acknowledgements.record(member.id, first.id, date.today() - timedelta(days=21))
    for other in ws.members.list(group_id)[2:6]:
        current = ws.rules.current(group_id)
        assert current is not None
        ws.acknowledgements.record(other.id, current.id, date.today() - timedelta(days=7))
    fa.window.show_page(MembersPage.key)
    page = fa.window.pages[MembersPage.key]
    assert isinstance(page, MembersPage)
    page.list_view.select_row(1)
    save(fa.window, out / "members-acknowledgements.png")


def shoot_warning(app: QApplication, fa: FacilitatorApp, group_id: int, out: Path) -> None:
    """A rule with a name in a script the bundled handout fonts lack (Ethiopic: Selam, in
    Amharic; Chinese, Arabic, Hebrew, Devanagari and Thai all print now): the page names
    the characters and still builds."""
    assert fa.window is not None
    rules = fa.window.ctx.workspace.rules
    current = rules.current(group_id)
    assert current is not None
    rules.save(
        group_id,
        [
            RuleCardDraft(
                "Every name is welcome",
                "We learn each other's names, ሰላም and Ελένη alike, and say them with care.",
            ),
            *current.cards[:3],
        ],
    )
    fa.window.show_page(HandoutsPage.key)
    page = fa.window.pages[HandoutsPage.key]
    assert isinstance(page, HandoutsPage)
    page.set_kind(HandoutKind.RULE_CARDS)
    page.rule_cards_options.per_page_combo.setCurrentIndex(0)  # 2 per page
    wait_for(app, page)
    save(fa.window, out / "handouts-missing-glyph.png")


def first_page(page: HandoutsPage, folder: Path, target: Path) -> None:
    """Page 1 of the handout the app built, rendered on white."""
    result = page.result()
    assert result is not None
    pdf = folder / f"{target.stem}.pdf"
    pdf.write_bytes(result.pdf)
    (png,) = render_pngs(pdf, PAGE_DPI, all_pages=False)
    png.replace(target)
    print(f"wrote {target}")


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_handouts)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
