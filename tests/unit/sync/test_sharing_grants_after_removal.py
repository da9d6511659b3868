"""Key grants once the group is settled and after a removal: a sync with nothing new adds
no grant to the server, a grant stored after the genuine one is not looked at, and a grant
a removed co-facilitator stores (their key still signs) does not stand in for the one the
sharer owes the others."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.sync.protocol import key_grant_message
from facilitator_desktop.sync.server import KeyGrant, Server, ServerSettings
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.grants_support import identity_of, store_forged_grant
from tests.unit.sync.laptops import (
    laptops,
    local_group,
    new_group,
    newest_epoch,
    server_settings,
    share,
)
from tests.unit.sync.removal_support import shared_by_three


def _grants_on_server(settings: ServerSettings, group_uuid: str) -> int:
    with Server.connect(settings) as server:
        return len(server.key_grants(group_uuid))


def test_a_sync_with_nothing_new_adds_no_grant(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        for laptop in (ana, ben, ana, ben):
            laptop.sync()
        [shared] = ana.sharing.shared_groups()
        settled = _grants_on_server(settings, shared.group_uuid)
        assert settled > 0
        for laptop in (ana, ben, ana):
            laptop.sync()
        assert _grants_on_server(settings, shared.group_uuid) == settled


def test_a_grant_a_removed_laptop_stores_does_not_keep_the_new_key_from_the_others(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id = shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        ben_device = ben.sharing.identity().device_id
        ana.sharing.remove_co_facilitator(group_id, ben_device)
        epoch = newest_epoch(ana)
        # Before ana hands the new key on, Ben stores a "grant" of it for Cat, signed with
        # the key that was his in the group: it wraps nothing that opens.
        cat_device = cat.sharing.identity().device_id
        wrapped = b"nothing that opens" * 4
        message = key_grant_message(shared.group_uuid, epoch, cat_device, wrapped)
        signature = identity_of(ben).sign(message)
        with Server.connect(settings) as server:
            server.grant_keys(
                [KeyGrant(shared.group_uuid, epoch, cat_device, wrapped, ben_device, signature)]
            )
        ana.ws.members.add(group_id, MemberDraft("Dot"))
        for laptop in (ana, cat, ana, cat):
            laptop.sync()
        cat_group = local_group(cat, shared.group_uuid)
        assert cat_group is not None
        assert newest_epoch(cat) == epoch
        assert "Dot" in {m.alias for m in cat.ws.members.list(cat_group)}


def test_a_grant_stored_after_the_genuine_one_is_passed_over_unread(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """The laptop takes the first grant that opens and looks at no later one for that
    key: a forgery stored after it is not even listed as a problem."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        store_forged_grant(settings, ana, ben, by=ana.sharing.identity().device_id, signed=False)
        ben.sync()
        [info] = ben.sharing.shared_groups()
        assert info.state == "active"
        assert ben.sharing.problems() == []
