"""A rehearsal runs the real session services on a database in memory: the workspace's
tables and files stay exactly as they were, whatever the rehearsal does."""

from __future__ import annotations

import hashlib
import math
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.models import Base
from facilitator_desktop.rehearsal import NothingKept, RehearsalWorkspace
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rehearsal import (
    DEFAULT_MEMBERS,
    ID_FLOOR,
    MAX_MEMBERS,
    SAMPLE_ALIASES,
    sample_aliases,
)
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (
    SegmentSpec("Check-in", 10, "round"),
    SegmentSpec("Sharing", 30, "open"),
    SegmentSpec("Check-out", 5, "round"),
)
REAL = ("Anna", "Bo", "Chidi", "Dana", "Emil")
CARD = RuleCardDraft("One voice at a time", "One person speaks; everyone else listens.")


def row_counts(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        return {
            table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under the data folder (database, its WAL, backups) by content."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def group_id(workspace: Workspace) -> int:
    group = workspace.groups.create(
        GroupDraft("Thursday Circle", default_minutes=60, speaker_soft_limit_min=3, agenda=AGENDA)
    )
    members = [workspace.members.add(group.id, MemberDraft(a)).id for a in REAL]
    workspace.rules.save(group.id, (CARD,))
    # A real session already in the history, with a note: the rehearsal must leave it be.
    clock = FakeClock()
    live = workspace.sessions.start(group.id, monotonic=clock)
    live.mark_all_unmarked_present()
    live.toggle()
    live.start_round(members[0])
    live.next_speaker()
    clock.advance(70)
    live.next_speaker()
    workspace.notes.create(NoteDraft("Real note", group.id, live.session_id))
    live.end()
    workspace.create_backup()
    return group.id


def rehearse(workspace: Workspace, group_id: int, speed: int = 60) -> RehearsalWorkspace:
    return RehearsalWorkspace.of_group(
        workspace, workspace.groups.get(group_id), speed, fallback_name="Sample group"
    )


def test_a_whole_rehearsal_writes_nothing_to_the_workspace(
    workspace: Workspace, data_dir: Path, group_id: int
) -> None:
    counts, files = row_counts(workspace), folder_state(data_dir)
    history = workspace.history.sessions(group_id)
    follow_ups = workspace.history.follow_ups()

    rehearsal = rehearse(workspace, group_id, speed=60)
    sample = rehearsal.members.list(rehearsal.group_id)
    clock = FakeClock(500.0)
    live = rehearsal.sessions.start(rehearsal.group_id, monotonic=clock, rng=random.Random(3))
    for member in sample[:4]:
        live.mark(member.id, "present")
    live.toggle()
    live.start_round(sample[1].id)
    live.next_speaker()
    clock.advance(1)  # one real second is a minute
    live.next_speaker()
    clock.advance(0.25)
    live.pass_turn()
    live.mark(sample[4].id, "late")
    live.heartbeat()
    live.next_segment()
    live.raise_hand(sample[2].id)
    live.raise_hand(sample[0].id)
    live.next_speaker()
    clock.advance(2)
    live.extend(5)
    rehearsal.notes.create(
        NoteDraft("Practice note", rehearsal.group_id, live.session_id, member_ids=(sample[2].id,))
    )
    live.next_speaker()
    live.set_guests(2)
    live.end()
    summary = rehearsal.sessions.summary(live.session_id)
    assert [round(a.seconds) for a in summary.airtime[:3]] == [0, 60, 120]
    rehearsal.close()

    assert row_counts(workspace) == counts
    assert folder_state(data_dir) == files
    assert workspace.history.sessions(group_id) == history
    assert workspace.history.follow_ups() == follow_ups
    assert workspace.sessions.running() == []


def test_a_rehearsal_copies_the_outline_and_invents_the_members(
    workspace: Workspace, group_id: int
) -> None:
    rehearsal = rehearse(workspace, group_id, speed=10)
    try:
        group = rehearsal.groups.get(rehearsal.group_id)
        assert (group.name, group.agenda, group.default_minutes) == ("Thursday Circle", AGENDA, 60)
        assert group.speaker_soft_limit_min == 3
        current = rehearsal.rules.current(rehearsal.group_id)
        assert current is not None and current.cards == (CARD,)
        sample = rehearsal.members.list(rehearsal.group_id)
        # As many as the real group, none of them real, seats 1…n as in a real group.
        assert [m.alias for m in sample] == list(SAMPLE_ALIASES[: len(REAL)])
        assert not {m.alias for m in sample} & set(REAL)
        assert [m.seat for m in sample] == [1, 2, 3, 4, 5]
        assert rehearsal.groups.list() == [group]  # the id reservation stays out of sight
    finally:
        rehearsal.close()


def test_rehearsal_ids_find_nothing_in_the_real_workspace(
    workspace: Workspace, group_id: int
) -> None:
    rehearsal = rehearse(workspace, group_id)
    try:
        live = rehearsal.sessions.start(rehearsal.group_id, monotonic=FakeClock())
        sample = rehearsal.members.list(rehearsal.group_id)
        assert min(m.id for m in sample) > ID_FLOOR
        assert rehearsal.group_id > ID_FLOOR and live.session_id > ID_FLOOR
        assert max(live.seats) < 2**31  # carried by Qt signals as a C++ int
        for member in sample:
            with pytest.raises(NotFound):
                workspace.members.get(member.id)
        with pytest.raises(NotFound):
            workspace.sessions.summary(live.session_id)
        with pytest.raises(NotFound):
            workspace.sessions.discard(live.session_id)
        notes = row_counts(workspace)["notes"]
        with pytest.raises(IntegrityError):  # no such group or session here
            workspace.notes.create(NoteDraft("stray", rehearsal.group_id, live.session_id))
        assert row_counts(workspace)["notes"] == notes
    finally:
        rehearsal.close()


def test_the_clock_runs_at_the_chosen_speed_exactly(workspace: Workspace, group_id: int) -> None:
    for speed in (1, 10, 60):
        rehearsal = rehearse(workspace, group_id, speed=speed)
        clock = FakeClock(86_400.5)
        live = rehearsal.sessions.start(rehearsal.group_id, monotonic=clock)
        live.toggle()
        for _ in range(40):
            clock.advance(0.125)
        assert live.snapshot().at == 5.0 * speed
        assert live.snapshot().agenda.current.elapsed_seconds == 5.0 * speed
        rehearsal.close()


def test_without_a_group_a_sample_group_from_the_library(workspace: Workspace) -> None:
    rehearsal = RehearsalWorkspace.of_group(workspace, None, 10, fallback_name="Sample group")
    try:
        group = rehearsal.groups.get(rehearsal.group_id)
        assert group.name == "Sample group" and len(group.agenda) == 3
        assert len(rehearsal.members.list(rehearsal.group_id)) == DEFAULT_MEMBERS
        current = rehearsal.rules.current(rehearsal.group_id)
        assert current is not None and current.cards
    finally:
        rehearsal.close()


def test_a_group_without_members_or_cards_still_rehearses(workspace: Workspace) -> None:
    empty = workspace.groups.create(GroupDraft("New group", agenda=AGENDA))
    rehearsal = RehearsalWorkspace.of_group(workspace, empty, 1, fallback_name="x")
    try:
        assert len(rehearsal.members.list(rehearsal.group_id)) == DEFAULT_MEMBERS
        assert rehearsal.rules.current(rehearsal.group_id) is not None
    finally:
        rehearsal.close()


def test_a_group_without_an_agenda_is_refused_as_a_real_session_is(
    workspace: Workspace,
) -> None:
    bare = workspace.groups.create(GroupDraft("Bare", agenda=()))
    with pytest.raises(FacilitatorError) as real:
        workspace.sessions.start(bare.id, monotonic=FakeClock())
    rehearsal = RehearsalWorkspace.of_group(workspace, bare, 10, fallback_name="x")
    try:
        with pytest.raises(FacilitatorError) as practice:
            rehearsal.sessions.start(rehearsal.group_id, monotonic=FakeClock())
        assert practice.value.message == real.value.message
    finally:
        rehearsal.close()


@pytest.mark.parametrize("speed", [0, 2, -10, 61, 600, math.nan])
def test_only_the_offered_speeds(workspace: Workspace, group_id: int, speed: float) -> None:
    with pytest.raises(FacilitatorError, match="real time, 10× or 60×"):
        rehearse(workspace, group_id, speed=speed)  # type: ignore[arg-type]


def test_nothing_of_a_rehearsal_can_reach_a_file(
    workspace: Workspace, data_dir: Path, group_id: int, tmp_path: Path
) -> None:
    files = folder_state(data_dir)
    rehearsal = rehearse(workspace, group_id)
    try:
        with pytest.raises(NothingKept):
            rehearsal.create_backup()
        with pytest.raises(NothingKept):
            rehearsal.export_to(tmp_path / "copy.db")
        with pytest.raises(NothingKept):
            rehearsal.run_maintenance()
        assert rehearsal.backup_if_due() is None
        assert rehearsal.data_dir != data_dir
    finally:
        rehearsal.close()
    assert not (tmp_path / "copy.db").exists()
    assert folder_state(data_dir) == files


def test_closing_drops_the_database_and_its_key(workspace: Workspace, group_id: int) -> None:
    rehearsal = rehearse(workspace, group_id)
    rehearsal.close()
    assert rehearsal.locked
    second = rehearse(workspace, group_id)  # a fresh one starts empty again
    try:
        assert second.sessions.running() == []
        assert len(second.members.list(second.group_id)) == len(REAL)
    finally:
        second.close()


def test_sample_aliases_are_distinct_at_every_size() -> None:
    assert sample_aliases(0) == SAMPLE_ALIASES[:1]
    assert sample_aliases(5) == SAMPLE_ALIASES[:5]
    many = sample_aliases(100)
    assert len(many) == MAX_MEMBERS == len(set(many))
    assert many[16] == "Sample 17"
    initials = {alias[0] for alias in SAMPLE_ALIASES}
    assert len(initials) == len(SAMPLE_ALIASES)
