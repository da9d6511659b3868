#!/usr/bin/env python3
"""Render every screen offscreen with demo data to PNG.

    python scripts/screenshots.py [OUTPUT_FOLDER]     (default: docs/screenshots/)

Uses the real app (build_app) on a throwaway folder, the bundled DejaVu Sans font and a
1280×800 window, in the light theme and once in the dark theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator_desktop.app import FacilitatorApp, build_app, ensure_application  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.paths import resource_path  # noqa: E402
from facilitator_desktop.ui.members_page import MembersPage  # noqa: E402
from facilitator_desktop.ui.rules_page import RulesPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

WINDOW_SIZE = (1280, 800)
DEFAULT_OUTPUT = Path("docs/screenshots")


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def use_bundled_font(app: QApplication) -> None:
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", face)))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    app.setFont(font)


def shoot_create(app: QApplication, folder: Path, out: Path) -> None:
    fa = build_app(folder / "new", kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    dialog = fa.create_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, "lantern orbit velvet")
    QTest.keyClicks(dialog.repeat, "lantern orbit velvet")
    save(dialog, out / "create-workspace.png")
    fa.shutdown()


def shoot_main(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "demo"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    ws.close()

    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    save(dialog, out / "unlock.png")
    QTest.keyClicks(dialog.passphrase, "not the passphrase")
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    save(dialog, out / "unlock-wrong-passphrase.png")
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    shots: list[tuple[str, str, Callable[[FacilitatorApp], None] | None]] = [
        ("groups", "groups.png", None),
        ("members", "members.png", _pick_member),
        ("rules", "rules.png", _pick_rule),
    ]
    for key, name, prepare in shots:
        window.show_page(key)
        if prepare:
            prepare(fa)
        save(window, out / name)

    fa.theme.force(Qt.ColorScheme.Dark)
    window.show_page("members")
    save(window, out / "members-dark.png")
    window.show_page("rules")
    save(window, out / "rules-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)
    fa.shutdown()


def _pick_member(fa: FacilitatorApp) -> None:
    assert fa.window is not None
    page = fa.window.pages["members"]
    assert isinstance(page, MembersPage)
    page.list_view.select_row(1)


def _pick_rule(fa: FacilitatorApp) -> None:
    assert fa.window is not None
    page = fa.window.pages["rules"]
    assert isinstance(page, RulesPage)
    page.cards_view.select_row(2)
    page.library_view.setCurrentIndex(page.library_model.index(4, 0))


def _settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


Shoot = Callable[[QApplication, Path, Path], None]


def run_shoots(argv: list[str], *shoots: Shoot) -> int:
    """Set up a British-English app with the bundled font, then run each `shoot(app,
    scratch folder, output folder)`; also what the other screenshot scripts call."""
    out = Path(argv[0]) if argv else DEFAULT_OUTPUT
    out.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = ensure_application()
    use_bundled_font(app)
    with tempfile.TemporaryDirectory(prefix="facilitator-shots-") as tmp:
        for shoot in shoots:
            shoot(app, Path(tmp), out)
    return 0


def shoot_everything(app: QApplication, folder: Path, out: Path) -> None:
    # The other scripts import this module, so they are imported here, not at the top.
    from screenshots_backups import shoot_backups
    from screenshots_checkins import shoot_checkins
    from screenshots_disk import shoot_disk
    from screenshots_handouts import shoot_handouts
    from screenshots_history import shoot_history
    from screenshots_languages import shoot_languages
    from screenshots_laptop import shoot_laptop
    from screenshots_large_font import shoot_large_font
    from screenshots_rehearsal import shoot_rehearsal
    from screenshots_room_faults import shoot_room_faults
    from screenshots_runner import shoot_runner
    from screenshots_session_note import shoot_session_note
    from screenshots_sharing import shoot_sharing
    from screenshots_start import shoot_start
    from screenshots_vault import shoot_vault

    for shoot in (
        shoot_create,
        shoot_main,
        shoot_vault,
        shoot_handouts,
        shoot_history,
        shoot_checkins,
        shoot_session_note,
        shoot_runner,
        shoot_room_faults,
        shoot_laptop,
        shoot_rehearsal,
        shoot_backups,
        shoot_start,
        shoot_languages,
        shoot_disk,
        shoot_large_font,
        shoot_sharing,
    ):
        shoot(app, folder, out)


def main(argv: list[str]) -> int:
    return run_shoots(argv, shoot_everything)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
