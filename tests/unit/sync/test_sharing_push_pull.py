"""Two laptops share a group through a real PostgreSQL server: what one writes, the other
reads after a sync, whatever was written before the sharing began."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.services.members import MemberDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
    snapshot,
)


def test_a_shared_group_reaches_the_co_facilitator_whole(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _members = new_group(ana)
        run_session(ana, group_id)
        group_uuid = ana.ws.groups.get(group_id)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        aliases = sorted(m.alias for m in ben.ws.members.list(ben_group))
        assert aliases == ["Ann", "Bo", "Cy"]
        # and back: Ben adds a member, Ana sees her
        ben.ws.members.add(ben_group, MemberDraft("Dee"))
        ben.sync()
        ana.sync()
        assert sorted(m.alias for m in ana.ws.members.list(group_id)) == ["Ann", "Bo", "Cy", "Dee"]
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        del group_uuid


def test_a_field_edited_on_two_laptops_keeps_one_and_lists_the_other(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, _bo, _cy) = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben_ann = next(m for m in ben.ws.members.list(ben_group) if m.alias == "Ann")
        # both edit Ann's remarks offline, and Ben also her contact (no conflict there)
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="from Ana"))
        ben.ws.members.update(
            ben_ann.id, MemberDraft("Ann", remarks="from Ben", contact="555 0100")
        )
        for laptop in (ana, ben, ana):
            laptop.sync()
        on_ana = ana.ws.members.get(ann)
        on_ben = ben.ws.members.get(ben_ann.id)
        assert on_ana.remarks == on_ben.remarks
        assert on_ana.contact == on_ben.contact == "555 0100"
        kept = on_ana.remarks
        other = {"from Ana", "from Ben"} - {kept}
        for laptop in (ana, ben):
            conflicts = laptop.sharing.conflicts()
            assert [(c.table, c.field) for c in conflicts] == [("members", "remarks")]
            assert {c.other_value for c in conflicts} == other
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        # resolving one is local; a later edit syncs as any other, with no new conflict
        ana.sharing.resolve_conflict(ana.sharing.conflicts()[0].id)
        assert ana.sharing.conflicts() == []
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="agreed", contact="555 0100"))
        ana.sync()
        ben.sync()
        assert ben.ws.members.get(ben_ann.id).remarks == "agreed"
        assert len(ben.sharing.conflicts()) == 1


def test_sync_twice_changes_nothing_and_nothing_waits(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        before = snapshot(ben, shared.group_uuid)
        again = ben.sync()
        assert (again.applied, again.pushed, again.waiting) == (0, 0, 0)
        assert ana.sync().applied == 0  # Ben sent nothing back of what he applied
        assert snapshot(ben, shared.group_uuid) == before


def test_a_running_session_waits_for_its_end_and_capture_reads_in_batches(
    tmp_path: Path,
    postgres_cluster: PostgresCluster,
    sync_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import random

    from facilitator_desktop.domain.clock import FakeClock
    from facilitator_desktop.services import sharing_engine

    monkeypatch.setattr(sharing_engine, "CAPTURE_BATCH", 3)
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, members = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        clock = FakeClock(0.0)
        live = ana.ws.sessions.start(group_id, monotonic=clock, rng=random.Random(2))
        for member in members:
            live.mark(member, "present")
        live.toggle()
        ana.sync()  # in the room: nothing of the session leaves the laptop yet
        ben.sync()
        assert snapshot(ben, shared.group_uuid)["sessions"] == {}
        assert ana.engine.waiting() > 0  # waiting for the end, not lost
        clock.advance(600)
        ana.wall.advance(600)
        live.end()
        ana.sync()
        ben.sync()
        assert len(snapshot(ben, shared.group_uuid)["sessions"]) == 1
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        assert ana.engine.waiting() == 0


def test_a_change_naming_what_has_not_arrived_waits_for_it(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Cat knows only Ana at first; Ben's session and newcomer reach her after Ana's score
    on that session and Ana's session where the newcomer speaks (Ben is introduced in Ana's
    stream): they wait a sync, nothing is lost or left naming nobody."""
    from facilitator_desktop.services.checkin_scores import CheckinScoreService

    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3, records_per_change=5) as (ana, ben, cat):
        group_id, (ann, _bo, _cy) = new_group(ana)
        share(ana, group_id, ben, cat)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        run_session(ben, ben_group)
        ben.ws.members.add(ben_group, MemberDraft("Dee"))
        ben.sync()
        ana.sync()
        [session] = ana.ws.history.sessions(group_id)
        ana.wall.advance(7 * 24 * 3600)
        run_session(ana, group_id)  # Dee, Ben's newcomer, speaks: the events name her
        ana.sync()
        CheckinScoreService(ana.ws.context).record(session.id, ann, 4)
        ana.sync()
        cat.sync()
        cat.sync()
        assert snapshot(cat, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        assert len(snapshot(cat, shared.group_uuid)["checkin_scores"]) == 1
        assert cat.sharing.problems() == []


def test_erasing_a_member_who_spoke_reaches_every_laptop(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, members = new_group(ana)
        run_session(ana, group_id)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ana.ws.erasure.erase(members[0])  # their turns and marks go with them
        ana.sync()
        ben.sync()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        assert sorted(m.alias for m in ben.ws.members.list(ben_group)) == ["Bo", "Cy"]
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        assert ben.sharing.problems() == []


def test_erasing_a_member_erases_their_conflicts_on_every_laptop(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, _bo, _cy) = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben_ann = next(m for m in ben.ws.members.list(ben_group) if m.alias == "Ann")
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="Ana's view of Ann"))
        ben.ws.members.update(ben_ann.id, MemberDraft("Ann", remarks="Ben's view of Ann"))
        for laptop in (ana, ben, ana):
            laptop.sync()
        assert len(ana.sharing.conflicts()) == len(ben.sharing.conflicts()) == 1
        ana.ws.erasure.erase(ann)
        ana.sync()
        ben.sync()
        assert ana.sharing.conflicts() == [] and ben.sharing.conflicts() == []


def test_session_events_name_members_by_the_receiving_laptops_own_ids(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Ben's laptop holds a group of its own first, so the shared members get other local
    ids there: every member named in an event (who speaks, a round's and the queue's order)
    must be Ben's id for the same person, never Ana's number."""
    import json

    from sqlalchemy import select

    from facilitator_desktop.models import GroupSession, SessionEvent

    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        new_group(ben, name="Ben's own group", members=("Xu", "Yan", "Zed", "Wim"))
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        run_session(ana, group_id)  # a round: RoundStarted carries the order
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        ben_group = local_group(ben, shared.group_uuid)
        ours = {m.id for m in ben.ws.members.list(ben_group or -1)}
        with ben.ws.context.sessions.begin() as s:
            payloads = [
                json.loads(p)
                for p in s.scalars(
                    select(SessionEvent.payload)
                    .join(GroupSession, GroupSession.id == SessionEvent.session_id)
                    .where(GroupSession.group_id == ben_group)
                )
            ]
        named = {p["member_id"] for p in payloads if "member_id" in p}
        named |= {m for p in payloads for m in p.get("order", [])}
        assert named and named <= ours


def test_a_laptop_joining_after_an_erasure_gets_the_events_without_them(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, members = new_group(ana)
        run_session(ana, group_id)
        ana.ws.erasure.erase(members[0])  # they spoke: events still name their old id
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        assert ben.sharing.problems() == []
