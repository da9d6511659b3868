"""Unlocking loads what the first page shows, and nothing else, before the window paints:
the page the window opens on is built at once, the others right after the first paint (or
after the unlock, when a lock came first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.demo import populate
from facilitator_desktop.ui.app_settings import WINDOW_PAGE, AppSettings
from facilitator_desktop.ui.history import navigation
from facilitator_desktop.ui.main_window import PAGES, MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, unlock


def seeded(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        populate(ws, groups=2, weeks=6)


def opening_on(settings_path: Path, key: str) -> None:
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set(WINDOW_PAGE, key)
    settings.sync()


def press_enter(qtbot: QtBot, app: FacilitatorApp) -> MainWindow:
    """Type the passphrase and press Enter; the window is shown, not yet painted."""
    dialog = app.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert app.window is not None and app.window.isVisible()
    return app.window


def built_keys(window: MainWindow) -> list[str]:
    return [page.key for page in window.pages.built()]


def test_the_page_it_opens_on_comes_first_and_the_others_after_the_first_paint(
    qtbot: QtBot, launch: Launch, data_dir: Path, settings_path: Path
) -> None:
    seeded(data_dir)
    opening_on(settings_path, "notes")
    window = press_enter(qtbot, launch())
    assert built_keys(window) == ["notes"]
    assert window.current_page().key == "notes"
    assert window.nav.currentRow() == list(window.pages).index("notes")
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        pass
    assert built_keys(window) == [page.key for page in PAGES]  # in navigation order
    assert window.current_page().key == "notes"  # building the others moves nothing


def test_follow_ups_first_does_not_build_the_notes_page_to_ask_what_it_can_do(
    qtbot: QtBot, launch: Launch, data_dir: Path, settings_path: Path
) -> None:
    seeded(data_dir)
    opening_on(settings_path, "attention")
    window = press_enter(qtbot, launch())
    assert built_keys(window) == ["attention"]
    assert navigation.notes_page_can_open(window.current_page())
    assert built_keys(window) == ["attention"]


def test_the_navigation_names_every_page_before_it_is_built(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seeded(data_dir)
    window = press_enter(qtbot, launch())
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert names == [page_class.nav_title() for page_class in PAGES]
    actions = [action.text() for action in window.page_actions]
    assert len(built_keys(window)) == 1
    qtbot.waitUntil(lambda: window.pages.complete)
    assert names == actions == [page.title() for page in window.pages.values()]


def test_looking_a_page_up_builds_every_page_so_pages_find_each_other(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seeded(data_dir)
    window = press_enter(qtbot, launch())
    assert "notes" in window.pages and len(built_keys(window)) == 1  # asking costs nothing
    assert window.page_class("notes") is type(window.pages["notes"])
    assert window.pages.complete
    assert window.page_class("no such page") is None


def test_a_lock_before_the_first_paint_leaves_the_other_pages_for_after_the_unlock(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seeded(data_dir)
    app = launch()
    window = press_enter(qtbot, app)
    app.lock()  # Ctrl+L at once: nothing may be read (and decrypted) while locked
    assert app.workspace is not None and app.workspace.locked
    qtbot.wait(1500)  # past the first paint, or the fallback for a window that never paints
    assert len(built_keys(window)) == 1
    assert unlock(qtbot, app) is window
    assert built_keys(window) == [page.key for page in PAGES]
