"""One replicated table's records: fields in order and typed, rows found by id and by key,
owners and secrets read and written, creations, updates and deletions at their edges."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from facilitator_desktop.models import (
    Group,
    GroupSession,
    Member,
    Note,
    SessionNote,
)
from facilitator_desktop.services.sealed import open_sealed
from facilitator_desktop.services.sealed_columns import alias_scope
from facilitator_desktop.services.sharing_records import (
    Ids,
    MissingOwner,
    Spec,
)
from facilitator_desktop.services.sharing_tables import BY_NAME
from tests.unit.sync.laptops import Laptop, make_laptop, new_group, run_session
from tests.unit.sync.records_support import NOBODY, OFFLINE, START, member_row, missing

MEMBERS = BY_NAME["members"]
ATTENDANCE = BY_NAME["attendance"]


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", OFFLINE, START)
    yield laptop
    laptop.ws.close()


def opened(ana: Laptop, row: Any, field: str, column: str) -> str:
    table = type(row).__tablename__
    return open_sealed(ana.ws.keyring.cipher, table, row.id, row.rev, field, getattr(row, column))


# --- one replicated table -----------------------------------------------------------------------


def test_a_records_fields_are_plain_then_owners_then_sealed_then_extra() -> None:
    assert MEMBERS.fields == (
        "seat",
        "joined_on",
        "left_on",
        "created_at",
        "group_id",
        "alias",
        "full_name",
        "contact",
        "remarks",
    )
    assert ATTENDANCE.fields == ("status", "arrived_at", "left_at")  # owners are the key
    assert BY_NAME["sessions"].fields[-4:] == ("group_id", "rule_set_id", "seats", "segments")
    assert BY_NAME["session_notes"].fields == (
        "signed_at",
        "created_at",
        "updated_at",
        "body",
        "entries",
    )


def test_each_column_has_its_python_type() -> None:
    assert MEMBERS.kind("joined_on") is date
    assert MEMBERS.kind("created_at") is datetime
    assert MEMBERS.kind("seat") is int
    assert ATTENDANCE.kind("arrived_at") is float
    assert ATTENDANCE.kind("status") is str
    assert BY_NAME["notes"].kind("follow_up") is bool


def test_rows_are_found_by_their_ids_and_by_their_keys(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    session_id = run_session(ana, group_id)
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        session_uuid = s.scalar(select(GroupSession.uuid).where(GroupSession.id == session_id))
        uuids = [member_row(s, m).uuid for m in members]
        assert session_uuid is not None and all(uuids)
        for member, key in zip(members, uuids, strict=True):
            row = ATTENDANCE.local_row(s, (session_id, member))
            assert row is not None and (row.session_id, row.member_id) == (session_id, member)
            assert ATTENDANCE.key_of(row, ids) == f"{session_uuid}/{key}"
            assert ATTENDANCE.find(s, f"{session_uuid}/{key}", ids) is row
        assert ATTENDANCE.local_row(s, (session_id, 10_000)) is None
        assert ATTENDANCE.local_row(s, (10_000, members[0])) is None
        member = MEMBERS.local_row(s, (members[1], None))
        assert member is not None and member.id == members[1]
        assert MEMBERS.key_of(member, ids) == uuids[1]
        assert MEMBERS.find(s, str(uuids[1]), ids) is member
        assert MEMBERS.find(s, NOBODY, ids) is None
        # a record keyed by one owner, found by that owner's id
        by_session = Spec(
            "notes_by_session",
            SessionNote,
            plain=(),
            owners={"session_id": GroupSession},
            natural=("session_id",),
        )
        note = SessionNote(session_id=session_id, rev=0, created_at=START, updated_at=START)
        s.add(note)
        s.flush()
        assert by_session.local_row(s, (session_id, None)) is note
        assert by_session.local_row(s, (note.id + 10_000, None)) is None
        assert BY_NAME["session_notes"].local_row(s, (note.id, None)) is note
        assert by_session.find(s, str(session_uuid), ids) is note
        assert by_session.key_of(note, ids) == session_uuid


def test_a_key_that_names_what_is_not_here_is_a_missing_owner(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    session_id = run_session(ana, group_id)
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        session_uuid = s.scalar(select(GroupSession.uuid).where(GroupSession.id == session_id))
        member_uuid = member_row(s, members[0]).uuid
        for key in (str(session_uuid), f"{session_uuid}/{member_uuid}/x"):
            with pytest.raises(MissingOwner) as shape:
                ATTENDANCE.find(s, key, ids)
            assert missing(shape) == (key, None, None)
        with pytest.raises(MissingOwner) as no_session:
            ATTENDANCE.find(s, f"{NOBODY}/{member_uuid}", ids)
        assert missing(no_session) == (f"{NOBODY}/{member_uuid}", "sessions", NOBODY)
        with pytest.raises(MissingOwner) as no_member:
            ATTENDANCE.find(s, f"{session_uuid}/{NOBODY}", ids)
        assert missing(no_member) == (f"{session_uuid}/{NOBODY}", "members", NOBODY)
        # an owner without a uuid gives no key at all
        row = ATTENDANCE.local_row(s, (session_id, members[0]))
        s.execute(update(Member).where(Member.id == members[0]).values(uuid=None))
        assert ATTENDANCE.key_of(row, Ids(s)) is None


def test_a_member_reads_as_its_fields_with_owners_as_uuids_and_secrets_opened(
    ana: Laptop,
) -> None:
    group_id, members = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        row = member_row(s, members[1])
        fields = MEMBERS.read(s, row, Ids(s), ana.ws.keyring.cipher)
        group_uuid = s.scalar(select(Group.uuid).where(Group.id == group_id))
        assert fields == {
            "seat": row.seat,
            "joined_on": row.joined_on.isoformat(),
            "left_on": None,
            "created_at": row.created_at.isoformat(),
            "group_id": group_uuid,
            "alias": "Bo",
            "full_name": "Bo Fullname",
            "contact": "",
            "remarks": "",
        }
        assert isinstance(fields["joined_on"], str) and isinstance(fields["created_at"], str)


def test_a_new_member_from_another_laptop_is_sealed_here_and_keeps_both_of_one_alias(
    ana: Laptop,
) -> None:
    group_id, members = new_group(ana)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        fields = MEMBERS.read(s, member_row(s, members[0]), ids, cipher)
        fields.update(seat=7, joined_on="2026-01-05", remarks="came from Ben")
        del fields["contact"]  # a field left out is empty on a new row
        created = MEMBERS.create(s, NOBODY, fields, ids, cipher)
        assert (created.uuid, created.rev, created.seat, created.group_id) == (
            NOBODY,
            0,
            7,
            group_id,
        )
        assert created.joined_on == date(2026, 1, 5)
        assert opened(ana, created, "alias", "alias_ct") == "Ann"
        assert opened(ana, created, "remarks", "remarks_ct") == "came from Ben"
        assert created.contact_ct is None
        scope = alias_scope(group_id)
        first = member_row(s, members[0])
        assert first.alias_index == cipher.blind_index(scope, "Ann")
        assert created.alias_index == cipher.blind_index(scope, f"Ann\x1f{NOBODY}")
        fields.update(alias="Dee")
        other = MEMBERS.create(s, "d" * 8 + NOBODY[8:], fields, ids, cipher)
        assert other.alias_index == cipher.blind_index(scope, "Dee")


def test_a_record_naming_a_group_not_here_waits(ana: Laptop) -> None:
    _, members = new_group(ana)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        fields = MEMBERS.read(s, member_row(s, members[0]), ids, cipher)
        for key in (NOBODY, None):
            fields["group_id"] = key
            with pytest.raises(MissingOwner) as error:
                MEMBERS.create(s, "b" * 8 + NOBODY[8:], fields, ids, cipher)
            assert missing(error) == (f"members.group_id {key}", "groups", key)


def test_a_note_may_belong_to_no_group(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    cipher = ana.ws.keyring.cipher
    notes = BY_NAME["notes"]
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        group_uuid = s.scalar(select(Group.uuid).where(Group.id == group_id))
        fields = {
            "created_at": "2026-03-02T18:00:00",
            "updated_at": "2026-03-02T18:00:00",
            "follow_up": 1,
            "shared": True,
            "group_id": group_uuid,
            "session_id": None,
            "body": "for both",
            "members": [],
        }
        note = notes.create(s, NOBODY, fields, ids, cipher)
        assert (note.group_id, note.session_id, note.follow_up) == (group_id, None, True)
        notes.update(s, note, {"group_id": None}, ids, cipher)
        assert note.group_id is None
        assert note.rev == 0  # nothing sealed changed: the revision stays
        assert opened(ana, note, "body", "body_ct") == "for both"
        notes.update(s, note, {"group_id": NOBODY}, ids, cipher)  # nullable: gone is none
        assert note.group_id is None
        assert s.get(Note, note.id) is note


def test_an_update_reseals_every_secret_under_the_next_revision(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        row = member_row(s, members[0])
        index = row.alias_index
        MEMBERS.update(s, row, {"seat": 9}, ids, cipher)
        assert (row.seat, row.rev) == (9, 0)  # a plain field alone: same revision
        MEMBERS.update(s, row, {"remarks": "new", "contact": None}, ids, cipher)
        assert row.rev == 1
        assert opened(ana, row, "alias", "alias_ct") == "Ann"
        assert opened(ana, row, "full_name", "full_name_ct") == "Ann Fullname"
        assert opened(ana, row, "remarks", "remarks_ct") == "new"
        assert row.contact_ct is None
        assert row.alias_index == index  # its own alias does not collide with itself
        MEMBERS.update(s, row, {"alias": ""}, ids, cipher)
        assert row.rev == 2
        assert row.alias_ct == b""  # a required column holds empty bytes, never NULL
        assert row.alias_index == cipher.blind_index(alias_scope(group_id), "")
        with pytest.raises(MissingOwner) as error:
            MEMBERS.update(s, row, {"group_id": NOBODY}, ids, cipher)
        assert missing(error) == (f"members.group_id {NOBODY}", "groups", NOBODY)
        assert row.group_id == group_id


def test_a_record_keyed_by_its_owners_is_created_under_them(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    session_id = run_session(ana, group_id)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        row = ATTENDANCE.local_row(s, (session_id, members[2]))
        key = ATTENDANCE.key_of(row, ids)
        assert key is not None
        s.delete(row)
        s.flush()
        assert ATTENDANCE.local_row(s, (session_id, members[2])) is None
        made = ATTENDANCE.create(
            s, key, {"status": "late", "arrived_at": 90, "left_at": None}, ids, cipher
        )
        assert (made.session_id, made.member_id, made.status, made.arrived_at) == (
            session_id,
            members[2],
            "late",
            90.0,
        )
        assert made.left_at is None
        session_uuid = key.split("/")[0]
        with pytest.raises(MissingOwner) as error:
            ATTENDANCE.create(s, f"{session_uuid}/{NOBODY}", {"status": "present"}, ids, cipher)
        assert missing(error) == (f"members {NOBODY}", "members", NOBODY)


def test_deleting_a_row_already_gone_is_fine(ana: Laptop) -> None:
    _, members = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        row = member_row(s, members[0])
        MEMBERS.delete(s, row)
        assert row not in s
        assert s.get(Member, members[0]) is None
        MEMBERS.delete(s, row)  # a second time: the cascade got there first
        survivor = member_row(s, members[1])
        assert survivor in s


def test_a_record_created_without_its_secrets_holds_empty_placeholders(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        group_uuid = s.scalar(select(Group.uuid).where(Group.id == group_id))
        fields = {"seat": 4, "joined_on": "2026-03-02", "created_at": "2026-03-02T18:00:00"}
        made = MEMBERS.create(s, NOBODY, {**fields, "group_id": group_uuid}, ids, cipher)
        assert (made.rev, made.alias_ct, made.full_name_ct, made.remarks_ct) == (0, b"", None, None)
        assert len(made.alias_index) == 16  # a unique placeholder until the alias arrives
        again = MEMBERS.create(
            s, "c" * 8 + NOBODY[8:], {**fields, "group_id": group_uuid}, ids, cipher
        )
        assert again.alias_index != made.alias_index


def test_an_event_created_without_its_payload_holds_an_empty_one(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    session_id = run_session(ana, group_id)
    events = BY_NAME["session_events"]
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        session_uuid = s.scalar(select(GroupSession.uuid).where(GroupSession.id == session_id))
        fields = {"seq": 99, "at": 1.5, "kind": "marker", "session_id": session_uuid}
        made = events.create(s, NOBODY, fields, ids, cipher=ana.ws.keyring.cipher)
        assert (made.session_id, made.seq, made.at, made.kind, made.payload) == (
            session_id,
            99,
            1.5,
            "marker",
            "{}",
        )


def test_a_key_of_the_wrong_shape_creates_nothing(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    session_id = run_session(ana, group_id)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        row = ATTENDANCE.local_row(s, (session_id, members[0]))
        key = ATTENDANCE.key_of(row, ids)
        assert key is not None
        for wrong in (key.split("/")[0], f"{key}/{NOBODY}"):
            with pytest.raises(ValueError, match="zip"):
                ATTENDANCE.create(s, wrong, {"status": "present"}, ids, cipher)


def test_a_session_note_created_here_seals_its_entries_with_this_laptops_key(
    ana: Laptop,
) -> None:
    group_id, members = new_group(ana)
    session_id = run_session(ana, group_id)
    cipher = ana.ws.keyring.cipher
    notes = BY_NAME["session_notes"]
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        session_uuid = s.scalar(select(GroupSession.uuid).where(GroupSession.id == session_id))
        ann = member_row(s, members[0]).uuid
        assert session_uuid is not None and ann is not None
        fields = {
            "created_at": "2026-03-02T18:00:00",
            "updated_at": "2026-03-02T18:00:00",
            "signed_at": None,
            "body": "The group met.",
            "entries": {ann: "Ann spoke."},
        }
        note = notes.create(s, session_uuid, fields, ids, cipher)
        assert (note.session_id, note.rev) == (session_id, 0)
        assert opened(ana, note, "body", "body_ct") == "The group met."
        assert notes.read(s, note, ids, cipher)["entries"] == {ann: "Ann spoke."}


def test_an_owner_left_out_does_not_stop_the_owners_after_it(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    session_id = run_session(ana, group_id)
    cipher = ana.ws.keyring.cipher
    notes = BY_NAME["notes"]
    assert list(notes.owners) == ["group_id", "session_id"]
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        session_uuid = s.scalar(select(GroupSession.uuid).where(GroupSession.id == session_id))
        fields = {"created_at": "2026-03-02T18:00:00", "updated_at": "2026-03-02T18:00:00"}
        note = notes.create(s, NOBODY, {**fields, "body": "later"}, ids, cipher)
        assert (note.group_id, note.session_id) == (None, None)
        notes.update(s, note, {"session_id": session_uuid}, ids, cipher)  # no group_id
        assert (note.group_id, note.session_id) == (None, session_id)


def test_a_member_created_without_an_alias_gets_the_empty_ones_index(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        group_uuid = s.scalar(select(Group.uuid).where(Group.id == group_id))
        fields = {
            "seat": 4,
            "joined_on": "2026-03-02",
            "created_at": "2026-03-02T18:00:00",
            "group_id": group_uuid,
            "remarks": "alias still to come",
        }
        made = MEMBERS.create(s, NOBODY, fields, ids, cipher)
        assert made.alias_ct == b""
        assert made.alias_index == cipher.blind_index(alias_scope(group_id), "")
        assert opened(ana, made, "remarks", "remarks_ct") == "alias still to come"
