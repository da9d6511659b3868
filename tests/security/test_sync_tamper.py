"""A server that lies: every change is checked before anything of it is used. An altered,
replayed, renumbered, reordered or forged change is refused and listed as a problem; the
co-facilitator's laptop applies nothing of it and nothing after it from that laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from facilitator_desktop.crypto.group_keys import GroupCipher, new_group_key
from facilitator_desktop.crypto.identity import Identity
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.sync import protocol
from facilitator_desktop.sync.server import KeyGrant, Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    new_group,
    server_settings,
    share,
    snapshot,
)


@pytest.fixture
def pair(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> Iterator[tuple[Laptop, Laptop, str, psycopg.Connection[tuple[object, ...]]]]:
    """Ana has shared a group with Ben; Ana has pushed three changes Ben has not pulled."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        for alias in ("Dee", "Eli", "Fay"):
            ana.ws.members.add(group_id, MemberDraft(alias))
            ana.sync()
        [shared] = ana.sharing.shared_groups()
        with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
            yield ana, ben, shared.group_uuid, db


def aliases(laptop: Laptop, group_uuid: str) -> list[str]:
    group_id = local_group(laptop, group_uuid)
    assert group_id is not None
    return sorted(m.alias for m in laptop.ws.members.list(group_id))


def reasons(laptop: Laptop) -> set[str]:
    return {p.reason for p in laptop.sharing.problems()}


def ana_device(ana: Laptop) -> str:
    return ana.sharing.identity().device_id


def test_untouched_changes_arrive(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, _db = pair
    ben.sync()
    assert aliases(ben, group_uuid) == ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay"]
    assert ben.sharing.problems() == []


def test_an_altered_payload_is_refused_and_nothing_after_it_applies(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    db.execute(
        "UPDATE changes SET payload = overlay(payload placing '\\x00'::bytea from 20 for 1) "
        "WHERE device_id = %s AND seq = 3",
        (ana_device(ana),),
    )
    report = ben.sync()
    assert report.refused == 1
    assert "signature" in reasons(ben)
    assert aliases(ben, group_uuid) == ["Ann", "Bo", "Cy", "Dee"]  # seq 2 only


def test_a_change_renumbered_to_replay_it_is_refused(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    ben.sync()
    before = snapshot(ben, group_uuid)
    # the server serves change 2 again as if it were the next one
    db.execute(
        "INSERT INTO changes (group_id, device_id, seq, clock, epoch, payload, signature) "
        "SELECT group_id, device_id, 5, clock, epoch, payload, signature FROM changes "
        "WHERE device_id = %s AND seq = 2",
        (ana_device(ana),),
    )
    ben.sync()
    assert "signature" in reasons(ben)
    assert snapshot(ben, group_uuid) == before


def test_a_change_served_again_is_refused_as_a_replay(pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, _db = pair
    ben.sync()
    before = snapshot(ben, group_uuid)
    real_pull = Server.pull

    def lying_pull(self: Server, group: str, device: str, after: int, limit: int):  # type: ignore[no-untyped-def]
        return real_pull(self, group, device, 0, limit)  # everything from the start again

    monkeypatch.setattr(Server, "pull", lying_pull)
    monkeypatch.setattr(Server, "heads", lambda self, group: {ana_device(ana): 99})
    ben.sync()
    assert "replay" in reasons(ben)
    assert snapshot(ben, group_uuid) == before


def test_swapped_changes_are_refused(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    device = ana_device(ana)
    db.execute("UPDATE changes SET seq = -seq WHERE device_id = %s AND seq IN (2, 3)", (device,))
    db.execute("UPDATE changes SET seq = 3 WHERE device_id = %s AND seq = -2", (device,))
    db.execute("UPDATE changes SET seq = 2 WHERE device_id = %s AND seq = -3", (device,))
    ben.sync()
    assert "signature" in reasons(ben)
    assert aliases(ben, group_uuid) == ["Ann", "Bo", "Cy"]


def test_a_dropped_change_stops_the_stream_at_the_gap(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    db.execute("DELETE FROM changes WHERE device_id = %s AND seq = 2", (ana_device(ana),))
    ben.sync()
    assert "gap" in reasons(ben)
    assert aliases(ben, group_uuid) == ["Ann", "Bo", "Cy"]


def test_a_change_forged_in_a_co_facilitators_name_is_refused(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    ben.sync()
    before = snapshot(ben, group_uuid)
    # Mallory knows the ids (the server shows them) but holds neither Ana's key nor the
    # group's: a key of her own and a guessed chain.
    mallory = Identity.generate()
    cipher = GroupCipher(group_uuid, 1, new_group_key())
    change, _ = protocol.seal(mallory, cipher, ana_device(ana), 5, 10**6, b"", {"records": []})
    db.execute(
        "INSERT INTO changes (group_id, device_id, seq, clock, epoch, payload, signature) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (group_uuid, change.device_id, 5, change.clock, 1, change.payload, change.signature),
    )
    ben.sync()
    assert "signature" in reasons(ben)
    assert snapshot(ben, group_uuid) == before


def test_a_group_key_planted_by_the_server_is_not_taken(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    ben_card = ben.sharing.identity()
    planted = new_group_key()
    from facilitator_desktop.crypto.group_keys import wrap_group_key

    wrapped = wrap_group_key(
        ben_card.public.wrap, planted, protocol.wrap_context(group_uuid, 2, ben_card.device_id)
    )
    with Server.connect(ben.settings) as server:
        server.grant_keys(
            [KeyGrant(group_uuid, 2, ben_card.device_id, wrapped, ana_device(ana), b"\x00" * 64)]
        )
    ben.sync()
    # No removal began epoch 2: a key for it is not even opened, and waits for one.
    [shared] = ben.sharing.shared_groups()
    assert shared.epoch == 1
    assert reasons(ben) == set()
    ben.sync()
    [shared] = ben.sharing.shared_groups()
    assert shared.epoch == 1


def test_changes_from_a_laptop_not_of_the_group_are_listed_and_never_read(pair) -> None:  # type: ignore[no-untyped-def]
    ana, ben, group_uuid, db = pair
    ben.sync()
    before = snapshot(ben, group_uuid)
    stranger = Identity.generate()
    cipher = GroupCipher(group_uuid, 1, new_group_key())
    device = "0b0b0b0b-0000-4000-8000-000000000000"
    change, _ = protocol.seal(stranger, cipher, device, 1, 1, b"", {"records": []})
    db.execute(
        "INSERT INTO changes (group_id, device_id, seq, clock, epoch, payload, signature) "
        "VALUES (%s, %s, 1, 1, 1, %s, %s)",
        (group_uuid, device, change.payload, change.signature),
    )
    ben.sync()
    assert [(p.device_id, p.reason) for p in ben.sharing.problems()] == [(device, "unknown")]
    assert snapshot(ben, group_uuid) == before
