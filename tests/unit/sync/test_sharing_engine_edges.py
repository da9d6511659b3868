"""The sync engine at its edges: a refused change is listed exactly (which group, which
laptop, which of its changes, why, when); what waits, the outbox read in batches, and a
round's report counted exactly."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, update

from facilitator_desktop.models.sync import SyncSent
from facilitator_desktop.services import sharing_engine
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.services.sharing_engine import SyncEngine
from facilitator_desktop.sync.protocol import WireChange
from facilitator_desktop.sync.server import Server, ServerSettings
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.grants_support import STRANGER, store_forged_grant
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    make_laptop,
    new_group,
    server_settings,
    share,
)
from tests.unit.sync.removal_support import ben_removed


def test_a_change_written_after_removal_is_listed_exactly(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        removal = ben_removed(settings, ana, ben, cat)
        ben.ws.members.add(removal.ben_group, MemberDraft("Written after removal"))
        ben.sync()
        cat.wall.advance(125)
        assert cat.sharing.problems() == []
        cat.sync()
        refused = ProblemInfo(
            removal.group_uuid, removal.ben_device, removal.before + 1, "removed", cat.wall.now
        )
        assert cat.sharing.problems() == [refused]
        cat.wall.advance(60)
        cat.sync()  # the same refusal again is not listed twice
        assert cat.sharing.problems() == [refused]


# --- without a server ---------------------------------------------------------------------------


def offline_pair(tmp_path: Path) -> tuple[Laptop, Laptop]:
    stub = ServerSettings("127.0.0.1", 1, "db", "role", "pw")
    return make_laptop(tmp_path, "ana", stub), make_laptop(tmp_path, "ben", stub)


def test_waiting_counts_the_outbox_and_the_changes_not_uploaded(tmp_path: Path) -> None:
    ana, ben = offline_pair(tmp_path)
    try:
        assert ana.engine.waiting() == 0
        group_id, (ann, *_rest) = new_group(ana)
        share(ana, group_id, ben)
        assert ana.engine.waiting() == 6  # peers 2, group 1, members 3, in the outbox
        assert ana.engine.capture() == 1
        assert ana.engine.waiting() == 1  # one sealed change, not on a server yet
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="x"))
        assert ana.engine.waiting() == 2
        with ana.ws.context.sessions.begin() as s:
            s.execute(update(SyncSent).values(uploaded=True))
        assert ana.engine.waiting() == 1
    finally:
        ana.ws.close()
        ben.ws.close()


def test_capture_reads_the_outbox_batch_by_batch_to_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharing_engine, "CAPTURE_BATCH", 2)
    ana, ben = offline_pair(tmp_path)
    try:
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        assert ana.engine.capture() == 3  # 6 outbox rows, 2 a batch, a change each
        assert ana.engine.waiting() == 3
        assert ana.engine.capture() == 0
        with ana.ws.context.sessions.begin() as s:
            assert list(s.scalars(select(SyncSent.seq).order_by(SyncSent.seq))) == [1, 2, 3]
    finally:
        ana.ws.close()
        ben.ws.close()


def test_a_full_last_batch_is_followed_by_an_empty_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharing_engine, "CAPTURE_BATCH", 3)
    ana, ben = offline_pair(tmp_path)
    try:
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        assert ana.engine.capture() == 2
        assert ana.engine.waiting() == 2
    finally:
        ana.ws.close()
        ben.ws.close()


# --- one round, counted exactly -------------------------------------------------------------


def test_a_round_reports_exactly_what_it_did(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=2) as (ana, ben):
        group_id, (ann, *_rest) = new_group(ana)
        share(ana, group_id, ben)
        first = ana.sync()
        assert (first.pushed, first.applied, first.refused, first.waiting) == (3, 0, 0, 0)
        assert first.seconds > 0
        [info] = ana.sharing.shared_groups()
        assert info.synced_at == ana.wall.now
        ben.wall.advance(300)
        progress: list[tuple[int, int]] = []
        got = ben.engine.sync(settings, lambda done, left: progress.append((done, left)))
        # Ben applies Ana's 3 changes, and pushes nothing of his own (his laptop wrote none)
        assert (got.pushed, got.applied, got.refused, got.waiting) == (0, 3, 0, 0)
        assert progress == [(3, 0)]
        [ben_info] = ben.sharing.shared_groups()
        assert ben_info.synced_at == ben.wall.now and ben_info.first_sync_done
        again = ben.sync()
        assert (again.pushed, again.applied, again.refused, again.waiting) == (0, 0, 0, 0)
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="one more"))
        assert ana.engine.waiting() == 1
        edit = ana.sync()
        assert (edit.pushed, edit.applied, edit.waiting) == (1, 0, 0)
        assert ben.sync().applied == 1


# --- key grants that must not be taken ----------------------------------------------------------


@pytest.mark.parametrize("signed", [False, True], ids=["bad-signature", "signed-junk"])
def test_a_key_grant_that_does_not_open_is_listed_and_not_taken(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str, signed: bool
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana_device = ana.sharing.identity().device_id
        store_forged_grant(settings, ana, ben, by=ana_device, signed=signed)
        ben.wall.advance(20)
        ben.sync()
        [info] = ben.sharing.shared_groups()
        assert ben.sharing.problems() == [
            ProblemInfo(info.group_uuid, ana_device, 1, "key", ben.wall.now)
        ]
        assert (info.group_id, info.state) == (None, "pending")  # no key, nothing applied


def test_a_key_grant_from_a_laptop_not_of_the_group_is_ignored(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        store_forged_grant(settings, ana, ben, by=STRANGER, signed=True)
        ben.sync()
        assert ben.sharing.problems() == []
        assert ben.sharing.shared_groups()[0].group_id is None


# --- what the server holds that must not be applied -----------------------------------------------


def test_a_change_altered_on_the_server_is_refused_and_its_stream_stops(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        assert ana.sync().pushed == 3
        with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
            db.execute("UPDATE changes SET payload = payload || '\\x00'::bytea WHERE seq = 2")
        ben.wall.advance(10)
        report = ben.sync()
        assert (report.applied, report.refused) == (1, 1)  # change 1, then 2 is refused
        [info] = ben.sharing.shared_groups()
        ana_device = ana.sharing.identity().device_id
        assert ben.sharing.problems() == [
            ProblemInfo(info.group_uuid, ana_device, 2, "signature", ben.wall.now)
        ]


def test_changes_refused_in_two_groups_are_all_counted(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=2) as (ana, ben):
        for name in ("Tuesday grief group", "Thursday carers group"):
            group_id, _ = new_group(ana, name)
            share(ana, group_id, ben)
        assert ana.sync().pushed == 6
        with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
            db.execute("UPDATE changes SET payload = payload || '\\x00'::bytea WHERE seq = 2")
        report = ben.sync()
        assert (report.applied, report.refused) == (2, 2)  # change 1 of each, 2 of each refused
        assert [p.reason for p in ben.sharing.problems()] == ["signature", "signature"]


def test_changes_of_a_laptop_not_of_the_group_are_listed_and_not_read(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [info] = ben.sharing.shared_groups()
        stranger = "99999999-9999-4999-8999-999999999999"
        with Server.connect(settings) as server:
            server.register_device(stranger, bytes(32), bytes(32))
            server.push([WireChange(info.group_uuid, stranger, 1, 99, 1, b"junk", bytes(64))])
        ben.wall.advance(10)
        report = ben.sync()
        assert (report.applied, report.refused) == (0, 0)
        assert ben.sharing.problems() == [
            ProblemInfo(info.group_uuid, stranger, 0, "unknown", ben.wall.now)
        ]


def test_a_change_the_server_holds_otherwise_is_listed_as_diverged(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        # this laptop's stream as a restored backup holds it: sent again, other bytes
        with ana.ws.context.sessions.begin() as s:
            s.execute(update(SyncSent).values(uploaded=False, signature=bytes(64)))
        ana.wall.advance(10)
        assert ana.sync().pushed == 1
        [info] = ana.sharing.shared_groups()
        ana_device = ana.sharing.identity().device_id
        assert ana.sharing.problems() == [
            ProblemInfo(info.group_uuid, ana_device, 1, "diverged", ana.wall.now)
        ]
        assert ana.engine.waiting() == 0


def test_a_small_pull_limit_applies_change_by_change_with_progress(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        assert ana.sync().pushed == 3
        engine = SyncEngine(ben.ws.context, pull_limit=1)
        seen: list[tuple[int, int]] = []
        report = engine.sync(settings, lambda done, left: seen.append((done, left)))
        assert seen == [(1, 2), (2, 1), (3, 0)]
        assert (report.applied, report.refused, report.waiting) == (3, 0, 0)
        [info] = ben.sharing.shared_groups()
        assert info.first_sync_done and info.state == "active"
        assert sorted(m.alias for m in ben.ws.members.list(info.group_id or 0)) == [
            "Ann",
            "Bo",
            "Cy",
        ]
