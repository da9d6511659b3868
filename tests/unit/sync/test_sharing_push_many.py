"""A laptop that was offline for a long stretch uploads every change it made in one sync,
however many batches that takes: none is left behind and none is skipped. A laptop still
joining has nothing to upload and says so; a batch the server never took waits for the
next sync, and a group left while a sync runs sends nothing more."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg
import pytest

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_engine import SyncEngine
from facilitator_desktop.sync.protocol import WireChange
from facilitator_desktop.sync.server import Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    new_group,
    server_settings,
    share,
    share_and_sync,
)

CHANGES = 201  # one more than a batch holds


def _edit_and_seal(laptop: Laptop, member_id: int, n: int) -> None:
    """One edit, sealed as a change of its own (as on a laptop offline for a while)."""
    laptop.ws.members.update(member_id, MemberDraft("Ann", remarks=f"edit {n}"))
    assert laptop.engine.capture() == 1


def _anns_remarks_after_sync(laptop: Laptop) -> str:
    laptop.sync()
    [shared] = laptop.sharing.shared_groups()
    group_id = local_group(laptop, shared.group_uuid)
    assert group_id is not None
    [ann] = [m for m in laptop.ws.members.list(group_id) if m.alias == "Ann"]
    return laptop.ws.members.get(ann.id).remarks


def test_more_changes_than_a_batch_all_go_up_in_one_sync(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, *_rest) = new_group(ana)
        share_and_sync(ana, group_id, ben)
        for n in range(CHANGES):
            _edit_and_seal(ana, ann, n)
        report = ana.sync()
        assert (report.pushed, report.waiting) == (CHANGES, 0)
        assert _anns_remarks_after_sync(ben) == f"edit {CHANGES - 1}"


def test_a_laptop_still_joining_reports_nothing_uploaded(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Before the group's first change reaches it, a laptop has nothing of the group to send:
    its sync says 0 uploaded, before and as it joins."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        assert ben.sync().pushed == 0  # the sharer has not synced yet: ben waits
        [waiting] = ben.sharing.shared_groups()
        assert waiting.state == "pending"
        ana.sync()
        report = ben.sync()
        assert (report.pushed, report.applied) == (0, 1)
        [joined] = ben.sharing.shared_groups()
        assert joined.state == "active"


def test_a_batch_the_server_never_took_stays_waiting_for_the_next_sync(
    tmp_path: Path,
    postgres_cluster: PostgresCluster,
    sync_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The connection drops after the first batch went up: only that batch counts as
    uploaded, and the next sync sends the rest."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, *_rest) = new_group(ana)
        share_and_sync(ana, group_id, ben)
        for n in range(CHANGES):
            _edit_and_seal(ana, ann, n)
        batches: list[int] = []
        push = Server.push

        def push_then_drop(server: Server, changes: Sequence[WireChange]) -> list[WireChange]:
            batches.append(len(changes))
            if len(batches) > 1:
                raise psycopg.OperationalError("server closed the connection unexpectedly")
            return push(server, changes)

        monkeypatch.setattr(Server, "push", push_then_drop)
        with pytest.raises(psycopg.OperationalError):
            ana.sync()
        assert batches == [CHANGES - 1, 1]
        assert ana.engine.waiting() == 1
        monkeypatch.setattr(Server, "push", push)
        assert ana.sync().pushed == 1
        assert _anns_remarks_after_sync(ben) == f"edit {CHANGES - 1}"


def test_a_group_left_while_a_sync_runs_sends_nothing_more(
    tmp_path: Path,
    postgres_cluster: PostgresCluster,
    sync_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The facilitator stops sharing just as a sync reaches the group (the sync runs in the
    background): the edit it had sealed does not go up."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, *_rest) = new_group(ana)
        share_and_sync(ana, group_id, ben)
        [shared] = ana.sharing.shared_groups()
        with Server.connect(settings) as server:
            before = server.heads(shared.group_uuid)
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="not for the group any more"))
        exchange = SyncEngine._exchange_keys

        def exchange_then_leave(engine: SyncEngine, *args: Any) -> None:
            exchange(engine, *args)
            ana.sharing.stop_sharing(group_id)

        monkeypatch.setattr(SyncEngine, "_exchange_keys", exchange_then_leave)
        assert ana.sync().pushed == 0
        with Server.connect(settings) as server:
            assert server.heads(shared.group_uuid) == before
