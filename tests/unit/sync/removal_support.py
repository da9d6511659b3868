"""A co-facilitator removed while their laptop still holds the group: the set-up of the tests
of what happens to what that laptop writes afterwards."""

from __future__ import annotations

from typing import NamedTuple

from facilitator_desktop.sync.server import Server, ServerSettings
from tests.unit.sync.laptops import Laptop, local_group, new_group, share


class Removal(NamedTuple):
    group_uuid: str
    ben_device: str
    before: int  # Ben's last change on the server when everyone had seen his removal
    ben_group: int  # the group on Ben's laptop, which he may still write to


def shared_by(owner: Laptop, *others: Laptop) -> int:
    """The owner shares a new group with the others and everyone syncs (the owner last, to
    take in what the others sent): the group's id on the owner's laptop."""
    group_id, _ = new_group(owner)
    share(owner, group_id, *others)
    for laptop in (owner, *others, owner):
        laptop.sync()
    return group_id


def shared_by_three(ana: Laptop, ben: Laptop, cat: Laptop) -> int:
    """`shared_by` for the three laptops most removal tests use."""
    return shared_by(ana, ben, cat)


def ben_removed(settings: ServerSettings, ana: Laptop, ben: Laptop, cat: Laptop) -> Removal:
    """`shared_by_three`, then Ana removes Ben and Ana and Cat sync again. Ben's laptop,
    offline meanwhile, has not read its removal: what he writes next still goes out."""
    group_id = shared_by_three(ana, ben, cat)
    [shared] = ana.sharing.shared_groups()
    ben_device = ben.sharing.identity().device_id
    ana.sharing.remove_co_facilitator(group_id, ben_device)
    for laptop in (ana, cat):
        laptop.sync()
    with Server.connect(settings) as server:
        before = server.heads(shared.group_uuid).get(ben_device, 0)
    ben_group = local_group(ben, shared.group_uuid)
    assert ben_group is not None
    return Removal(shared.group_uuid, ben_device, before, ben_group)
