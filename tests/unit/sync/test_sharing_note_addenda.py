"""Addenda to a signed session note, shared through a real PostgreSQL server: an addendum
names its note by the note's session, which both laptops share (each laptop gives the note
a row uuid of its own), so it reaches the co-facilitator with its text and member and holds
back nothing written after it; addenda written on both laptops to one note end on both."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.models import GroupSession
from facilitator_desktop.services.members import MemberDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
    snapshot,
)

FROM_ANA = "Ann called on Thursday: she is settled in her new flat."
FROM_BEN = "The group asked to meet in the small room from next month."


def signed_session(ana: Laptop, ben: Laptop) -> tuple[str, int, int, int]:
    """Ana shares a group, runs a session and signs its note; both sync. The group's uuid,
    the session's id on Ana's laptop and on Ben's, and Ben's id of the group."""
    group_id, _ = new_group(ana)
    share(ana, group_id, ben)
    session_id = run_session(ana, group_id)
    ana.ws.session_notes.save(session_id, entries={})
    ana.ws.session_notes.sign(session_id)
    ana.sync()
    ben.sync()
    [shared] = ana.sharing.shared_groups()
    ben_group = local_group(ben, shared.group_uuid)
    assert ben_group is not None
    with ben.ws.context.sessions.begin() as s:
        ben_session = s.scalar(select(GroupSession.id).where(GroupSession.group_id == ben_group))
    assert ben_session is not None
    assert ben.ws.session_notes.open(ben_session).signed
    return shared.group_uuid, session_id, ben_session, ben_group


def addenda(laptop: Laptop, session_id: int, group_id: int) -> list[tuple[str | None, str]]:
    """(member's alias or None for the narrative, text) of a session note's addenda."""
    alias = {m.id: m.alias for m in laptop.ws.members.list(group_id)}
    found = laptop.ws.session_notes.open(session_id).addenda
    assert not any(a.damaged for a in found)
    return sorted(
        ((alias[a.member_id] if a.member_id is not None else None, a.text) for a in found),
        key=repr,
    )


def member_id(laptop: Laptop, group_id: int, name: str) -> int:
    [found] = [m.id for m in laptop.ws.members.list(group_id) if m.alias == name]
    return found


def test_an_addendum_reaches_the_co_facilitator_and_holds_nothing_back(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_uuid, session_id, ben_session, ben_group = signed_session(ana, ben)
        ana_group = ana.ws.groups.list()[0].id
        ana.wall.advance(600)
        ana.ws.session_notes.add_addendum(session_id, FROM_ANA, member_id(ana, ana_group, "Ann"))
        ana.sync()
        ana.ws.members.add(ana_group, MemberDraft("Dee"))  # a later change of Ana's
        ana.sync()
        ben.sync()
        assert sorted(m.alias for m in ben.ws.members.list(ben_group)) == [
            "Ann",
            "Bo",
            "Cy",
            "Dee",
        ]
        assert addenda(ben, ben_session, ben_group) == [("Ann", FROM_ANA)]
        [addendum] = ben.ws.session_notes.open(ben_session).addenda
        assert addendum.created_at == ana.wall.now
        assert ben.sharing.problems() == []
        assert len(snapshot(ben, group_uuid)["note_addenda"]) == 1
        assert snapshot(ben, group_uuid) == snapshot(ana, group_uuid)


def test_addenda_written_on_both_laptops_to_one_note_end_on_both(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_uuid, session_id, ben_session, ben_group = signed_session(ana, ben)
        ana_group = ana.ws.groups.list()[0].id
        for laptop in (ana, ben):
            laptop.wall.advance(600)
        ana.ws.session_notes.add_addendum(session_id, FROM_ANA, member_id(ana, ana_group, "Ann"))
        ben.ws.session_notes.add_addendum(ben_session, FROM_BEN)  # to the narrative
        for laptop in (ana, ben, ana):
            laptop.sync()
        both = [("Ann", FROM_ANA), (None, FROM_BEN)]
        assert addenda(ana, session_id, ana_group) == sorted(both, key=repr)
        assert addenda(ben, ben_session, ben_group) == sorted(both, key=repr)
        for laptop in (ana, ben):
            assert laptop.sharing.problems() == []
        assert len(snapshot(ana, group_uuid)["note_addenda"]) == 2
        assert snapshot(ben, group_uuid) == snapshot(ana, group_uuid)
