"""The sharing service at its edges, continued: the server settings (refused word for word,
kept trimmed, each change a sealed revision), conflicts and problems as the Settings →
Sharing page lists them, and states no code path makes. Offline laptops: no server needed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.models import Group
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncConflict,
    SyncIdentity,
    SyncProblem,
    SyncServer,
)
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.sealed import seal
from facilitator_desktop.services.sharing import (
    ConflictInfo,
    ProblemInfo,
    ServerInfo,
    SharingError,
)
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.laptops import Laptop, make_laptop, new_group
from tests.unit.sync.service_support import (
    NOT_SHARED,
    OFFLINE,
    ONLY_SHARED_NOTES,
    START,
    card,
    device,
    invite,
    shared_row,
)


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop]]:
    made = tuple(make_laptop(tmp_path, name, OFFLINE, START) for name in ("ana", "ben", "cat"))
    yield made  # type: ignore[misc]
    for laptop in made:
        laptop.ws.close()


# --- the server -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "port", "dbname", "role", "password", "field", "message"),
    [
        ("", 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("   ", 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("db\texample", 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("h" * 256, 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("db.example.org", 0, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", 65536, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", True, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", 5432.0, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", "5432", "db", "me", "pw", "port", "PORT"),
        ("db.example.org", 5432, " ", "me", "pw", "dbname", "DBNAME"),
        ("db.example.org", 5432, "d" * 64, "me", "pw", "dbname", "DBNAME"),
        ("db.example.org", 5432, "db", "", "pw", "role", "ROLE"),
        ("db.example.org", 5432, "db", "r" * 64, "pw", "role", "ROLE"),
        ("db\x00org", 5432, "db", "me", "pw", "host", "NULL"),
        ("db.example.org", 5432, "d\x00b", "me", "pw", "host", "NULL"),
        ("db.example.org", 5432, "db", "m\x00e", "pw", "host", "NULL"),
        ("db.example.org", 5432, "db", "me", "p\x00w", "host", "NULL"),
    ],
    ids=[
        "host-empty",
        "host-blank",
        "host-tab",
        "host-256",
        "port-0",
        "port-65536",
        "port-bool",
        "port-float",
        "port-text",
        "dbname-blank",
        "dbname-64",
        "role-empty",
        "role-64",
        "null-host",
        "null-dbname",
        "null-role",
        "null-password",
    ],
)
def test_bad_server_settings_are_refused_word_for_word_and_nothing_is_kept(
    trio: tuple[Laptop, ...],
    host: str,
    port: Any,
    dbname: str,
    role: str,
    password: str,
    field: str,
    message: str,
) -> None:
    words = {
        "PORT": "The port is a number from 1 to 65535 (usually 5432).",
        "DBNAME": "Give the database's name (63 characters at most).",
        "ROLE": "Give the role (user name) to sign in with.",
        "NULL": "These settings cannot hold a null character.",
    }
    ana = trio[0]
    with pytest.raises(ValidationError) as refused:
        ana.sharing.set_server(host, port, dbname, role, password)
    assert (refused.value.field, refused.value.message) == (field, words.get(message, message))
    assert ana.sharing.server() is None
    assert ana.sharing.server_settings() is None


def test_server_settings_at_their_limits_are_kept_trimmed(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    host, dbname, role = "h" * 255, "d" * 63, "r" * 63
    for port in (1, 65535):
        info = ana.sharing.set_server(f" {host}\n", port, f"\t{dbname} ", f" {role} ", "pw")
        assert info == ServerInfo(host, port, dbname, role, True, True)
        assert ana.sharing.server() == info
        assert ana.sharing.server_settings() == ServerSettings(host, port, dbname, role, "pw")


def test_each_change_of_server_is_a_new_revision_sealed_with_its_time(
    trio: tuple[Laptop, ...],
) -> None:
    ana = trio[0]
    first = ana.sharing.set_server("db.agency.example", 5433, "groups", "ana", "first secret")
    assert first == ServerInfo("db.agency.example", 5433, "groups", "ana", True, True)

    def stored() -> tuple[int, datetime, bool]:
        with ana.ws.context.sessions.begin() as s:
            row = s.get(SyncServer, 1)
            assert row is not None
            return row.rev, row.updated_at, row.password_ct is not None

    assert stored() == (0, START, True)
    ana.wall.advance(90)
    second = ana.sharing.set_server("localhost", 5432, "g2", "ben", "second secret")
    assert second == ServerInfo("localhost", 5432, "g2", "ben", True, False)
    assert stored() == (1, datetime(2026, 3, 2, 18, 1, 30), True)
    assert ana.sharing.server() == second
    assert ana.sharing.server_settings() == ServerSettings(
        "localhost", 5432, "g2", "ben", "second secret"
    )
    ana.wall.advance(30)
    third = ana.sharing.set_server("127.0.0.1", 5432, "g3", "cy", "")
    assert third == ServerInfo("127.0.0.1", 5432, "g3", "cy", False, False)
    assert stored() == (2, datetime(2026, 3, 2, 18, 2), False)
    assert ana.sharing.server() == third
    assert ana.sharing.server_settings() == ServerSettings("127.0.0.1", 5432, "g3", "cy", "")


def test_a_server_read_back_says_whether_tls_is_needed(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    ana.sharing.set_server("db.agency.example", 6543, "groups", "ana", "pw")
    assert ana.sharing.server() == ServerInfo(
        "db.agency.example", 6543, "groups", "ana", True, True
    )
    with ana.ws.context.sessions.begin() as s:  # a second row is never read
        s.add(SyncServer(id=2, host="::1", port=1, dbname="x", role="y", rev=0, updated_at=START))
    assert ana.sharing.server() == ServerInfo(
        "db.agency.example", 6543, "groups", "ana", True, True
    )


# --- conflicts and problems -----------------------------------------------------------------------


def add_conflict(laptop: Laptop, shared_id: int, n: int, text: str, **extra: Any) -> int:
    cipher = laptop.ws.keyring.cipher
    with laptop.ws.context.sessions.begin() as s:
        row = SyncConflict(
            shared_group_id=shared_id,
            tbl=f"table{n}",
            row_key=f"key{n}",
            field=f"field{n}",
            rev=n,
            value_ct=None,
            kept_device=f"kept{n}",
            other_device=f"other{n}",
            created_at=datetime(2026, 3, n, 12, 0),
            **extra,
        )
        s.add(row)
        s.flush()
        row.value_ct = seal(cipher, "sync_conflicts", row.id, n, "value", text)
        return row.id


def two_shared(laptops: tuple[Laptop, ...]) -> tuple[dict[int, int], dict[int, str]]:
    """Two groups of Ana shared with Ben: their sharing row ids and group uuids."""
    ana, ben, _ = laptops
    first, _ = new_group(ana)
    second, _ = new_group(ana, "Thursday carers")
    invite(ana, first, ben)
    invite(ana, second, ben)
    with ana.ws.context.sessions.begin() as s:
        rows = list(s.scalars(select(SharedGroup).order_by(SharedGroup.id)))
        return (
            {i: r.id for i, r in enumerate(rows)},
            {i: r.group_uuid for i, r in enumerate(rows)},
        )


def test_open_conflicts_are_listed_in_order_with_their_groups(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    assert ana.sharing.conflicts() == []
    shared, uuids = two_shared(trio)
    c1 = add_conflict(ana, shared[1], 1, "the other value")
    c2 = add_conflict(ana, shared[0], 2, "Zoë's view")
    add_conflict(ana, shared[1], 3, "resolved", resolved_at=START)
    c4 = add_conflict(ana, shared[1], 4, "")
    c5 = add_conflict(ana, shared[0], 5, "damaged")
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(SyncConflict).where(SyncConflict.id == c5).values(rev=6))

    def info(c: int, n: int, group: int, value: str) -> ConflictInfo:
        return ConflictInfo(
            c,
            uuids[group],
            f"table{n}",
            f"key{n}",
            f"field{n}",
            value,
            f"kept{n}",
            f"other{n}",
            datetime(2026, 3, n, 12, 0),
        )

    assert ana.sharing.conflicts() == [
        info(c1, 1, 1, "the other value"),
        info(c2, 2, 0, "Zoë's view"),
        info(c4, 4, 1, ""),
        info(c5, 5, 0, ""),  # a damaged value shows empty; the rest still lists
    ]


def test_resolving_a_conflict_forgets_the_other_value(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    shared, _ = two_shared(trio)
    kept = add_conflict(ana, shared[0], 1, "stays")
    gone = add_conflict(ana, shared[0], 2, "goes")
    with pytest.raises(NotFound) as missing:
        ana.sharing.resolve_conflict(10_000)
    assert missing.value.message == "That conflict is already resolved."
    ana.wall.advance(600)
    ana.sharing.resolve_conflict(gone)
    assert [c.id for c in ana.sharing.conflicts()] == [kept]
    with ana.ws.context.sessions.begin() as s:
        row = s.get(SyncConflict, gone)
        assert row is not None
        assert (row.resolved_at, row.value_ct) == (datetime(2026, 3, 2, 18, 10), None)
        other = s.get(SyncConflict, kept)
        assert other is not None and other.resolved_at is None and other.value_ct is not None
    # Resolved once (in another window, say): a second time says so and keeps the first time.
    ana.wall.advance(600)
    with pytest.raises(NotFound) as again:
        ana.sharing.resolve_conflict(gone)
    assert again.value.message == "That conflict is already resolved."
    with ana.ws.context.sessions.begin() as s:
        row = s.get(SyncConflict, gone)
        assert row is not None and row.resolved_at == datetime(2026, 3, 2, 18, 10)


def test_problems_are_listed_newest_first_up_to_the_limit(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    assert ana.sharing.problems() == []
    shared, uuids = two_shared(trio)
    with ana.ws.context.sessions.begin() as s:
        for n, group in ((1, shared[0]), (2, None), (3, shared[1])):
            s.add(
                SyncProblem(
                    shared_group_id=group,
                    device_id=f"device{n}",
                    seq=n * 10,
                    reason=f"reason{n}",
                    at=datetime(2026, 3, n, 9, 0),
                )
            )
    third = ProblemInfo(uuids[1], "device3", 30, "reason3", datetime(2026, 3, 3, 9, 0))
    second = ProblemInfo(None, "device2", 20, "reason2", datetime(2026, 3, 2, 9, 0))
    first = ProblemInfo(uuids[0], "device1", 10, "reason1", datetime(2026, 3, 1, 9, 0))
    assert ana.sharing.problems() == [third, second, first]
    assert ana.sharing.problems(limit=2) == [third, second]
    assert ana.sharing.problems(limit=1) == [third]
    with ana.ws.context.sessions.begin() as s:
        for n in range(4, 105):
            s.add(SyncProblem(device_id="d", seq=n, reason="gap", at=START))
    assert len(ana.sharing.problems()) == 100


def test_a_laptop_that_never_shared_gets_refusals_not_a_crash(trio: tuple[Laptop, ...]) -> None:
    """Each step makes this laptop's identity when it has none yet, before it refuses."""
    ana, ben, cat = trio
    group_id, _ = new_group(ana)
    with pytest.raises(ValidationError) as shared:
        ana.sharing.share_group(group_id, card(ben), "0000 0000 0000")
    assert shared.value.field == "safety_number"
    other_group, _ = new_group(cat)
    invitation = invite(cat, other_group, ben)
    with pytest.raises(ValidationError) as accepted:
        ana.sharing.accept_invitation(invitation.text, "0000 0000 0000")
    assert accepted.value.field == "safety_number"
    with pytest.raises(NotFound) as removed:
        ana.sharing.remove_co_facilitator(group_id, device(ben))
    assert removed.value.message == NOT_SHARED
    with ana.ws.context.sessions.begin() as s:
        assert s.get(SyncIdentity, 1) is None  # each refusal rolled its identity back


