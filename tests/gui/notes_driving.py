"""Helpers for the notes, locking and vault GUI tests: a launch with a fake clock, seeded
workspaces, and reading back what a restart would find. The Notes page itself is driven
by tests/gui/drivers/notes.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp, build_app
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.history.attention import AttentionPage
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.notes import NotesPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.notes import NotesDriver
from tests.gui.driving import go_to

# launch(folder=None) -> the started app; its clock is `clock` below.
ClockedLaunch = Callable[..., FacilitatorApp]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def clocked_launch(
    qapp: QApplication, data_dir: Path, settings_path: Path, clock: FakeClock
) -> Iterator[ClockedLaunch]:
    """Like `launch`, with the fake clock driving autosave and idle time."""
    started: list[FacilitatorApp] = []

    def start(*, folder: Path | None = None) -> FacilitatorApp:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        app = build_app(
            folder or data_dir, kdf_params=FAST_KDF, settings=settings, qapp=qapp, monotonic=clock
        )
        started.append(app)
        return app

    yield start
    for app in started:
        app.shutdown()


class Stamps:
    """Note times one minute apart, so "newest first" is well defined."""

    def __init__(self) -> None:
        self.moment = datetime(2024, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


@dataclass(frozen=True)
class Seeded:
    groups: dict[str, int]
    members: dict[str, int]
    notes: dict[str, int]


def seed(data_dir: Path) -> Seeded:
    """Two groups, members, and notes (oldest first in the dict's order)."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=Stamps()) as ws:
        carers = ws.groups.create(GroupDraft("Carers — Wednesdays")).id
        grief = ws.groups.create(GroupDraft("Grief circle — Thursdays")).id
        members = {
            alias: ws.members.add(group, MemberDraft(alias)).id
            for alias, group in (
                ("Anna", carers),
                ("Ben", carers),
                ("Chloé", carers),
                ("Dmitri", grief),
            )
        }
        drafts = {
            "anna": NoteDraft(
                "Anna slept badly again\nAsked about respite care.",
                carers,
                member_ids=(members["Anna"],),
            ),
            "both": NoteDraft(
                "Anna and Ben argued about the hospital visits.",
                carers,
                member_ids=(members["Anna"], members["Ben"]),
                follow_up=True,
                due_on=date(2026, 3, 20),
            ),
            "group": NoteDraft("Quiet session, rain outside.", carers),
            "chloe": NoteDraft(
                "Chloé wants to talk about the hôpital next week.",
                carers,
                member_ids=(members["Chloé"],),
                follow_up=True,
                due_on=date(2026, 3, 10),
            ),
            "dmitri": NoteDraft(
                "Dmitri spoke about the hospital for the first time.",
                grief,
                member_ids=(members["Dmitri"],),
                follow_up=True,
            ),
        }
        notes = {key: ws.notes.create(draft).id for key, draft in drafts.items()}
        return Seeded({"carers": carers, "grief": grief}, members, notes)


def notes_page(qtbot: QtBot, window: MainWindow) -> NotesPage:
    """Click Notes in the navigation (tests/gui/drivers/notes.py drives the page)."""
    return NotesDriver.open(qtbot, window).page


def follow_ups_page(qtbot: QtBot, window: MainWindow) -> AttentionPage:
    go_to(qtbot, window, "attention")
    page = window.pages["attention"]
    assert isinstance(page, AttentionPage) and window.current_page() is page
    return page


def select_note(page: NotesPage, note_id: int) -> None:
    """Click the note's row in the list."""
    NotesDriver(page).select(note_id)


def stored_body(data_dir: Path, note_id: int, passphrase: str = PASSPHRASE) -> str:
    with Workspace.open(data_dir, passphrase) as ws:
        return ws.notes.get(note_id).body


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
