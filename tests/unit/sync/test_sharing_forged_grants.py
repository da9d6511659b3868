"""A key grant someone with write access to the server stored first, for the same group,
epoch and laptop as the genuine one, does not keep the genuine one out: the server tells
grants apart by signature, the one who shares counts only grants signed by the group's
laptops as given, and the laptop they are for takes the one that opens (and any later key
waiting beside it). Servers made before are given the longer key when the laptop whose role
owns the table next finds them; another role's laptop syncs on meanwhile."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg.sql import SQL, Identifier, Literal

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.sync.server import GRANT_KEY, KeyGrant, Server, ServerSettings
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.grants_support import STRANGER, store_forged_grant
from tests.unit.sync.laptops import laptops, new_group, server_settings, share, snapshot

GROUP = "11111111-1111-4111-8111-111111111111"
LAPTOP = "22222222-2222-4222-8222-222222222222"
SHARER = "33333333-3333-4333-8333-333333333333"

# group_keys as servers made before this change created it: one grant per group, epoch, laptop.
EARLIER_GROUP_KEYS = """CREATE TABLE group_keys (
    group_id uuid NOT NULL,
    epoch integer NOT NULL,
    device_id uuid NOT NULL,
    wrapped bytea NOT NULL,
    wrapped_by uuid NOT NULL,
    signature bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, epoch, device_id)
)"""


@pytest.mark.parametrize("claimed", ["sharer", "stranger"])
def test_a_grant_stored_first_by_someone_else_does_not_keep_the_key_from_the_laptop(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str, claimed: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana_device = ana.sharing.identity().device_id
        by = ana_device if claimed == "sharer" else STRANGER
        # There before ana's first sync, for ben, claiming ana (or someone) made it.
        store_forged_grant(settings, ana, ben, by=by, signed=False)
        ana.sync()
        ben.wall.advance(20)
        ben.sync()
        [info] = ben.sharing.shared_groups()
        assert info.state == "active" and info.group_id is not None
        assert snapshot(ben, info.group_uuid) == snapshot(ana, info.group_uuid)
        # The forgery in ana's name stays listed: someone wrote to the server who should not.
        listed = [ProblemInfo(info.group_uuid, ana_device, 1, "key", ben.wall.now)]
        assert ben.sharing.problems() == (listed if claimed == "sharer" else [])
        ben.wall.advance(20)
        assert (ana.sync().refused, ben.sync().refused) == (0, 0)
        assert len(ben.sharing.problems()) == len(listed if claimed == "sharer" else [])


def _grant(signature: bytes, wrapped: bytes = b"w" * 40) -> KeyGrant:
    return KeyGrant(GROUP, 1, LAPTOP, wrapped, SHARER, signature)


def _primary_key(conn: psycopg.Connection[tuple[object, ...]]) -> list[str]:
    row = conn.execute(
        "SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) "
        "WHERE c.conrelid = 'group_keys'::regclass AND c.contype = 'p'"
    ).fetchone()
    assert row is not None
    return list(row[0])


def test_a_server_made_before_gets_the_longer_key_and_keeps_its_grants(
    postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    forged, genuine = _grant(b"\x00" * 64), _grant(b"\x01" * 64, wrapped=b"g" * 40)
    with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
        db.execute(EARLIER_GROUP_KEYS)
        db.execute(
            "INSERT INTO group_keys (group_id, epoch, device_id, wrapped, wrapped_by, signature) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            (GROUP, 1, LAPTOP, forged.wrapped, SHARER, forged.signature),
        )
        with Server.connect(settings) as server:
            server.ensure_schema()
            assert _primary_key(db) == sorted(GRANT_KEY)
            server.grant_keys([genuine])
            server.grant_keys([genuine])  # again: held once
            server.ensure_schema()  # a second client: nothing more to change
            assert _primary_key(db) == sorted(GRANT_KEY)
            assert server.key_grants(GROUP, LAPTOP) == [forged, genuine]


def test_a_new_server_tells_grants_apart_by_signature_from_the_start(
    postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with Server.connect(settings) as server:
        server.ensure_schema()
        server.grant_keys([_grant(b"\x00" * 64), _grant(b"\x01" * 64)])
        assert [g.signature[0] for g in server.key_grants(GROUP, LAPTOP)] == [0, 1]
        with psycopg.connect(postgres_cluster.conninfo(sync_database)) as db:
            assert _primary_key(db) == sorted(GRANT_KEY)


def test_a_laptop_whose_role_does_not_own_the_table_syncs_on_and_leaves_it_to_the_owner(
    postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Co-facilitators may sign in with roles of their own: only the role that made the
    tables may change them, and another's laptop is not stopped by that."""
    role, password = f"cofac_{sync_database}"[:60], "another role's password"
    who = Identifier(role)
    with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
        db.execute(EARLIER_GROUP_KEYS)
        db.execute(SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(who, Literal(password)))
        db.execute(SQL("GRANT CREATE, USAGE ON SCHEMA public TO {}").format(who))
        db.execute(SQL("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO {}").format(who))
        try:
            mine = server_settings(postgres_cluster, sync_database)
            other = ServerSettings(mine.host, mine.port, mine.dbname, role, password)
            with Server.connect(other) as server:
                server.ensure_schema()  # the devices and changes tables are its own to make
                server.grant_keys([_grant(b"\x00" * 64)])
                assert _primary_key(db) == ["device_id", "epoch", "group_id"]  # as it was
            with Server.connect(server_settings(postgres_cluster, sync_database)) as owner:
                owner.ensure_schema()
                assert _primary_key(db) == sorted(GRANT_KEY)
        finally:
            db.execute(SQL("DROP OWNED BY {}").format(who))
            db.execute(SQL("DROP ROLE {}").format(who))


def test_a_forged_grant_beside_a_taken_one_does_not_hold_back_a_later_key(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Ben's first sync finds epoch 1's key, a false copy of it stored after it, and epoch
    2's key (made when Cat was removed): he takes both keys, and what the new one opens."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben, cat)
        ana.sync()
        ana_device = ana.sharing.identity().device_id
        store_forged_grant(settings, ana, ben, by=ana_device, signed=False)
        ana.sharing.remove_co_facilitator(group_id, cat.sharing.identity().device_id)
        ana.ws.members.add(group_id, MemberDraft("Dee"))
        ana.sync()
        ben.wall.advance(20)
        ben.sync()
        [info] = ben.sharing.shared_groups()
        assert info.group_id is not None
        assert "Dee" in [m.alias for m in ben.ws.members.list(info.group_id)]
        assert snapshot(ben, info.group_uuid) == snapshot(ana, info.group_uuid)
