"""Shared set-up for the Session page tests (this module holds no tests itself).

A group with five members in seat order, a three-segment agenda and two rule cards; keys
are pressed on whatever has the keyboard focus, as a keyboard would.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.workspace import Workspace
from tests.gui.drivers.runner import RunnerDriver, focused
from tests.gui.driving import Launch, create_workspace, go_to

GROUP = "Thursday Circle"
ALIASES = ("Anna", "Bo", "Chidi", "Dana", "Emil")
AGENDA = (
    SegmentSpec("Check-in", 10, "round"),
    SegmentSpec("Sharing", 30, "open"),
    SegmentSpec("Check-out", 5, "round"),
)
RULES = (
    RuleCardDraft(
        "One voice at a time", "One person speaks; everyone else listens.", "So all are heard."
    ),
    RuleCardDraft("The right to pass", "Anyone may pass in a round, no reason needed."),
)
NoMod = Qt.KeyboardModifier.NoModifier
#: Tests that open the attendance status menu: a popup, which the offscreen platform
#: cannot give the keyboard grab it asks for (and says so); what the conftest ignores too.
MENU_ON_OFFSCREEN = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)


@dataclass
class Room:
    """The app with the group set up and the Session page shown."""

    app: FacilitatorApp
    window: MainWindow
    page: RunnerPage
    clock: FakeClock
    group_id: int
    members: dict[str, int]

    @property
    def ws(self) -> Workspace:
        assert self.app.workspace is not None
        return self.app.workspace

    @property
    def runner(self) -> RunnerDriver:
        """The Session page, as a facilitator drives and reads it."""
        return RunnerDriver(self.page)


def set_up_group(
    ws: Workspace,
    aliases: tuple[str, ...] = ALIASES,
    agenda: tuple[SegmentSpec, ...] = AGENDA,
    rules: tuple[RuleCardDraft, ...] = RULES,
) -> tuple[int, dict[str, int]]:
    group = ws.groups.create(GroupDraft(GROUP, speaker_soft_limit_min=2, agenda=agenda))
    members = {alias: ws.members.add(group.id, MemberDraft(alias)).id for alias in aliases}
    ws.rules.save(group.id, rules)
    return group.id, members


def runner_page(window: MainWindow) -> RunnerPage:
    page = window.pages[RunnerPage.key]
    assert isinstance(page, RunnerPage)
    return page


def open_room(
    qtbot: QtBot,
    launch: Launch,
    aliases: tuple[str, ...] = ALIASES,
    agenda: tuple[SegmentSpec, ...] = AGENDA,
    rules: tuple[RuleCardDraft, ...] = RULES,
) -> Room:
    app = launch()
    window = create_workspace(qtbot, app)
    assert app.workspace is not None and app.ctx is not None
    group_id, members = set_up_group(app.workspace, aliases, agenda, rules)
    app.ctx.reload_groups(select=group_id)
    go_to(qtbot, window, RunnerPage.key)
    page = runner_page(window)
    clock = FakeClock(0.0)
    page.use_clock(clock)
    return Room(app, window, page, clock, group_id, members)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NoMod, times: int = 1) -> None:
    """A key on whatever has the focus (an open menu first, falling back to the active
    window)."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def advance(room: Room, seconds: float) -> None:
    """Time passes in the room; the page repaints as its 200 ms timer would."""
    room.clock.advance(seconds)
    room.runner.tick()


def click_attendance(qtbot: QtBot, room: Room, alias: str, what: str) -> None:
    """One click in a member's row of the attendance list: on their name ("name") or on a
    status column ("present", "late", ...)."""
    room.runner.click_attendance(room.members[alias], what)


def statuses(room: Room) -> dict[str, str | None]:
    """Every member's mark as the attendance list shows it."""
    names = {member_id: alias for alias, member_id in room.members.items()}
    return {names[r.member_id]: r.status for r in room.runner.attendance()}
