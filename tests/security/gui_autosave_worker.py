"""Run in a subprocess by the GUI kill test: the real app, offscreen, unlocked through its
dialog; a new note is typed into the Notes page's editor and autosaved over and over (a
fake clock makes every save due at once). Prints the counter each time a save completed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from facilitator_desktop.app import build_app, ensure_application
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.ui.notes import NotesPage


def main(data_dir: str, passphrase: str, marker: str, settings_file: str) -> None:
    qapp = ensure_application()
    clock = FakeClock(0.0)
    app = build_app(
        Path(data_dir),
        settings=QSettings(settings_file, QSettings.Format.IniFormat),
        qapp=qapp,
        monotonic=clock,
    )
    dialog = app.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, passphrase)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = app.window
    assert window is not None
    window.show_page("notes")
    page = window.pages["notes"]
    assert isinstance(page, NotesPage)
    page.new_note()
    for i in range(1_000_000):
        QTest.keyClicks(page.editor, f" {marker}-{i}")
        clock.advance(2.0)
        if page.autosaver.check():
            print(i, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
