"""A group's new key after a removal cannot be chosen by anyone but the laptop that made it.

Ana removes Ben from a group Cat shares too. Ben's key still signs and he can still write to
the server: before Ana hands the new key on, he stores a key of his own for the new epoch,
wrapped for Cat and signed. Cat must not take it, whether Cat syncs before or after Ana:
what Cat writes afterwards would be sealed with a key Ben holds, and what Ana writes would
not open on Cat. The same holds for a key a co-facilitator still in the group makes up."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.crypto.group_keys import GroupKey, new_group_key, wrap_group_key
from facilitator_desktop.models.sync import SharedGroup
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_state import held_group_key
from facilitator_desktop.sync.protocol import key_grant_message, wrap_context
from facilitator_desktop.sync.server import KeyGrant, Server, ServerSettings
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.grants_support import identity_of
from tests.unit.sync.laptops import (
    Laptop,
    aliases_in,
    laptops,
    local_group,
    new_group,
    newest_epoch,
    server_settings,
    share,
)
from tests.unit.sync.removal_support import shared_by, shared_by_three


def _plant_key(settings: ServerSettings, by: Laptop, to: Laptop, epoch: int) -> GroupKey:
    """A real key of `by`'s own for `epoch`, wrapped for `to` and signed by `by`."""
    group_uuid = by.sharing.shared_groups()[0].group_uuid
    device = to.sharing.identity().device_id
    wrap_public = identity_of(to).public.wrap
    planted = new_group_key()
    wrapped = wrap_group_key(wrap_public, planted, wrap_context(group_uuid, epoch, device))
    signature = identity_of(by).sign(key_grant_message(group_uuid, epoch, device, wrapped))
    grant = KeyGrant(group_uuid, epoch, device, wrapped, by.sharing.identity().device_id, signature)
    with Server.connect(settings) as server:
        server.grant_keys([grant])
    return planted


def _key(laptop: Laptop, epoch: int) -> GroupKey:
    with laptop.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        return held_group_key(s, laptop.ws.keyring.cipher, shared, epoch)


def _both_read_each_other(ana: Laptop, cat: Laptop, group_id: int, group_uuid: str) -> None:
    """Ana's next member reaches Cat and Cat's reaches Ana, and Ana lists no problem."""
    ana.ws.members.add(group_id, MemberDraft("Fay"))
    ana.sync()
    cat.sync()
    cat_group = local_group(cat, group_uuid)
    assert cat_group is not None
    cat.ws.members.add(cat_group, MemberDraft("Gus"))
    cat.sync()
    ana.sync()
    assert {"Fay", "Gus"} <= aliases_in(cat, group_uuid)
    assert {"Fay", "Gus"} <= aliases_in(ana, group_uuid)
    assert ana.sharing.problems() == []


def test_a_key_the_removed_laptop_plants_before_the_remover_syncs_is_not_taken(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id = shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        ana.sharing.remove_co_facilitator(group_id, ben.sharing.identity().device_id)
        planted = _plant_key(settings, ben, cat, newest_epoch(ana))
        _both_read_each_other(ana, cat, group_id, shared.group_uuid)
        assert newest_epoch(cat) == newest_epoch(ana) == 2
        assert _key(cat, 2) == _key(ana, 2) and _key(cat, 2) != planted
        assert cat.sharing.problems() == []


def test_a_laptop_that_syncs_before_the_remover_takes_no_new_key_yet(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Cat has not read the removal yet: a key for an epoch no one announced waits, and
    what Cat writes meanwhile stays sealed with the key it already shares with Ana."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id = shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        ana.sharing.remove_co_facilitator(group_id, ben.sharing.identity().device_id)
        planted = _plant_key(settings, ben, cat, 2)
        cat.sync()
        assert newest_epoch(cat) == 1
        _both_read_each_other(ana, cat, group_id, shared.group_uuid)
        assert newest_epoch(cat) == 2
        assert _key(cat, 2) == _key(ana, 2) and _key(cat, 2) != planted
        assert cat.sharing.problems() == []


def test_a_key_a_co_facilitator_still_in_the_group_makes_up_is_refused(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Ana removes Dot's laptop; Ben, still in the group, stores a key of his own for the
    new epoch for Cat before Ana syncs. It is not the key Ana announced: Cat lists it as a
    problem of Ben's and takes Ana's."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 4) as (ana, ben, cat, dot):
        group_id = shared_by(ana, ben, cat, dot)
        [shared] = ana.sharing.shared_groups()
        ana.sharing.remove_co_facilitator(group_id, dot.sharing.identity().device_id)
        _plant_key(settings, ben, cat, 2)
        _both_read_each_other(ana, cat, group_id, shared.group_uuid)
        ben_device = ben.sharing.identity().device_id
        assert [(p.device_id, p.reason) for p in cat.sharing.problems()] == [(ben_device, "key")]


def test_two_removals_in_a_row_reach_the_others_in_one_sync(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Ana removes Ben, then Dot, before she syncs: the second removal goes sealed with the
    key the first began. Cat reads both and takes both keys in one sync."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 4) as (ana, ben, cat, dot):
        group_id = shared_by(ana, ben, cat, dot)
        [shared] = ana.sharing.shared_groups()
        for removed in (ben, dot):
            ana.sharing.remove_co_facilitator(group_id, removed.sharing.identity().device_id)
        ana.ws.members.add(group_id, MemberDraft("After both"))
        ana.sync()
        report = cat.sync()
        assert newest_epoch(cat) == 3
        assert "After both" in aliases_in(cat, shared.group_uuid)
        assert (report.refused, cat.sharing.problems()) == (0, [])
        states = {c.device_id: c.state for c in cat.sharing.shared_groups()[0].co_facilitators}
        assert states[ben.sharing.identity().device_id] == "removed"
        assert states[dot.sharing.identity().device_id] == "removed"


def test_a_newcomer_after_a_removal_takes_every_key_in_one_sync(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        for laptop in (ana, ben, ana):
            laptop.sync()
        ana.sharing.remove_co_facilitator(group_id, ben.sharing.identity().device_id)
        ana.ws.members.add(group_id, MemberDraft("After the removal"))
        share(ana, group_id, cat)
        ana.sync()
        cat.sync()
        [shared] = ana.sharing.shared_groups()
        assert newest_epoch(cat) == 2
        assert "After the removal" in aliases_in(cat, shared.group_uuid)
        assert cat.sharing.problems() == []
