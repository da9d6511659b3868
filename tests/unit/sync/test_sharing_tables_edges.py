"""The children that travel inside a record, read and written exactly: a group's agenda, a
rule set's cards, a session's seat map and segments, an event's payload, a session note's
progress entries and a shared note's members, each in its order, with erased members left
out and members not yet arrived waited for; and everything a group holds when sharing
starts, in the order it is sent. One laptop, no server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator_desktop.models import (
    Acknowledgement,
    AgendaTemplateSegment,
    Attendance,
    CheckinScore,
    Group,
    GroupSession,
    Member,
    Note,
    NoteAddendum,
    NoteMember,
    ProgressEntry,
    RuleCard,
    RuleSet,
    SessionEvent,
    SessionNote,
    SessionSegment,
    Turn,
)
from facilitator_desktop.models.sync import SharedGroup, SyncRow
from facilitator_desktop.services.sealed import open_sealed, seal
from facilitator_desktop.services.sharing_records import Ids, MissingOwner
from facilitator_desktop.services.sharing_tables import BY_NAME, ORDER, SEALED_ON_THE_WIRE, seed_ids
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.laptops import Laptop, make_laptop, new_group

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")
START = datetime(2026, 3, 2, 18, 0)
NOBODY = "0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0"
ERASED = "e0e0e0e0-4b5a-4978-8796-a5b4c3d2e1f0"


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", OFFLINE, START)
    yield laptop
    laptop.ws.close()


def uuid_of(s: Session, model: Any, row_id: int) -> str:
    found = s.scalar(select(model.uuid).where(model.id == row_id))
    assert found is not None
    return str(found)


def a_session(s: Session, group_id: int, started: datetime, seats: dict[int, int]) -> GroupSession:
    row = GroupSession(
        group_id=group_id,
        status="finished",
        started_at=started,
        plan_json="[]",
        seats_json=json.dumps({str(k): v for k, v in seats.items()}),
        soft_limit_min=3,
    )
    s.add(row)
    s.flush()
    return row


def tombstone(s: Session, key: str) -> None:
    """A member erased on some laptop: their record is deleted for good."""
    shared = SharedGroup(
        group_uuid="a1b2c3d4-e5f6-4789-8abc-def012345678",
        group_id=None,
        state="pending",
        epoch=0,
        next_seq=1,
        chain=b"",
        joined_at=START,
    )
    s.add(shared)
    s.flush()
    s.add(SyncRow(tbl="members", key=key, shared_group_id=shared.id, deleted=True))
    s.flush()


def test_the_tables_go_owners_first_and_secrets_travel_sealed_again() -> None:
    assert list(ORDER) == [
        "groups",
        "members",
        "rule_sets",
        "acknowledgements",
        "sessions",
        "session_events",
        "attendance",
        "turns",
        "checkin_scores",
        "session_notes",
        "note_addenda",
        "notes",
    ]
    assert SEALED_ON_THE_WIRE["session_notes"] == {"body", "entries"}
    assert SEALED_ON_THE_WIRE["members"] == {"alias", "full_name", "contact", "remarks"}
    assert SEALED_ON_THE_WIRE["sessions"] == frozenset()


# --- a group's agenda, a rule set's cards -----------------------------------------------------


def test_a_groups_agenda_travels_in_order_and_is_replaced_whole(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    other_id, _ = new_group(ana, "Thursday carers")
    spec, cipher = BY_NAME["groups"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        for gid in (group_id, other_id):
            s.execute(
                AgendaTemplateSegment.__table__.delete().where(
                    AgendaTemplateSegment.group_id == gid
                )
            )
        s.add_all(
            [
                AgendaTemplateSegment(
                    group_id=group_id, position=2, name="Out", minutes=10, kind="round"
                ),
                AgendaTemplateSegment(
                    group_id=group_id, position=0, name="In", minutes=15, kind="round"
                ),
                AgendaTemplateSegment(
                    group_id=group_id, position=1, name="Talk", minutes=45, kind="open"
                ),
                AgendaTemplateSegment(
                    group_id=other_id, position=0, name="Other", minutes=5, kind="open"
                ),
            ]
        )
        s.flush()
        row = s.get(Group, group_id)
        ids = Ids(s)
        fields = spec.read(s, row, ids, cipher)
        assert fields["agenda"] == [
            [0, "In", 15, "round"],
            [1, "Talk", 45, "open"],
            [2, "Out", 10, "round"],
        ]
        spec.update(s, row, {"name": "Renamed"}, ids, cipher)  # no agenda: it stays
        assert spec.read(s, row, ids, cipher)["agenda"] == fields["agenda"]
        spec.update(s, row, {"agenda": [[0, "Only", 60, "open"]]}, ids, cipher)
        assert spec.read(s, row, ids, cipher)["agenda"] == [[0, "Only", 60, "open"]]
        other = s.get(Group, other_id)
        assert spec.read(s, other, ids, cipher)["agenda"] == [[0, "Other", 5, "open"]]
        spec.update(s, row, {"agenda": []}, ids, cipher)
        assert spec.read(s, row, ids, cipher)["agenda"] == []


def test_a_rule_sets_cards_travel_in_order_with_their_uuids(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    spec, cipher = BY_NAME["rule_sets"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        rules = RuleSet(group_id=group_id, version=1, created_at=START)
        other = RuleSet(group_id=group_id, version=2, created_at=START)
        s.add_all([rules, other])
        s.flush()
        s.add_all(
            [
                RuleCard(
                    uuid="c2",
                    rule_set_id=rules.id,
                    position=1,
                    title="Respect",
                    statement="One at a time.",
                    why="",
                    library_key=None,
                ),
                RuleCard(
                    uuid="c1",
                    rule_set_id=rules.id,
                    position=0,
                    title="Confidential",
                    statement="It stays here.",
                    why="Trust.",
                    library_key="conf",
                ),
                RuleCard(
                    uuid="c9",
                    rule_set_id=other.id,
                    position=0,
                    title="Other",
                    statement="Elsewhere.",
                    why="",
                    library_key=None,
                ),
            ]
        )
        s.flush()
        ids = Ids(s)
        fields = spec.read(s, rules, ids, cipher)
        assert fields["cards"] == [
            ["c1", 0, "Confidential", "It stays here.", "Trust.", "conf"],
            ["c2", 1, "Respect", "One at a time.", "", None],
        ]
        spec.update(s, rules, {"version": 1}, ids, cipher)
        assert spec.read(s, rules, ids, cipher)["cards"] == fields["cards"]
        # the same card uuids written back replace the cards (no clash with themselves)
        swapped = [
            ["c2", 0, "Respect", "One at a time.", "", None],
            ["c3", 1, "Pass", "Any time.", "Nobody must speak.", "pass"],
        ]
        spec.update(s, rules, {"cards": swapped}, ids, cipher)
        assert spec.read(s, rules, ids, cipher)["cards"] == swapped
        assert s.scalar(select(RuleCard.uuid).where(RuleCard.uuid == "c1")) is None
        assert spec.read(s, other, ids, cipher)["cards"] == [
            ["c9", 0, "Other", "Elsewhere.", "", None]
        ]


# --- a session's seats and segments, an event's payload ---------------------------------------


def test_a_sessions_seats_name_members_by_uuid_and_leave_the_erased_out(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["sessions"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {members[0]: 1, members[2]: 3, 10_000: 9})
        s.add_all(
            [
                SessionSegment(
                    session_id=session.id,
                    position=1,
                    name="Talk",
                    kind="open",
                    planned_seconds=2700.0,
                    actual_seconds=2800.5,
                ),
                SessionSegment(
                    session_id=session.id,
                    position=0,
                    name="In",
                    kind="round",
                    planned_seconds=900.0,
                    actual_seconds=850.0,
                ),
            ]
        )
        s.flush()
        ids = Ids(s)
        keys = [uuid_of(s, Member, m) for m in members]
        fields = spec.read(s, session, ids, cipher)
        assert fields["seats"] == {keys[0]: 1, keys[2]: 3}  # a member gone here is left out
        assert fields["segments"] == [
            [0, "In", "round", 900.0, 850.0],
            [1, "Talk", "open", 2700.0, 2800.5],
        ]

        tombstone(s, ERASED)
        spec.update(
            s,
            session,
            {"seats": {keys[1]: 2, ERASED: 5}, "segments": [[0, "All", "open", 60.0, 61.0]]},
            ids,
            cipher,
        )
        assert json.loads(session.seats_json) == {str(members[1]): 2}
        assert spec.read(s, session, ids, cipher)["segments"] == [[0, "All", "open", 60.0, 61.0]]
        spec.update(s, session, {"status": "finished"}, ids, cipher)  # neither: both stay
        assert json.loads(session.seats_json) == {str(members[1]): 2}
        assert (
            len(
                list(
                    s.scalars(select(SessionSegment).where(SessionSegment.session_id == session.id))
                )
            )
            == 1
        )
        with pytest.raises(MissingOwner) as waiting:
            spec.update(s, session, {"seats": {NOBODY: 1}}, ids, cipher)
        assert (waiting.value.table, waiting.value.key) == ("members", NOBODY)


def test_an_events_payload_travels_with_uuids_and_comes_back_with_local_ids(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["session_events"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {})
        payload = {
            "member_id": members[1],
            "order": [members[2], members[0]],
            "member_ids": [None, members[1]],  # someone erased from a list: nobody
            "gone_member_id": 10_000,
            "none_member_id": None,
            "at": 12.5,
        }
        event = SessionEvent(
            session_id=session.id, seq=1, at=12.5, kind="round_started", payload=json.dumps(payload)
        )
        s.add(event)
        s.flush()
        ids = Ids(s)
        keys = [uuid_of(s, Member, m) for m in members]
        fields = spec.read(s, event, ids, cipher)
        assert fields["payload"] == {
            "member_id": keys[1],
            "order": [keys[2], keys[0]],
            "member_ids": [None, keys[1]],
            "gone_member_id": None,  # erased here since: nobody
            "none_member_id": None,
            "at": 12.5,
        }
        assert (fields["seq"], fields["at"], fields["kind"]) == (1, 12.5, "round_started")

        tombstone(s, ERASED)
        wire = {"member_id": keys[0], "order": [ERASED, keys[1]], "at": 3.0}
        spec.update(s, event, {"payload": wire}, ids, cipher)
        assert json.loads(event.payload) == {
            "member_id": members[0],
            "order": [None, members[1]],
            "at": 3.0,
        }
        spec.update(s, event, {"kind": "renamed"}, ids, cipher)  # no payload: it stays
        assert json.loads(event.payload)["member_id"] == members[0]
        made = spec.create(
            s,
            NOBODY,
            {
                "seq": 2,
                "at": 4.0,
                "kind": "turn_started",
                "session_id": uuid_of(s, GroupSession, session.id),
                "payload": {"member_id": keys[2]},
            },
            ids,
            cipher,
        )
        assert (made.uuid, made.seq, made.payload) == (
            NOBODY,
            2,
            f'{{"member_id":{members[2]}}}',
        )


# --- a session note's progress entries ---------------------------------------------------------


def entries_held(ana: Laptop, s: Session, note_id: int) -> dict[int, tuple[int, str]]:
    cipher = ana.ws.keyring.cipher
    return {
        e.member_id: (
            e.rev,
            open_sealed(cipher, "progress_entries", e.id, e.rev, "body", e.body_ct),
        )
        for e in s.scalars(select(ProgressEntry).where(ProgressEntry.session_note_id == note_id))
    }


def test_progress_entries_travel_by_member_uuid_and_are_resealed_here(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["session_notes"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {})
        other_session = a_session(s, group_id, datetime(2026, 3, 9, 18, 0), {})
        note = SessionNote(session_id=session.id, rev=0, created_at=START, updated_at=START)
        other_note = SessionNote(
            session_id=other_session.id, rev=0, created_at=START, updated_at=START
        )
        s.add_all([note, other_note])
        s.flush()
        for note_row, member, text in (
            (note, members[2], "Cy spoke of loss."),
            (note, members[0], "Ann was quiet."),
            (note, members[1], ""),
            (other_note, members[0], "another week"),
        ):
            entry = ProgressEntry(session_note_id=note_row.id, member_id=member, rev=0)
            s.add(entry)
            s.flush()
            entry.body_ct = seal(cipher, "progress_entries", entry.id, 0, "body", text)
        s.flush()
        ids = Ids(s)
        keys = [uuid_of(s, Member, m) for m in members]
        entries = spec.read(s, note, ids, cipher)["entries"]
        assert entries == {keys[0]: "Ann was quiet.", keys[1]: "", keys[2]: "Cy spoke of loss."}
        assert list(entries) == sorted(entries)  # in key order, whatever order they were written

        tombstone(s, ERASED)
        spec.update(
            s,
            note,
            {
                "entries": {
                    ERASED: "gone",  # first: the members after them still count
                    keys[0]: "Ann spoke at last.",
                    keys[2]: "Cy spoke of loss.",
                }
            },
            ids,
            cipher,
        )
        # Bo's entry is gone, Ann's and Cy's are resealed under their next revision
        assert entries_held(ana, s, note.id) == {
            members[0]: (1, "Ann spoke at last."),
            members[2]: (1, "Cy spoke of loss."),
        }
        spec.update(s, note, {"entries": {keys[1]: "Bo is back."}}, ids, cipher)
        assert entries_held(ana, s, note.id) == {members[1]: (0, "Bo is back.")}
        spec.update(s, note, {"signed_at": None}, ids, cipher)  # no entries: they stay
        assert entries_held(ana, s, note.id) == {members[1]: (0, "Bo is back.")}
        for rev in (1, 2):
            spec.update(s, note, {"entries": {keys[1]: f"Bo, edit {rev}"}}, ids, cipher)
            assert entries_held(ana, s, note.id) == {members[1]: (rev, f"Bo, edit {rev}")}
        assert entries_held(ana, s, other_note.id) == {members[0]: (0, "another week")}
        with pytest.raises(MissingOwner):
            spec.update(s, note, {"entries": {NOBODY: "not here yet"}}, ids, cipher)


def test_entries_of_a_member_without_a_uuid_stay_home(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["session_notes"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {})
        note = SessionNote(session_id=session.id, rev=0, created_at=START, updated_at=START)
        s.add(note)
        s.flush()
        for member in members[:2]:
            entry = ProgressEntry(session_note_id=note.id, member_id=member, rev=0)
            s.add(entry)
            s.flush()
            entry.body_ct = seal(cipher, "progress_entries", entry.id, 0, "body", f"about {member}")
        s.execute(update(Member).where(Member.id == members[0]).values(uuid=None))
        ids = Ids(s)
        assert spec.read(s, note, ids, cipher)["entries"] == {
            uuid_of(s, Member, members[1]): f"about {members[1]}"
        }


# --- a shared note's members ----------------------------------------------------------------------


def test_a_notes_members_travel_sorted_and_the_erased_are_dropped(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["notes"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        note = Note(group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START)
        other = Note(group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START)
        s.add_all([note, other])
        s.flush()
        for row in (note, other):
            row.body_ct = cipher.encrypt("notes", row.id, "body", 0, "shared with Ben")
        s.add_all([NoteMember(note_id=note.id, member_id=m) for m in members])
        s.add(NoteMember(note_id=other.id, member_id=members[0]))
        s.flush()
        s.execute(update(Member).where(Member.id == members[1]).values(uuid=None))
        ids = Ids(s)
        keys = {m: uuid_of(s, Member, m) for m in (members[0], members[2])}
        assert spec.read(s, note, ids, cipher)["members"] == sorted(keys.values())

        tombstone(s, ERASED)
        spec.update(s, note, {"members": [keys[members[2]], ERASED]}, ids, cipher)
        held = set(s.scalars(select(NoteMember.member_id).where(NoteMember.note_id == note.id)))
        assert held == {members[2]}
        spec.update(s, note, {"follow_up": True}, ids, cipher)  # no members: they stay
        assert spec.read(s, note, ids, cipher)["members"] == [keys[members[2]]]
        spec.update(s, note, {"members": []}, ids, cipher)
        assert spec.read(s, note, ids, cipher)["members"] == []
        assert spec.read(s, other, ids, cipher)["members"] == [keys[members[0]]]


# --- what a group holds when sharing starts -------------------------------------------------


def test_everything_a_group_holds_is_seeded_owners_first_sessions_by_start(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    other_id, others = new_group(ana, "Thursday carers", members=("Dee",))
    with ana.ws.context.sessions.begin() as s:
        rules = RuleSet(group_id=group_id, version=1, created_at=START)
        other_rules = RuleSet(group_id=other_id, version=1, created_at=START)
        s.add_all([rules, other_rules])
        s.flush()
        s.add_all(
            [
                Acknowledgement(
                    member_id=members[1],
                    rule_set_id=rules.id,
                    signed_on=date(2026, 3, 1),
                    recorded_at=START,
                ),
                Acknowledgement(
                    member_id=others[0],
                    rule_set_id=other_rules.id,
                    signed_on=date(2026, 3, 1),
                    recorded_at=START,
                ),
            ]
        )
        late = a_session(s, group_id, datetime(2026, 3, 9, 18, 0), {})
        early = a_session(s, group_id, datetime(2026, 3, 2, 18, 0), {})
        elsewhere = a_session(s, other_id, datetime(2026, 3, 1, 18, 0), {})
        events = []
        for seq in (2, 1):
            event = SessionEvent(
                session_id=early.id, seq=seq, at=float(seq), kind="k", payload="{}"
            )
            s.add(event)
            s.flush()
            events.append(event.id)
        s.add(SessionEvent(session_id=elsewhere.id, seq=1, at=1.0, kind="k", payload="{}"))
        s.add(Attendance(session_id=early.id, member_id=members[0], status="present"))
        s.add(Attendance(session_id=elsewhere.id, member_id=others[0], status="present"))
        turn = Turn(
            session_id=early.id, member_id=members[0], segment_index=0, started_at=1.0, duration=5.0
        )
        s.add(turn)
        s.add(
            CheckinScore(
                session_id=late.id, member_id=members[2], rev=0, score_ct=None, recorded_at=START
            )
        )
        note = SessionNote(session_id=late.id, rev=0, created_at=START, updated_at=START)
        s.add(note)
        s.flush()
        addendum = NoteAddendum(session_note_id=note.id, member_id=None, rev=0, created_at=START)
        s.add(addendum)
        shared_note = Note(
            group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START, shared=True
        )
        private_note = Note(
            group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START
        )
        foreign_note = Note(
            group_id=other_id, rev=0, body_ct=b"", created_at=START, updated_at=START, shared=True
        )
        s.add_all([shared_note, private_note, foreign_note])
        s.flush()
        assert list(seed_ids(s, group_id)) == [
            ("groups", (group_id, None)),
            ("members", (members[0], None)),
            ("members", (members[1], None)),
            ("members", (members[2], None)),
            ("rule_sets", (rules.id, None)),
            ("acknowledgements", (members[1], rules.id)),
            ("sessions", (early.id, None)),
            ("session_events", (events[1], None)),  # seq 1 before seq 2
            ("session_events", (events[0], None)),
            ("attendance", (early.id, members[0])),
            ("turns", (turn.id, None)),
            ("sessions", (late.id, None)),
            ("checkin_scores", (late.id, members[2])),
            ("session_notes", (note.id, None)),
            ("note_addenda", (addendum.id, None)),
            ("notes", (shared_note.id, None)),
        ]


def test_a_group_with_nothing_in_it_seeds_itself_alone(ana: Laptop) -> None:
    group_id, _ = new_group(ana, members=())
    with ana.ws.context.sessions.begin() as s:
        assert list(seed_ids(s, group_id)) == [("groups", (group_id, None))]
