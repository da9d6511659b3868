"""Settings ▸ Follow-ups: the first absence without notice is on the Follow-ups page at once;
the facilitator can ask for more absences in a row, by keyboard, and is told what changed.
A refused write says why and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.settings import FOLLOW_UP_ABSENCES
from facilitator_desktop.ui.history import AttentionPage
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.gui.driving import Launch, create_workspace, go_to


def one_session_cy_missed(ws: Workspace) -> int:
    group = ws.groups.create(GroupDraft("Thursday"))
    ann, bo, cy = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy"))
    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    live.mark(ann, "present")
    live.mark(bo, "excused")  # Bo phoned ahead
    live.toggle()
    clock.advance(600)
    live.end()  # Cy: not marked, no notice
    return cy


def absent_members(qtbot: QtBot, window: MainWindow) -> set[int | None]:
    go_to(qtbot, window, AttentionPage.key)
    page = window.pages[AttentionPage.key]
    assert isinstance(page, AttentionPage)
    page.reload()
    return {line.member_id for line in page.lines() if line.kind == "absence"}


def test_the_first_absence_shows_and_the_setting_changes_it(qtbot: QtBot, launch: Launch) -> None:
    app = launch()
    window = create_workspace(qtbot, app)
    ws = app.workspace
    assert ws is not None and app.ctx is not None
    cy = one_session_cy_missed(ws)
    app.ctx.reload_groups()
    assert absent_members(qtbot, window) == {cy}  # by default, after one absence

    dialog = window.open_settings()
    spin = dialog.follow_up_absences
    assert spin.value() == 1
    assert dialog.follow_up_unit.text() == "absence without notice"
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert ws.settings.get(FOLLOW_UP_ABSENCES) == 2
    assert dialog.follow_up_unit.text() == "absences in a row without notice"
    assert dialog.status.text() == "Follow-ups start after 2 absences in a row without notice."
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)  # 1 is the least: nothing below it
    assert spin.value() == 1 and ws.settings.get(FOLLOW_UP_ABSENCES) == 1
    assert dialog.status.text() == "Follow-ups start at the first absence without notice."
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    dialog.close()
    assert absent_members(qtbot, window) == set()  # Cy has missed only one so far

    # A reopened dialog shows what is stored.
    dialog = window.open_settings()
    assert dialog.follow_up_absences.value() == 2
    dialog.close()


def test_a_refused_write_says_why_and_changes_nothing(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launch()
    window = create_workspace(qtbot, app)
    ws = app.workspace
    assert ws is not None
    dialog = window.open_settings()

    def full_disk(_key: str, _value: object) -> None:
        raise FacilitatorError("The disk is full.")

    monkeypatch.setattr(ws.settings, "set", full_disk)
    dialog.follow_up_absences.setValue(3)
    assert dialog.follow_up_error.isVisibleTo(dialog)
    assert dialog.follow_up_error.text() == "The disk is full."
    monkeypatch.undo()
    assert ws.settings.get(FOLLOW_UP_ABSENCES) == 1
    assert dialog.follow_up_absences.value() == 1  # it shows what is stored
    dialog.follow_up_absences.setValue(2)
    assert not dialog.follow_up_error.isVisibleTo(dialog)
    assert ws.settings.get(FOLLOW_UP_ABSENCES) == 2
    dialog.close()
