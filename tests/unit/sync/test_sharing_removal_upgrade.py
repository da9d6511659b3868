"""Revision 0009 on a workspace an older version left: a co-facilitator it removed stays
removed, the keys it holds stay, and the new columns are empty (that laptop made the epoch,
so it never needs the check); taking it back removes the columns again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.models.sync import SyncPeer
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.sync.server import ServerSettings
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.helpers.old_workspaces import revision_of, take_back
from tests.unit.sync.laptops import make_laptop, new_group, share

STUB = ServerSettings("127.0.0.1", 1, "db", "role", "pw")


def _columns(database: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {row[1] for row in conn.execute("PRAGMA table_info(sync_peers)")}
    finally:
        conn.close()


def test_a_removal_an_older_version_made_stays_after_the_upgrade(tmp_path: Path) -> None:
    ana = make_laptop(tmp_path, "ana", STUB)
    ben = make_laptop(tmp_path, "ben", STUB)
    try:
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ben_device = ben.sharing.identity().device_id
        ana.sharing.remove_co_facilitator(group_id, ben_device)
        take_back(ana.ws, "0008")
    finally:
        ana.ws.close()
        ben.ws.close()
    database = tmp_path / "ana" / DATABASE_NAME
    assert revision_of(database) == "0008"
    assert {"removed_epoch", "removed_key_check"}.isdisjoint(_columns(database))
    with Workspace.open(tmp_path / "ana", PASSPHRASE) as ws:
        [info] = SharingService(ws.context).shared_groups()
        assert info.epoch == 2
        assert {c.device_id: c.state for c in info.co_facilitators}[ben_device] == "removed"
        with ws.context.sessions() as s:
            peer = s.scalar(select(SyncPeer).where(SyncPeer.device_id == ben_device))
            assert peer is not None
            assert (peer.removed_epoch, peer.removed_key_check) == (None, None)
    assert revision_of(database) == "0009"
    assert {"removed_epoch", "removed_key_check"} <= _columns(database)
