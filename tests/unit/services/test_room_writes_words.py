"""What a refused write tells the facilitator (the disk's own words, then that the session
goes on), and a sign of life that never moves back."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import StorageFull
from facilitator_desktop.models import GroupSession
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import LiveSession, SaveFailed
from facilitator_desktop.services.room_writes import UnsavedChanges, store
from facilitator_desktop.workspace import Workspace
from tests.helpers.faults import failing_writes

AGENDA = (SegmentSpec("Check-in", 10, "round"),)


def _live(workspace: Workspace) -> LiveSession:
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    return workspace.sessions.start(group.id, monotonic=FakeClock(50.0), rng=random.Random(2))


def test_a_write_the_full_disk_refuses_says_so_and_that_the_session_goes_on(
    workspace: Workspace,
) -> None:
    live = _live(workspace)
    free = failing_writes(workspace.engine, "database or disk is full")
    try:
        with pytest.raises(SaveFailed) as refused:
            live.toggle()
    finally:
        free()
    error = refused.value
    assert error.template == "{why} The session goes on; it is kept in memory."
    assert (
        error.message == f"{StorageFull.default_message} The session goes on; it is kept in memory."
    )
    assert error.problem == "full"


def _alive_at(workspace: Workspace, session_id: int) -> float:
    with workspace.context.sessions() as s:
        return s.scalars(select(GroupSession.alive_at).where(GroupSession.id == session_id)).one()


def test_a_write_never_moves_the_sign_of_life_back(workspace: Workspace) -> None:
    """A write that carries an earlier moment than the one stored keeps the later one."""
    live = _live(workspace)
    for moment, kept in ((300.0, 300.0), (120.0, 300.0), (300.0, 300.0), (301.5, 301.5)):
        with workspace.context.sessions.begin() as s:
            store(s, live.session_id, 1_000, [], [], UnsavedChanges(alive_at=moment))
        assert _alive_at(workspace, live.session_id) == kept