def test_a_group_without_a_uuid_cannot_be_shared(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(Group).where(Group.id == group_id).values(uuid=None))
    with pytest.raises(NotFound) as refused:
        invite(ana, group_id, ben)
    assert refused.value.message == "That group no longer exists."
    assert ana.sharing.shared_groups() == []


def test_a_loose_note_stays_home_even_when_a_shared_group_lost_its_group(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    loose = ana.ws.notes.create(NoteDraft("no group"))
    invite(ana, group_id, ben)
    with ana.ws.context.sessions.begin() as s:  # the group row gone: its sharing row stays
        s.execute(Group.__table__.delete().where(Group.id == group_id))
    assert shared_row(ana, state="active")["group_id"] is None
    with pytest.raises(SharingError) as refused:
        ana.sharing.set_note_shared(loose.id, True)
    assert refused.value.message == ONLY_SHARED_NOTES


def test_the_last_sync_time_is_listed_as_kept(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    synced = datetime(2026, 3, 2, 18, 30)
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(SharedGroup).values(synced_at=synced))
    [info] = ana.sharing.shared_groups()
    assert (info.synced_at, info.first_sync_done, info.epoch) == (synced, True, 1)


def test_the_server_is_always_row_1_whatever_else_the_table_holds(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    with ana.ws.context.sessions.begin() as s:  # a stray row that is not the server
        s.add(SyncServer(id=2, host="::1", port=1, dbname="x", role="y", rev=0, updated_at=START))
    assert ana.sharing.server() is None
    info = ana.sharing.set_server("db.agency.example", 6543, "groups", "ana", "pw")
    assert ana.sharing.server() == info
    with ana.ws.context.sessions.begin() as s:
        assert sorted(s.scalars(select(SyncServer.id))) == [1, 2]
