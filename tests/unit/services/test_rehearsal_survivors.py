"""A rehearsal's details the broader rehearsal tests leave open: the speed refusal word for
word, the member count taken from the right group, the plan and the random source handed
to the session, the database usable from another thread, and the hidden id reservation."""

from __future__ import annotations

import random
import threading
from datetime import date, datetime

import pytest

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.rehearsal import RehearsalWorkspace
from facilitator_desktop.services.groups import GroupDraft, GroupInfo
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rehearsal import ID_FLOOR, SAMPLE_ALIASES, check_speed
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Sharing", 30, "open"))


def practice(workspace: Workspace, group: GroupInfo | None) -> RehearsalWorkspace:
    return RehearsalWorkspace.of_group(workspace, group, 10, fallback_name="Sample group")


def group_with(workspace: Workspace, name: str, aliases: tuple[str, ...]) -> GroupInfo:
    group = workspace.groups.create(GroupDraft(name, agenda=AGENDA))
    for alias in aliases:
        workspace.members.add(group.id, MemberDraft(alias))
    return group


def test_rehearsal_speed_refusal_word_for_word() -> None:
    """The message a facilitator reads when a speed is not offered."""
    with pytest.raises(FacilitatorError) as refused:
        check_speed(30)
    assert refused.value.message == "A rehearsal runs in real time, 10× or 60× faster."
    assert str(refused.value) == "A rehearsal runs in real time, 10× or 60× faster."


def test_rehearsal_counts_only_the_active_members_of_its_own_group(
    workspace: Workspace,
) -> None:
    """As many sample members as the rehearsed group has active members: not the members
    of other groups, not the ones who left."""
    group_with(workspace, "Other circle", ("Uma", "Vik", "Wes", "Xan", "Yara", "Zed"))
    group = group_with(workspace, "Thursday Circle", ("Anna", "Bo", "Chidi", "Dana"))
    gone = workspace.members.list(group.id)[0]
    workspace.members.set_left(gone.id, date(2026, 1, 5))
    rehearsal = practice(workspace, workspace.groups.get(group.id))
    try:
        sample = rehearsal.members.list(rehearsal.group_id)
        assert [m.alias for m in sample] == list(SAMPLE_ALIASES[:3])
        assert rehearsal.outline.members == 3
    finally:
        rehearsal.close()


def test_rehearsal_session_follows_the_plan_it_is_given(workspace: Workspace) -> None:
    """A plan passed to start() is the rehearsal's agenda, not the group's template."""
    rehearsal = practice(workspace, None)
    try:
        plan = [SegmentPlan("Breathing", 3, "open"), SegmentPlan("Round", 7, "round")]
        live = rehearsal.sessions.start(rehearsal.group_id, plan, monotonic=FakeClock())
        segments = live.snapshot().agenda.segments
        assert [(v.name, v.kind, v.minutes) for v in segments] == [
            ("Breathing", "open", 3),
            ("Round", "round", 7),
        ]
    finally:
        rehearsal.close()


def first_speaker(rehearsal: RehearsalWorkspace, seed: int) -> int:
    live = rehearsal.sessions.start(
        rehearsal.group_id, monotonic=FakeClock(), rng=random.Random(seed)
    )
    live.mark_all_unmarked_present()
    live.toggle()
    live.start_round()
    live.next_speaker()
    speaker = live.snapshot().talk.speaker
    assert speaker is not None
    rehearsal.sessions.discard(live.session_id)
    return speaker.member_id


def test_rehearsal_round_start_comes_from_the_given_rng(workspace: Workspace) -> None:
    """The random first speaker of a round is drawn from the rng passed to start(), so a
    seeded rehearsal opens every round on the same member."""
    rehearsal = practice(workspace, None)
    try:
        seeds = range(12)
        firsts = [first_speaker(rehearsal, seed) for seed in seeds]
        assert [first_speaker(rehearsal, seed) for seed in seeds] == firsts
        assert len(set(firsts)) > 1
    finally:
        rehearsal.close()


def test_rehearsal_database_answers_from_another_thread(workspace: Workspace) -> None:
    """One database in memory, usable from any thread: a worker thread reads the very
    group the rehearsal seeded."""
    rehearsal = practice(workspace, None)
    seen: list[object] = []

    def read() -> None:
        try:
            seen.append(rehearsal.groups.get(rehearsal.group_id).name)
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            seen.append(exc)

    try:
        worker = threading.Thread(target=read)
        worker.start()
        worker.join()
        assert seen == ["Sample group"]
    finally:
        rehearsal.close()


def test_rehearsal_reservation_rows_stay_out_of_every_list(workspace: Workspace) -> None:
    """The rows that push ids above ID_FLOOR: an archived group with no name, one member
    who left on the first day there is, at seat 0, and a session neither running nor
    finished. Only the archived list and a direct look-up show them."""
    rehearsal = practice(workspace, None)
    try:
        archived = rehearsal.groups.list(include_archived=True)
        assert [(g.id, g.name, g.archived) for g in archived] == [
            (rehearsal.group_id, "Sample group", False),
            (ID_FLOOR, "", True),
        ]
        reserved = rehearsal.groups.get(ID_FLOOR)
        assert (reserved.default_minutes, reserved.speaker_soft_limit_min) == (90, 5)
        assert rehearsal.members.list(ID_FLOOR) == []
        [member] = rehearsal.members.list(ID_FLOOR, include_left=True)
        assert (member.id, member.seat, member.left_on) == (ID_FLOOR, 0, date.min)
        contents = rehearsal.sessions.contents(ID_FLOOR)
        assert (contents.group_id, contents.status) == (ID_FLOOR, "reserved")
        assert contents.started_at == datetime.min
        assert rehearsal.sessions.running() == []
    finally:
        rehearsal.close()
